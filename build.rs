//! Rebuilds when a translation changes: the Fluent files are compiled into the binary, and
//! `say!` checks message ids against the English one.

fn main() {
    println!("cargo::rerun-if-changed=i18n");
    println!("cargo::rerun-if-changed=i18n.toml");
}
