//! Compute: what SPEC §4 makes of checked measurements — each indicator's days folded
//! ([`series`]), its actual value, attainment and status over a window
//! ([`attainment`]), the report model that every renderer reads ([`report`]), and its
//! comparison with another year ([`compare`]).
//!
//! The third layer: imports `check` and the leaves.

pub mod attainment;
pub mod compare;
pub mod report;
pub mod series;
