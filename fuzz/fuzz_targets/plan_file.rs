//! Fuzz target: any bytes as `plan.yaml`, checked and reported with `examples/`.

#![no_main]

#[path = "harness.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| harness::run("plan.yaml", bytes, "examples"));
