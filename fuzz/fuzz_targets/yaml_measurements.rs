//! Fuzz target: any bytes as `measurements.yaml`, checked and reported with `plans/`.

#![no_main]

#[path = "harness.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| harness::run("measurements.yaml", bytes, "plans"));
