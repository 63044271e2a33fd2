//! Compute: what SPEC §4 makes of checked measurements — each indicator's days folded
//! ([`series`]), its actual value, attainment and status over a window
//! ([`attainment`]), the report model that every renderer reads ([`report`]), the
//! watch list it opens with ([`watch`]), each indicator's progress month by month for
//! the charts ([`progress`]), its comparison with another year ([`compare`]), and what a
//! year's report carries into next year's plan ([`rollover`]).
//!
//! The third layer: imports `check` and the leaves.

pub mod attainment;
pub mod compare;
pub mod progress;
pub mod report;
pub mod rollover;
pub mod series;
pub mod watch;
