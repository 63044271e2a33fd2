//! Target syntax (SPEC §2.2): parse the forms found in real plans into a [`Target`],
//! and display a target in a canonical form that parses back to the same value.
//!
//! A leaf: imports nothing of `plan`.

use std::fmt;

use serde::Deserialize;

/// A comparison operator of a numeric target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Ge,
    Gt,
    Le,
    Lt,
    Eq,
}

impl Op {
    /// The canonical ASCII symbol (`>=`, `>`, `<=`, `<`, `=`).
    pub fn symbol(self) -> &'static str {
        match self {
            Op::Ge => ">=",
            Op::Gt => ">",
            Op::Le => "<=",
            Op::Lt => "<",
            Op::Eq => "=",
        }
    }

    /// Whether `actual op target` holds.
    pub fn holds(self, actual: f64, target: f64) -> bool {
        match self {
            Op::Ge => actual >= target,
            Op::Gt => actual > target,
            Op::Le => actual <= target,
            Op::Lt => actual < target,
            Op::Eq => actual == target,
        }
    }

    /// Every spelling accepted in plans, longest first so that `>/=` wins over `>`.
    const SPELLINGS: [(&'static str, Op); 9] = [
        (">/=", Op::Ge),
        ("</=", Op::Le),
        (">=", Op::Ge),
        ("<=", Op::Le),
        ("≥", Op::Ge),
        ("≤", Op::Le),
        (">", Op::Gt),
        ("<", Op::Lt),
        ("=", Op::Eq),
    ];

    fn parse_prefix(text: &str) -> Option<(Op, &str)> {
        Op::SPELLINGS
            .iter()
            .find_map(|(spelling, op)| text.strip_prefix(spelling).map(|rest| (*op, rest)))
    }

    fn from_symbol(text: &str) -> Option<Op> {
        Op::SPELLINGS
            .iter()
            .find(|(spelling, _)| *spelling == text)
            .map(|(_, op)| *op)
    }
}

/// The period a target is expressed per (`par an`, `/jour`, …).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Period {
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

impl Period {
    /// The machine name used in exports (`day`, `week`, …).
    pub fn name(self) -> &'static str {
        match self {
            Period::Day => "day",
            Period::Week => "week",
            Period::Month => "month",
            Period::Quarter => "quarter",
            Period::Year => "year",
        }
    }

    /// Reads a period word in English, French or Dutch, ignoring case.
    pub fn from_word(word: &str) -> Option<Period> {
        let period = match word.to_lowercase().as_str() {
            "day" | "jour" | "dag" => Period::Day,
            "week" | "semaine" => Period::Week,
            "month" | "mois" | "maand" => Period::Month,
            "quarter" | "trimestre" | "kwartaal" => Period::Quarter,
            "year" | "an" | "année" | "jaar" => Period::Year,
            _ => return None,
        };
        Some(period)
    }
}

/// A parsed target.
#[derive(Clone, Debug, PartialEq)]
pub enum Target {
    /// `op value [unit] [per period]`, e.g. `>= 3 heures/jour`.
    Compare {
        op: Op,
        value: f64,
        unit: Option<String>,
        per: Option<Period>,
    },
    /// A yes/no target; `expected` is the value that meets it.
    Boolean { expected: bool },
}

impl Target {
    /// Whether the target's per-period is finer than a year (day, week, month, quarter).
    pub fn bucket_period(&self) -> Option<Period> {
        match self {
            Target::Compare {
                per: Some(per @ (Period::Day | Period::Week | Period::Month | Period::Quarter)),
                ..
            } => Some(*per),
            _ => None,
        }
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Target::Boolean { expected } => f.write_str(if *expected { "yes" } else { "no" }),
            Target::Compare {
                op,
                value,
                unit,
                per,
            } => {
                write!(f, "{} {}", op.symbol(), value)?;
                if let Some(unit) = unit {
                    write!(f, " {unit}")?;
                }
                if let Some(per) = per {
                    write!(f, "/{}", per.name())?;
                }
                Ok(())
            }
        }
    }
}

/// Why a target could not be read (worded in `render::diagnostics::words`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TargetError {
    /// Nothing written.
    Empty,
    /// Neither a comparison nor a yes/no target.
    NoOperator(String),
    /// No number after the operator.
    NoNumber { op: String, text: String },
    /// A period word that is none of SPEC §2.2's.
    UnknownPeriod(String),
    /// A pair of yes/no words that are the same (`oui/oui`).
    BadBoolean(String),
    /// An operator of the mapping form that is none of SPEC §2.2's.
    UnknownOperator(String),
    /// A number outside 0 to 10^12.
    BadNumber,
}

