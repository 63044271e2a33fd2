//! The file formats of SPEC §2 as Rust types: plan files and measurements files, every
//! value that a finding may point at carrying its line and column; the checked value of
//! a measurement; and the one walk over a plan's hierarchy that checks, `tree` and
//! reports share ([`Plan::walk`]).
//!
//! A leaf: imports only [`crate::place`] and [`crate::target`].

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, de};

pub use crate::i18n::Lang;
use crate::place::Pos;
use crate::target::TargetSpec;

/// A value and where it was written.
#[derive(Clone, Debug)]
pub struct Located<T> {
    pub value: T,
    pub pos: Pos,
}

impl<T> Located<T> {
    pub fn new(value: T, pos: Pos) -> Self {
        Located { value, pos }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Located<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let spanned = serde_saphyr::Spanned::<T>::deserialize(deserializer)?;
        Ok(Located {
            value: spanned.value,
            pos: spanned.referenced.into(),
        })
    }
}

/// The schema of a located value is the value's.
impl<T: JsonSchema> JsonSchema for Located<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }

    fn schema_name() -> Cow<'static, str> {
        T::schema_name()
    }

    fn schema_id() -> Cow<'static, str> {
        T::schema_id()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        T::json_schema(generator)
    }
}

/// A plan's `language` (SPEC §2.1): `fr`, `nl` or `en`. `plan` speaks more languages
/// ([`Lang`], `--lang de`); a plan file names one of the format's.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum PlanLanguage {
    #[default]
    Fr,
    Nl,
    En,
}

impl From<PlanLanguage> for Lang {
    fn from(language: PlanLanguage) -> Lang {
        match language {
            PlanLanguage::Fr => Lang::Fr,
            PlanLanguage::Nl => Lang::Nl,
            PlanLanguage::En => Lang::En,
        }
    }
}

/// How an indicator's measurements make its actual value, instead of the rule its target
/// implies: the `sum`, `mean`, `last`, `max` or `min` of the values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Aggregate {
    Sum,
    Mean,
    Last,
    Max,
    Min,
}

/// The years a plan may be for (and a report ask for).
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

/// A plan file: a commune's security and prevention plan (Contrat de sécurité et de
/// société, PSSP) for one year, from its sectors down to indicators with targets.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// The plan's id, which measurements files name (`plan: molenbeek-saint-jean-2023`):
    /// a letter or digit, then letters, digits, `.`, `_` or `-`.
    #[schemars(regex(pattern = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"))]
    pub id: Located<String>,
    /// The commune, as reports show it: `Molenbeek-Saint-Jean`.
    pub commune: Located<String>,
    /// The year of the plan; `plan report --year` picks the plan by it.
    #[schemars(range(min = 1900, max = 2200))]
    pub year: Located<i32>,
    /// The plan's title, at the top of reports.
    pub title: String,
    /// The allocation, e.g. `générale` (for the record).
    pub allocation: Option<String>,
    /// The legal basis, e.g. the royal decree of the year (for the record).
    pub legal_basis: Option<String>,
    /// The language of reports and Excel exports: `fr` (default), `nl` or `en`;
    /// `--lang` overrides it.
    #[serde(default)]
    pub language: PlanLanguage,
    /// The attainment percent from which an unmet indicator is `partial` rather than
    /// `not_met` (0 to 100, default 50).
    #[schemars(range(min = 0, max = 100))]
    pub partial_threshold: Option<Located<f64>>,
    /// A free note for the plan's readers; `plan` does not use it.
    pub note: Option<String>,
    /// The sectors (secteurs d'activité), in the order of the plan.
    pub sectors: Vec<Sector>,
}

/// A sector (secteur d'activité) and its general objectives.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Sector {
    /// The sector's id (`S2`), unique across the plan at every level.
    #[schemars(regex(pattern = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"))]
    pub id: Located<String>,
    /// The sector's title, as in the plan.
    pub title: String,
    /// A free note for the plan's readers; `plan` does not use it.
    pub note: Option<String>,
    /// Its general objectives (objectifs généraux).
    #[serde(default)]
    pub general_objectives: Vec<GeneralObjective>,
}

