//! The layers of `src/` point one way (issue 10): every `crate::…` and `super::…` path
//! of every file, in `use` lines and in code, is read and resolved to the file it names;
//! no path may point to a later layer than its file's, and no files may import each
//! other in a circle.
//!
//! The order, first to last: the leaves (each may use the leaves before it), then
//! input, check, compute, render, and on top cli, config, commands, lib.rs, main.rs.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The leaves in order, then the layers: each entry is a file or a folder of `src/`.
const ORDER: &[(&str, usize)] = &[
    ("i18n", 0),
    ("place", 0),
    ("lines", 1),
    ("target", 2),
    ("calendar", 3),
    ("model", 4),
    ("diagnostic", 5),
    ("suggest", 6),
    ("input", 10),
    ("check", 11),
    ("compute", 12),
    ("render", 13),
    ("cli", 20),
    ("config", 20),
    ("commands", 20),
    ("lib", 20),
    ("main", 20),
];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The module path of a file: `src/input/yaml.rs` → `["input", "yaml"]`, `src/lib.rs` →
/// `[]`, `src/input/mod.rs` → `["input"]`.
fn module_of(file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(src()).unwrap().with_extension("");
    let mut parts: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
        parts.pop();
    }
    parts
}

/// The file of the longest prefix of `path` that is a module.
fn file_of(modules: &BTreeMap<Vec<String>, PathBuf>, path: &[String]) -> Option<PathBuf> {
    (0..=path.len())
        .rev()
        .find_map(|n| modules.get(&path[..n]).cloned())
}

/// The layer of a file: that of its first path component (`lib` for `src/lib.rs`).
fn layer(file: &Path) -> (String, usize) {
    let module = module_of(file);
    let top = match module.first() {
        Some(first) => first.clone(),
        None if file.ends_with("main.rs") => "main".into(),
        None => "lib".into(),
    };
    let rank = ORDER
        .iter()
        .find(|(name, _)| *name == top)
        .unwrap_or_else(|| {
            panic!(
                "{}: add `{top}` to ORDER in tests/layers.rs",
                file.display()
            )
        })
        .1;
    (top, rank)
}

/// Every `crate::a::b` and `super::…::a` path in the code of `text` (comments and doc
/// comments left out), as module paths; `super` inside an inline `mod tests { … }`
/// names the file itself and is left out.
fn paths(text: &str, module: &[String]) -> Vec<(usize, Vec<String>)> {
    let mut found = Vec::new();
    let mut in_inline_module = false;
    for (number, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        let trimmed = code.trim_start();
        if trimmed.starts_with("mod ") && trimmed.trim_end().ends_with('{') {
            in_inline_module = true;
        }
        for (start, _) in code
            .match_indices("crate::")
            .chain(code.match_indices("super::"))
        {
            let before = code[..start].chars().last();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &code[start..];
            let segments: Vec<&str> = rest
                .split("::")
                .map(|s| {
                    s.split(|c: char| !(c.is_alphanumeric() || c == '_'))
                        .next()
                        .unwrap_or("")
                })
                .take_while(|s| !s.is_empty())
                .collect();
            let mut path: Vec<String> = match segments[0] {
                "crate" => Vec::new(),
                _ if in_inline_module => continue,
                // `super` of `a/b.rs` and of `a/b/mod.rs` is `a`.
                _ => {
                    let mut parent = module.to_vec();
                    parent.pop();
                    parent
                }
            };
            let mut supers = segments.iter().skip(1).take_while(|s| **s == "super");
            for _ in supers.by_ref() {
                path.pop();
            }
            path.extend(
                segments
                    .iter()
                    .skip(1)
                    .skip_while(|s| **s == "super")
                    .map(|s| s.to_string()),
            );
            found.push((number + 1, path));
        }
    }
    found
}

/// Each file and the files it imports, with the line of the first import of each.
fn graph() -> BTreeMap<PathBuf, BTreeMap<PathBuf, usize>> {
    let mut files = Vec::new();
    common::rust_files(&src(), &mut files);
    files.sort();
    let modules: BTreeMap<Vec<String>, PathBuf> = files
        .iter()
        .filter(|f| !f.ends_with("main.rs"))
        .map(|f| (module_of(f), f.clone()))
        .collect();
    let mut graph = BTreeMap::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let module = module_of(file);
        let mut edges = BTreeMap::new();
        for (line, path) in paths(&text, &module) {
            let target = file_of(&modules, &path).expect("a path names a module");
            if &target != file {
                edges.entry(target).or_insert(line);
            }
        }
        graph.insert(file.clone(), edges);
    }
    graph
}

fn short(file: &Path) -> String {
    file.strip_prefix(src()).unwrap().display().to_string()
}

#[test]
fn imports_point_down_the_layers() {
    let mut wrong = Vec::new();
    for (file, edges) in graph() {
        let (from, from_rank) = layer(&file);
        for (target, line) in edges {
            let (to, to_rank) = layer(&target);
            // Within a layer, files import each other (the cycle test keeps them a tree).
            if to_rank > from_rank || (to_rank == from_rank && from != to && from_rank < 20) {
                wrong.push(format!(
                    "src/{}:{line} imports src/{} ({from} must not use {to})",
                    short(&file),
                    short(&target)
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports that point up:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn no_files_import_each_other_in_a_circle() {
    let graph = graph();
    // Depth-first search; a file met again on the current path closes a circle.
    fn visit(
        file: &PathBuf,
        graph: &BTreeMap<PathBuf, BTreeMap<PathBuf, usize>>,
        path: &mut Vec<PathBuf>,
        done: &mut BTreeSet<PathBuf>,
    ) -> Option<Vec<PathBuf>> {
        if let Some(at) = path.iter().position(|f| f == file) {
            let mut circle = path[at..].to_vec();
            circle.push(file.clone());
            return Some(circle);
        }
        if !done.insert(file.clone()) {
            return None;
        }
        path.push(file.clone());
        for target in graph[file].keys() {
            if let Some(circle) = visit(target, graph, path, done) {
                return Some(circle);
            }
        }
        path.pop();
        None
    }
    let mut done = BTreeSet::new();
    for file in graph.keys() {
        if let Some(circle) = visit(file, &graph, &mut Vec::new(), &mut done) {
            let names: Vec<String> = circle.iter().map(|f| short(f)).collect();
            panic!("files that import each other: {}", names.join(" → "));
        }
    }
}

#[test]
fn the_reader_finds_paths_and_leaves_comments_out() {
    let module = vec!["input".to_string(), "yaml".to_string()];
    let text = "use super::source::Sources;\n// use crate::render;\nlet x = crate::suggest::closest(a);\n/// [`crate::compute`]\n#[cfg(test)]\nmod tests {\n    use super::*;\n}\n";
    let found = paths(text, &module);
    assert_eq!(
        found,
        [
            (
                1,
                vec![
                    "input".to_string(),
                    "source".to_string(),
                    "Sources".to_string()
                ]
            ),
            (3, vec!["suggest".to_string(), "closest".to_string()]),
        ]
    );
}
