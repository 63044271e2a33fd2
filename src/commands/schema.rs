//! `plan schema plan|measurements`: the JSON Schema (draft-07) of a file format, as
//! yaml-language-server reads it for completion and checks in editors.
//!
//! Part of `commands`: imports only `cli`, `model` and its sibling `output`.

use super::output::Output;
use crate::cli::{SchemaArgs, SchemaKind};
use crate::model::{MeasurementsFile, Plan};

pub fn run(args: &SchemaArgs) -> anyhow::Result<Output> {
    let generator = schemars::generate::SchemaSettings::draft07().into_generator();
    let schema = match args.kind {
        SchemaKind::Plan => generator.into_root_schema_for::<Plan>(),
        SchemaKind::Measurements => generator.into_root_schema_for::<MeasurementsFile>(),
    };
    let mut stdout = serde_json::to_vec_pretty(&schema)?;
    stdout.push(b'\n');
    Ok(Output {
        stdout,
        ..Output::default()
    })
}