/// A general objective (objectif général) and its strategic objectives.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GeneralObjective {
    /// The general objective's id (`S2-OG1`), unique across the plan at every level.
    #[schemars(regex(pattern = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"))]
    pub id: Located<String>,
    /// The general objective, as written in the plan.
    pub title: String,
    /// A free note for the plan's readers; `plan` does not use it.
    pub note: Option<String>,
    /// Its strategic objectives (objectifs stratégiques).
    #[serde(default)]
    pub strategic_objectives: Vec<StrategicObjective>,
}

/// A strategic objective (objectif stratégique): its domain and the services that carry
/// it, or a placeholder whose work is done elsewhere (`handled_by`).
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StrategicObjective {
    /// The strategic objective's id (`S2-OG1-OS1`), unique across the plan at every
    /// level.
    #[schemars(regex(pattern = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"))]
    pub id: Located<String>,
    /// The domain (Domaine), which reports show as the objective's title.
    pub domain: String,
    /// Who does the work of a placeholder (`Zone de Police`); such an objective has no
    /// projects and counts no indicator.
    pub handled_by: Option<String>,
    /// A free note for the plan's readers; `plan` does not use it.
    pub note: Option<String>,
    /// The project blocks: one for each service that carries the objective.
    #[serde(default)]
    pub projects: Vec<Project>,
}

/// A project block: the service that carries a strategic objective, and its operational
/// objectives.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Project {
    /// The service that carries it (`GDP`, `SCAPI`); reports sum up by service and
    /// `--service` keeps one.
    pub service: Located<String>,
    /// A free note for the plan's readers; `plan` does not use it.
    pub note: Option<String>,
    /// Its operational objectives (objectifs opérationnels).
    #[serde(default)]
    pub operational_objectives: Vec<OperationalObjective>,
}

/// An operational objective (objectif opérationnel): expected results and indicators.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OperationalObjective {
    /// The operational objective's id (`GDP-1`), unique across the plan at every level.
    #[schemars(regex(pattern = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"))]
    pub id: Located<String>,
    /// The operational objective, as written in the plan.
    pub title: String,
    /// Expected results (résultats attendus).
    #[serde(default)]
    pub results: Vec<String>,
    /// Its indicators; left out when `shares` names the objective that holds them.
    #[serde(default)]
    pub indicators: Vec<Indicator>,
    /// Merged cells of the source table: the objective of the same project whose results
    /// or indicators this one shares.
    pub shares: Option<Shares>,
    /// A free note for the plan's readers; `plan` does not use it.
    pub note: Option<String>,
}

/// `shares: {results: MEDLOC-1, indicators: MEDLOC-1}`: the ids of the operational
/// objectives whose results and indicators this one shares (merged cells in the source).
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Shares {
    /// The operational objective whose results this one shares.
    pub results: Option<Located<String>>,
    /// The operational objective whose indicators this one shares: they are measured
    /// and counted once, under the objective that holds them.
    pub indicators: Option<Located<String>>,
}

/// An indicator (indicateur): what is measured and its target.
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// The id that measurements name (`indicator: GDP-1-a`), unique across the plan at
    /// every level.
    #[schemars(regex(pattern = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"))]
    pub id: Located<String>,
    /// What is measured, as written in the plan.
    pub label: String,
    /// The target: `>/=à 12 par an`, `>/= 3 heures/jour`, `<= 5 %`, `Oui/Non`, or a
    /// mapping {op, value, unit, per}.
    pub target: Located<TargetSpec>,
    /// The level before the plan: attainment then measures the way from it to the target.
    #[schemars(range(min = 0, max = 1e12))]
    pub baseline: Option<Located<f64>>,
    /// Overrides how measurements combine: sum, mean, last, max or min.
    pub aggregate: Option<Located<Aggregate>>,
    /// A free note for the plan's readers; `plan` does not use it.
    pub note: Option<String>,
}

