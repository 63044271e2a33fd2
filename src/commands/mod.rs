//! Commands: one file per subcommand, each load → check → compute → render.
//!
//! The top layer, with `cli` and `config`: may import every layer.

pub mod completions;
pub mod document;
pub mod errors;
pub mod export;
mod loaded;
pub mod man;
pub mod output;
pub mod report;
pub mod rollover;
pub mod schema;
pub mod template;
pub mod tree;
pub mod validate;
