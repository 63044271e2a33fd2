//! Render: every output format. Over a computed
//! [`PlanReport`](crate::compute::report::PlanReport): the report as terminal tables,
//! Markdown or an HTML page (with its progress charts, [`chart`]), and the export rows
//! as CSV, JSON or an Excel workbook; over a plan, its tree and the entry workbook that
//! services fill in ([`template`]); over a plan file's text, next year's plan
//! ([`rollover`]); over findings, the diagnostic formats ([`diagnostics`]).
//!
//! The fourth layer: imports `compute`, `check`, `input` and the leaves.

pub mod cells;
pub mod chart;
pub mod compare;
pub mod diagnostics;
pub mod docx;
pub mod export;
pub mod html;
pub mod markdown;
pub mod markup;
pub mod rollover;
pub mod table;
pub mod template;
pub mod tree;
pub mod xlsx;