/// A measurements file: observed values for the indicators of one plan.
// Decoded by `MeasurementsSeed`, which streams the records; this type gives the schema.
#[derive(Clone, Debug, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("anyOf" = [{"required": ["measurements"]}, {"required": ["comments"]}]))]
pub struct MeasurementsFile {
    /// The id of the plan measured (its `id`).
    pub plan: Located<String>,
    /// A free note for the file's readers; `plan` does not use it.
    pub note: Option<String>,
    /// The records: a value for an indicator on a date or over a period. A file holds
    /// `measurements`, `comments` or both.
    #[serde(default)]
    pub measurements: Vec<Measurement>,
    /// The evaluation's words beside its figures (SPEC §2.4): why an indicator fell
    /// short, and what will be done.
    #[serde(default)]
    pub comments: Vec<Comment>,
}

/// A comment on an id of the plan for a period (SPEC §2.4), as written (checked later).
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Comment {
    /// Where the comment starts; set by the loader, not read from the file.
    #[serde(skip)]
    pub pos: Pos,
    /// Any id of the plan: a sector, a general, strategic or operational objective, an
    /// indicator (see `plan tree`).
    pub about: Located<String>,
    /// The period commented on: the plan's year (the default), a quarter (2023-Q2), a
    /// month (2023-06) or a week (2023-W05).
    #[schemars(regex(pattern = r"^[0-9]{4}(-Q[1-4]|-[0-9]{2}|-W[0-9]{2})?$"))]
    pub period: Option<Located<String>>,
    /// The explanation: why the figures are what they are.
    pub text: Located<String>,
    /// The corrective measures, if any.
    pub action: Option<String>,
    /// The day of the row a workbook's comment was typed on, when the row has a date and
    /// no period: the checks make it the day's month, or the year for a yes/no
    /// indicator (see `input/workbook.rs`). Never read from YAML.
    #[serde(skip)]
    pub day: Option<Located<String>>,
}

/// One observed value, as written (checked later: dates, periods, value kinds).
#[derive(Clone, Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Measurement {
    /// Where the record starts; set by the loader, not read from the file.
    #[serde(skip)]
    pub pos: Pos,
    /// The indicator's id (see `plan tree`).
    pub indicator: Located<String>,
    /// The day measured, YYYY-MM-DD; or give `period`.
    #[schemars(regex(pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub date: Option<Located<String>>,
    /// The period measured: 2023, 2023-Q1, 2023-03 or 2023-W05; or give `date`.
    #[schemars(regex(pattern = r"^[0-9]{4}(-Q[1-4]|-[0-9]{2}|-W[0-9]{2})?$"))]
    pub period: Option<Located<String>>,
    #[serde(deserialize_with = "located_value")]
    pub value: Located<RawValue>,
    /// A free note (a place, an event); exports join the notes of the records counted.
    pub note: Option<String>,
}

/// A measured value as written. Its text is read by one rule whatever the file's format
/// (`target::read_value`), so that `1e3`, `on` or `1,000` mean the same in YAML as in CSV.
#[derive(Clone, Debug, PartialEq)]
pub enum RawValue {
    /// The text as written: a CSV cell, a YAML text, or the text of a YAML number or
    /// yes/no read back from its file.
    Text(String),
    /// A YAML number or yes/no, which the YAML parser reads by its own rules (`on` is yes
    /// to it, `1.000` is 1): the bytes of the file that hold its text. The YAML reader
    /// puts that text in its place ([`RawValue::read_back`]) before handing the record on.
    Typed { bytes: std::ops::Range<usize> },
}

impl RawValue {
    /// A typed YAML value becomes its text, taken from its file's `source`.
    pub fn read_back(&mut self, source: &str) {
        if let RawValue::Typed { bytes } = self {
            let text = source.get(bytes.clone()).unwrap_or_default();
            *self = RawValue::Text(text.trim().to_string());
        }
    }

    /// The text as written; empty for a typed value that was not read back.
    pub fn text(&self) -> &str {
        match self {
            RawValue::Text(text) => text,
            RawValue::Typed { .. } => "",
        }
    }
}