/// Reads a yes/no word (`oui`, `nee`, `true`, …) as used in targets and measurements.
pub fn parse_boolean(word: &str) -> Option<bool> {
    match word.trim().to_lowercase().as_str() {
        "yes" | "oui" | "ja" | "true" => Some(true),
        "no" | "non" | "nee" | "false" => Some(false),
        _ => None,
    }
}

/// Parses the text form of a target.
pub fn parse(text: &str) -> Result<Target, TargetError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(TargetError::Empty);
    }
    if let Some(expected) = parse_boolean(text) {
        return Ok(Target::Boolean { expected });
    }
    let Some((op, rest)) = Op::parse_prefix(text) else {
        return parse_boolean_pair(text);
    };
    let rest = rest.trim_start();
    let rest = rest.strip_prefix('à').unwrap_or(rest).trim_start();
    let number_len = rest
        .char_indices()
        .take_while(|(_, c)| c.is_ascii_digit() || *c == '.' || *c == ',')
        .map(|(i, c)| i + c.len_utf8())
        .last()
        .unwrap_or(0);
    let number = &rest[..number_len];
    let value = parse_decimal(number).ok_or_else(|| TargetError::NoNumber {
        op: op.symbol().to_string(),
        text: text.to_string(),
    })?;
    if !is_plausible(value) {
        return Err(TargetError::BadNumber);
    }
    let (unit, per) = parse_unit_and_per(&rest[number_len..])?;
    Ok(Target::Compare {
        op,
        value,
        unit,
        per,
    })
}

fn parse_boolean_pair(text: &str) -> Result<Target, TargetError> {
    let not_boolean = || TargetError::NoOperator(text.to_string());
    let (first, second) = text.split_once('/').ok_or_else(not_boolean)?;
    match (parse_boolean(first), parse_boolean(second)) {
        (Some(a), Some(b)) if a != b => Ok(Target::Boolean { expected: true }),
        (Some(_), Some(_)) => Err(TargetError::BadBoolean(text.to_string())),
        _ => Err(not_boolean()),
    }
}

/// The largest number a target, baseline or measurement may hold: far above any count
/// of a commune, and small enough that sums of many values stay finite.
pub const MAX_NUMBER: f64 = 1e12;

/// Whether `n` is a number a plan can use: finite, ≥ 0 and at most [`MAX_NUMBER`].
pub fn is_plausible(n: f64) -> bool {
    (0.0..=MAX_NUMBER).contains(&n)
}

/// A decimal number as people write it: digits, one optional `.` or `,` between digits,
/// and an optional sign (`-3`, `2,5`, `12.75`). No exponent, no `nan`.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let text = text.trim();
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    let digits_first = digits.chars().next()?.is_ascii_digit();
    let digits_last = digits.chars().last()?.is_ascii_digit();
    let separators = digits.chars().filter(|c| matches!(c, '.' | ',')).count();
    let well_formed = digits
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | ','));
    if !digits_first || !digits_last || separators > 1 || !well_formed {
        return None;
    }
    text.replace(',', ".").parse().ok()
}

fn parse_unit_and_per(rest: &str) -> Result<(Option<String>, Option<Period>), TargetError> {
    let rest = rest.trim();
    let (unit, period_word) = if let Some((unit, period)) = rest.rsplit_once('/') {
        (unit, Some(period))
    } else {
        let words: Vec<&str> = rest.split_whitespace().collect();
        match words
            .iter()
            .rposition(|w| w.eq_ignore_ascii_case("par") || w.eq_ignore_ascii_case("per"))
        {
            Some(i) if i + 2 == words.len() => {
                let unit_end = rest
                    .rfind(words[i])
                    .expect("the word was split from this text");
                (&rest[..unit_end], Some(words[i + 1]))
            }
            _ => (rest, None),
        }
    };
    let per = period_word
        .map(|word| {
            let word = word.trim();
            Period::from_word(word).ok_or_else(|| TargetError::UnknownPeriod(word.to_string()))
        })
        .transpose()?;
    let unit = unit.split_whitespace().collect::<Vec<_>>().join(" ");
    Ok(((!unit.is_empty()).then_some(unit), per))
}

/// The mapping form of a target: `{op: ">=", value: 12, unit: réunions, per: an}`.
#[derive(Clone, Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TargetMapping {
    /// `>=`, `>`, `<=`, `<`, `=`, `≥`, `≤`, `>/=` or `</=`.
    pub op: String,
    /// The number to compare the actual value with.
    #[schemars(range(min = 0, max = 1e12))]
    pub value: f64,
    /// Free words: `heures`, `réunions`, `%`.
    pub unit: Option<String>,
    /// day|jour|dag, week|semaine, month|mois|maand, quarter|trimestre|kwartaal, year|an|année|jaar.
    pub per: Option<String>,
}

