//! Compute: what SPEC §4 makes of checked measurements — each indicator's days folded
//! ([`series`]), its actual value, attainment and status over a window
//! ([`attainment`]), and the report model that every renderer reads ([`report`]).
//!
//! The third layer: imports `check` and the leaves.

pub mod attainment;
pub mod report;
pub mod series;