impl JsonSchema for RawValue {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "MeasuredValue".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A number ≥ 0, or yes/no (oui/non, ja/nee, true/false) for a yes/no indicator",
            "anyOf": [{"type": "number", "minimum": 0}, {"type": "boolean"}, {"type": "string"}]
        })
    }
}

/// A measurement's `value` decoded on its own, as a reading of a broken file decodes each
/// value of the records it can still read; decoded as the `value` of a [`Measurement`].
pub struct LoneValue(pub Located<RawValue>);

impl<'de> Deserialize<'de> for LoneValue {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        located_value(deserializer).map(LoneValue)
    }
}

/// What the reader of a measured value expects, as serde names it (the input layer
/// recognises it by this text).
pub const VALUE_EXPECTING: &str = "a number or yes/no";

/// Decodes a measurement's `value`: a YAML text as it is, a number or yes/no as the bytes
/// that hold its text (one span for both the place and the text, as [`Located`] takes).
fn located_value<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Located<RawValue>, D::Error> {
    /// What the parser made of the value: a text, or something it typed.
    enum Scalar {
        Text(String),
        Typed,
    }
    struct ScalarVisitor;
    impl de::Visitor<'_> for ScalarVisitor {
        type Value = Scalar;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str(VALUE_EXPECTING)
        }
        fn visit_bool<E>(self, _: bool) -> Result<Scalar, E> {
            Ok(Scalar::Typed)
        }
        fn visit_i64<E>(self, _: i64) -> Result<Scalar, E> {
            Ok(Scalar::Typed)
        }
        fn visit_u64<E>(self, _: u64) -> Result<Scalar, E> {
            Ok(Scalar::Typed)
        }
        fn visit_i128<E>(self, _: i128) -> Result<Scalar, E> {
            Ok(Scalar::Typed)
        }
        fn visit_u128<E>(self, _: u128) -> Result<Scalar, E> {
            Ok(Scalar::Typed)
        }
        fn visit_f64<E>(self, _: f64) -> Result<Scalar, E> {
            Ok(Scalar::Typed)
        }
        fn visit_str<E>(self, v: &str) -> Result<Scalar, E> {
            Ok(Scalar::Text(v.to_string()))
        }
    }
    impl<'de> Deserialize<'de> for Scalar {
        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserializer.deserialize_any(ScalarVisitor)
        }
    }
    let spanned = serde_saphyr::Spanned::<Scalar>::deserialize(deserializer)?;
    let span = spanned.defined.span();
    let value = match spanned.value {
        Scalar::Text(text) => RawValue::Text(text),
        Scalar::Typed => {
            let at = |n: Option<u64>| n.and_then(|n| usize::try_from(n).ok()).unwrap_or(0);
            let start = at(span.byte_offset());
            RawValue::Typed {
                bytes: start..start + at(span.byte_len()),
            }
        }
    };
    Ok(Located::new(value, spanned.referenced.into()))
}

impl Plan {
    pub fn strategic_objectives(&self) -> impl Iterator<Item = &StrategicObjective> {
        self.sectors
            .iter()
            .flat_map(|s| &s.general_objectives)
            .flat_map(|g| &g.strategic_objectives)
    }

    pub fn projects(&self) -> impl Iterator<Item = &Project> {
        self.strategic_objectives().flat_map(|o| &o.projects)
    }

    pub fn operational_objectives(&self) -> impl Iterator<Item = &OperationalObjective> {
        self.projects().flat_map(|p| &p.operational_objectives)
    }

    pub fn indicators(&self) -> impl Iterator<Item = &Indicator> {
        self.operational_objectives().flat_map(|o| &o.indicators)
    }

    /// The threshold (percent) above which an unmet indicator is `partial` (SPEC §4.3).
    pub fn partial_threshold(&self) -> f64 {
        self.partial_threshold.as_ref().map_or(50.0, |t| t.value)
    }
}

impl Project {
    /// The operational objectives of this project by id, to resolve `shares` once.
    pub fn objectives_by_id(&self) -> std::collections::BTreeMap<&str, &OperationalObjective> {
        self.operational_objectives
            .iter()
            .map(|o| (o.id.value.as_str(), o))
            .collect()
    }
}