impl TargetMapping {
    /// Resolves the mapping form into a [`Target`].
    pub fn resolve(&self) -> Result<Target, TargetError> {
        let op = Op::from_symbol(self.op.trim())
            .ok_or_else(|| TargetError::UnknownOperator(self.op.clone()))?;
        if !is_plausible(self.value) {
            return Err(TargetError::BadNumber);
        }
        let per = self
            .per
            .as_deref()
            .map(|word| {
                Period::from_word(word.trim()).ok_or(TargetError::UnknownPeriod(word.into()))
            })
            .transpose()?;
        Ok(Target::Compare {
            op,
            value: self.value,
            unit: self.unit.clone().filter(|u| !u.trim().is_empty()),
            per,
        })
    }
}

/// The start of serde's message when a target is neither a text nor a target mapping.
pub const TARGET_EXPECTING: &str = "a target text such as";

/// A target as written in a plan file: its original text and what it parses to.
#[derive(Clone, Debug)]
pub struct TargetSpec {
    /// The text as written, or the canonical text of the mapping form.
    pub text: String,
    pub parsed: Result<Target, TargetError>,
}

impl schemars::JsonSchema for TargetSpec {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Target".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mapping = generator.subschema_for::<TargetMapping>();
        schemars::json_schema!({
            "description": "A target: `>= 12 par an`, `>/= 3 heures/jour`, `<= 5 %`, `Oui/Non`, or a mapping {op, value, unit, per}",
            "anyOf": [
                {"type": "string", "examples": [">/=à 12 par an", ">/= 3 heures/jour", "Oui/Non"]},
                mapping
            ]
        })
    }
}

