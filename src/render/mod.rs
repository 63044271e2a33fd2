//! Render: every output format. Over a computed
//! [`PlanReport`](crate::compute::report::PlanReport): the report as terminal tables,
//! Markdown or an HTML page, and the export rows as CSV, JSON or an Excel workbook; over
//! a plan, its tree and the entry workbook that services fill in ([`template`]); over findings, the diagnostic formats ([`diagnostics`]).
//!
//! The fourth layer: imports `compute`, `check`, `input` and the leaves.

pub mod cells;
pub mod compare;
pub mod diagnostics;
pub mod docx;
pub mod export;
pub mod html;
pub mod markdown;
pub mod table;
pub mod template;
pub mod tree;
pub mod xlsx;