impl OperationalObjective {
    /// The id of the operational objective whose indicators this one shares, if any.
    pub fn shares_indicators_of(&self) -> Option<&str> {
        let shares = self.shares.as_ref()?;
        shares.indicators.as_ref().map(|id| id.value.as_str())
    }
}

/// A measured value once checked: a number, or a yes/no answer. It is what a record
/// holds after its checks, what a day keeps of its last record, and an indicator's
/// actual value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum MeasuredValue {
    Number(f64),
    Bool(bool),
}

/// The levels of a plan's hierarchy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Plan,
    Sector,
    GeneralObjective,
    StrategicObjective,
    Project,
    OperationalObjective,
    Indicator,
}

/// One node of a plan's hierarchy, as [`Plan::walk`] visits it.
#[derive(Clone, Copy, Debug)]
pub enum Node<'a> {
    Sector(&'a Sector),
    General(&'a GeneralObjective),
    Strategic(&'a StrategicObjective),
    Project(&'a Project),
    Objective(&'a OperationalObjective),
    Indicator(&'a Indicator),
}

impl<'a> Node<'a> {
    pub fn level(&self) -> Level {
        match self {
            Node::Sector(_) => Level::Sector,
            Node::General(_) => Level::GeneralObjective,
            Node::Strategic(_) => Level::StrategicObjective,
            Node::Project(_) => Level::Project,
            Node::Objective(_) => Level::OperationalObjective,
            Node::Indicator(_) => Level::Indicator,
        }
    }

    /// The node's id; a project has none (its service names it).
    pub fn id(&self) -> Option<&'a Located<String>> {
        match *self {
            Node::Sector(s) => Some(&s.id),
            Node::General(g) => Some(&g.id),
            Node::Strategic(s) => Some(&s.id),
            Node::Project(_) => None,
            Node::Objective(o) => Some(&o.id),
            Node::Indicator(i) => Some(&i.id),
        }
    }
}

/// What a walk over a tree does at each node: over a plan ([`Plan::walk`], nodes
/// [`Node`]) or over a report (`compute::report::PlanReport::walk`).
pub trait Walker<N> {
    /// Called before a node's children; returning `false` skips them (and `leave`).
    fn enter(&mut self, node: N) -> bool;

    /// Called after a node's children: where a level is closed.
    fn leave(&mut self, _node: N) {}
}

/// One step of every walk: enters `node`, visits its `children` with `each` unless the
/// walker skips them, and leaves it.
pub fn visit<'c, N: Copy, C: 'c, W: Walker<N>>(
    walker: &mut W,
    node: N,
    children: impl IntoIterator<Item = &'c C>,
    each: impl Fn(&mut W, &'c C),
) {
    if walker.enter(node) {
        for child in children {
            each(walker, child);
        }
        walker.leave(node);
    }
}

impl Plan {
    /// Visits the plan's hierarchy in file order, depth first: each sector, its general
    /// objectives, … down to indicators.
    pub fn walk<'a>(&'a self, visitor: &mut impl Walker<Node<'a>>) {
        for sector in &self.sectors {
            visit(
                visitor,
                Node::Sector(sector),
                &sector.general_objectives,
                |v, general| {
                    visit(
                        v,
                        Node::General(general),
                        &general.strategic_objectives,
                        |v, strategic| {
                            visit(
                                v,
                                Node::Strategic(strategic),
                                &strategic.projects,
                                |v, project| {
                                    visit(
                                        v,
                                        Node::Project(project),
                                        &project.operational_objectives,
                                        |v, objective| {
                                            visit(
                                                v,
                                                Node::Objective(objective),
                                                &objective.indicators,
                                                |v, indicator| {
                                                    visit(
                                                        v,
                                                        Node::Indicator(indicator),
                                                        std::iter::empty::<&()>(),
                                                        |_, _| {},
                                                    );
                                                },
                                            );
                                        },
                                    );
                                },
                            );
                        },
                    );
                },
            );
        }
    }
}