impl<'de> Deserialize<'de> for TargetSpec {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(
            untagged,
            expecting = "a target text such as \">= 12 par an\" or a mapping {op, value, unit, per}"
        )]
        enum Form {
            Text(String),
            Mapping(TargetMapping),
        }
        Ok(match Form::deserialize(deserializer)? {
            Form::Text(text) => TargetSpec {
                parsed: parse(&text),
                text,
            },
            Form::Mapping(mapping) => {
                let parsed = mapping.resolve();
                let text = match &parsed {
                    Ok(target) => target.to_string(),
                    Err(_) => format!("{} {}", mapping.op, mapping.value),
                };
                TargetSpec { text, parsed }
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn compare(op: Op, value: f64, unit: Option<&str>, per: Option<Period>) -> Target {
        Target::Compare {
            op,
            value,
            unit: unit.map(str::to_string),
            per,
        }
    }

    #[test]
    fn seed_forms() {
        let cases = [
            (
                ">/= 3 heures/jour",
                compare(Op::Ge, 3.0, Some("heures"), Some(Period::Day)),
            ),
            (
                ">/=à 12 par an",
                compare(Op::Ge, 12.0, None, Some(Period::Year)),
            ),
            (
                ">/= 250/an",
                compare(Op::Ge, 250.0, None, Some(Period::Year)),
            ),
            (
                ">/=à 50/an",
                compare(Op::Ge, 50.0, None, Some(Period::Year)),
            ),
            (">/=à 2 /an", compare(Op::Ge, 2.0, None, Some(Period::Year))),
            (
                ">/=à 10 par an",
                compare(Op::Ge, 10.0, None, Some(Period::Year)),
            ),
            (">/= 3/an", compare(Op::Ge, 3.0, None, Some(Period::Year))),
            (
                ">/=à 2 par an",
                compare(Op::Ge, 2.0, None, Some(Period::Year)),
            ),
            (
                ">/=à 10/an",
                compare(Op::Ge, 10.0, None, Some(Period::Year)),
            ),
            (
                ">/=à 15/an",
                compare(Op::Ge, 15.0, None, Some(Period::Year)),
            ),
            (
                ">/=à 30/an",
                compare(Op::Ge, 30.0, None, Some(Period::Year)),
            ),
            (">/=à 3/an", compare(Op::Ge, 3.0, None, Some(Period::Year))),
            (">/=à 5/an", compare(Op::Ge, 5.0, None, Some(Period::Year))),
            (">/= 10/an", compare(Op::Ge, 10.0, None, Some(Period::Year))),
            (
                ">/=  3\n/an",
                compare(Op::Ge, 3.0, None, Some(Period::Year)),
            ),
            ("Oui/Non", Target::Boolean { expected: true }),
        ];
        for (text, expected) in cases {
            assert_eq!(parse(text), Ok(expected), "{text}");
        }
    }

    #[test]
    fn english_and_dutch_forms() {
        let cases = [
            (
                ">= 12 meetings per year",
                compare(Op::Ge, 12.0, Some("meetings"), Some(Period::Year)),
            ),
            (
                "≥ 4 per quarter",
                compare(Op::Ge, 4.0, None, Some(Period::Quarter)),
            ),
            ("<= 5 %", compare(Op::Le, 5.0, Some("%"), None)),
            (
                "< 2,5 uur per dag",
                compare(Op::Lt, 2.5, Some("uur"), Some(Period::Day)),
            ),
            (
                "≤ 10 klachten/maand",
                compare(Op::Le, 10.0, Some("klachten"), Some(Period::Month)),
            ),
            (
                "= 1 rapport/jaar",
                compare(Op::Eq, 1.0, Some("rapport"), Some(Period::Year)),
            ),
            (
                "> 0 per week",
                compare(Op::Gt, 0.0, None, Some(Period::Week)),
            ),
            (
                "</= 3 par trimestre",
                compare(Op::Le, 3.0, None, Some(Period::Quarter)),
            ),
            (
                ">= 2 réunions par semaine",
                compare(Op::Ge, 2.0, Some("réunions"), Some(Period::Week)),
            ),
            (">= 80%", compare(Op::Ge, 80.0, Some("%"), None)),
            (
                ">= 6 per kwartaal",
                compare(Op::Ge, 6.0, None, Some(Period::Quarter)),
            ),
            ("ja/nee", Target::Boolean { expected: true }),
            ("Yes/No", Target::Boolean { expected: true }),
            ("oui", Target::Boolean { expected: true }),
            ("nee", Target::Boolean { expected: false }),
            ("false", Target::Boolean { expected: false }),
        ];
        for (text, expected) in cases {
            assert_eq!(parse(text), Ok(expected), "{text}");
        }
    }

    #[test]
    fn errors() {
        assert_eq!(parse("  "), Err(TargetError::Empty));
        assert!(matches!(
            parse("douze par an"),
            Err(TargetError::NoOperator(_))
        ));
        assert!(matches!(
            parse(">= douze"),
            Err(TargetError::NoNumber { .. })
        ));
        assert!(matches!(
            parse(">= 1.2.3"),
            Err(TargetError::NoNumber { .. })
        ));
        assert!(matches!(parse(">= ,5"), Err(TargetError::NoNumber { .. })));
        assert_eq!(
            parse(">= 12 par siècle"),
            Err(TargetError::UnknownPeriod("siècle".into()))
        );
        assert_eq!(
            parse(">= 12/semain"),
            Err(TargetError::UnknownPeriod("semain".into()))
        );
        assert_eq!(
            parse("Oui/Oui"),
            Err(TargetError::BadBoolean("Oui/Oui".into()))
        );
        let huge = format!(">= {}/an", "9".repeat(400));
        assert_eq!(parse(&huge), Err(TargetError::BadNumber));
        assert_eq!(parse(">= 2000000000000"), Err(TargetError::BadNumber));
    }

    #[test]
    fn mapping_form() {
        let mapping = TargetMapping {
            op: ">=".into(),
            value: 12.0,
            unit: Some("réunions".into()),
            per: Some("an".into()),
        };
        assert_eq!(
            mapping.resolve(),
            Ok(compare(Op::Ge, 12.0, Some("réunions"), Some(Period::Year)))
        );
        let bad = TargetMapping {
            op: "=>".into(),
            ..mapping
        };
        assert_eq!(
            bad.resolve(),
            Err(TargetError::UnknownOperator("=>".into()))
        );
    }

    fn arb_target() -> impl Strategy<Value = Target> {
        let op = prop_oneof![
            Just(Op::Ge),
            Just(Op::Gt),
            Just(Op::Le),
            Just(Op::Lt),
            Just(Op::Eq)
        ];
        let per = proptest::option::of(proptest::sample::select(vec![
            Period::Day,
            Period::Week,
            Period::Month,
            Period::Quarter,
            Period::Year,
        ]));
        let unit = proptest::option::of("[a-zé%]{1,8}( [a-zé]{1,8})?");
        let compare = (op, 0u32..100_000, 0u32..4, unit, per).prop_map(|(op, n, d, unit, per)| {
            Target::Compare {
                op,
                value: f64::from(n) / 10f64.powi(d as i32),
                unit: unit
                    .filter(|u| !["par", "per"].iter().any(|w| u.split(' ').any(|p| p == *w))),
                per,
            }
        });
        prop_oneof![
            compare,
            any::<bool>().prop_map(|expected| Target::Boolean { expected })
        ]
    }

    proptest! {
        #[test]
        fn display_then_parse_is_identity(target in arb_target()) {
            prop_assert_eq!(parse(&target.to_string()), Ok(target));
        }

        #[test]
        fn parse_never_panics(text in "\\PC{0,30}") {
            let _ = parse(&text);
        }
    }
}
