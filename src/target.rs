//! Target syntax (SPEC §2.2): parse the forms found in real plans into a [`Target`],
//! and display a target in a canonical form that parses back to the same value. Also the
//! one reading of numbers and yes/no words that targets and measured values share, in
//! every file format alike ([`read_value`]): digits with a decimal comma or point,
//! thousands grouped by spaces (`1 000`) or by the other mark (`1.000,5`), and nothing
//! that a reader could take for another number (`1e3`, `0x10`, `1_000`, `.5`).
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
                write!(f, "{} {}", op.symbol(), canonical(*value))?;
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
#[derive(Clone, Debug, PartialEq)]
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
    /// A number written in a form that is not read (`1.2e1`, `0x10`, `1_000`, `.5`):
    /// `text` is the number as written.
    NumberForm { text: String, fault: NumberFault },
    /// `1.000` or `1,000`: a thousand or one? A target is refused rather than guessed.
    AmbiguousNumber { text: String, ambiguity: Ambiguity },
}

/// Reads a yes/no word (`oui`, `nee`, `true`, …) as used in targets and measurements,
/// ignoring case.
pub fn parse_boolean(word: &str) -> Option<bool> {
    let word = word.trim();
    let is = |words: [&str; 4]| words.iter().any(|w| word.eq_ignore_ascii_case(w));
    if is(["yes", "oui", "ja", "true"]) {
        Some(true)
    } else if is(["no", "non", "nee", "false"]) {
        Some(false)
    } else {
        None
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
    let written = rest.strip_prefix('à').unwrap_or(rest).trim_start();
    let (number, rest) = match read_prefix(written) {
        Ok(Some(read)) => read,
        Ok(None) => {
            return Err(TargetError::NoNumber {
                op: op.symbol().to_string(),
                text: text.to_string(),
            });
        }
        Err(fault) => {
            return Err(TargetError::NumberForm {
                text: number_as_written(written).to_string(),
                fault,
            });
        }
    };
    if let Some(ambiguity) = number.ambiguity {
        return Err(TargetError::AmbiguousNumber {
            text: written[..written.len() - rest.len()].to_string(),
            ambiguity,
        });
    }
    if !is_plausible(number.value) {
        return Err(TargetError::BadNumber);
    }
    let (unit, per) = parse_unit_and_per(rest)?;
    Ok(Target::Compare {
        op,
        value: number.value,
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

/// A decimal mark: the `,` or `.` before the decimals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Comma,
    Point,
}

impl Mark {
    /// The mark as written.
    pub fn char(self) -> char {
        match self {
            Mark::Comma => ',',
            Mark::Point => '.',
        }
    }
}

/// A number such as `1.000` or `12,500`: one mark followed by three digits, after one to
/// three digits. It reads `as_decimal` (1, 12.5) when the mark is a decimal mark, and
/// `as_thousands` (1000, 12500) when it separates thousands.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ambiguity {
    pub mark: Mark,
    pub as_decimal: f64,
    pub as_thousands: f64,
}

/// A number read from its text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Number {
    pub value: f64,
    /// Set when the text could also be read as thousands: `value` is then `as_decimal`.
    pub ambiguity: Option<Ambiguity>,
}

/// Why a text that looks like a number is not read as one (worded in
/// `render::diagnostics::words`): each of these forms is a number to some programs and
/// another number, or none, to a reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberFault {
    /// An exponent: `1e3`, `1.2E-1`.
    Exponent,
    /// Another base: `0x10`, `0o17`, `0b101`.
    Radix,
    /// Digits grouped by `_`: `1_000`.
    Underscore,
    /// No digit before the decimal mark: `.5`, `,5`.
    NoLeadingDigit,
    /// Marks or spaces where no number has them: `1.2.3`, `1 00`, `5.`, `1.000,5,3`.
    Grouping,
}

/// The spaces that group thousands: a space, a no-break space (U+00A0) and a narrow
/// no-break space (U+202F).
const GROUP_SPACES: [char; 3] = [' ', '\u{a0}', '\u{202f}'];

/// The length in bytes of the number written at the start of `text`: digits, `.` and
/// `,`, and spaces between digits (`1 000`).
fn number_len(text: &str) -> usize {
    let mut end = 0;
    for (i, c) in text.char_indices() {
        let taken = if GROUP_SPACES.contains(&c) {
            // Spaces between digits only: `1 000`, not `3 heures`.
            let before = text[..i].trim_end_matches(GROUP_SPACES);
            let after = text[i..].trim_start_matches(GROUP_SPACES);
            end > 0
                && before.ends_with(|c: char| c.is_ascii_digit())
                && after.starts_with(|c: char| c.is_ascii_digit())
        } else {
            c.is_ascii_digit() || matches!(c, '.' | ',')
        };
        if !taken {
            break;
        }
        end = i + c.len_utf8();
    }
    end
}

/// Whether `rest` starts with one of `first`, followed by a char that `then` accepts.
fn starts_with_pair(rest: &str, first: &[char], then: impl Fn(char) -> bool) -> bool {
    let mut chars = rest.chars();
    chars.next().is_some_and(|c| first.contains(&c)) && chars.next().is_some_and(then)
}

/// Reads the number written at the start of `text` (no sign): the number and the text
/// after it; `None` when `text` does not start with one. A form that some programs read
/// as another number (`1e3`, `0x10`, `1_000`, `.5`) is a fault, never a number followed
/// by a unit (`1` and `e3`).
fn read_prefix(text: &str) -> Result<Option<(Number, &str)>, NumberFault> {
    let len = number_len(text);
    let (token, rest) = text.split_at(len);
    if !token.contains(|c: char| c.is_ascii_digit()) {
        return Ok(None);
    }
    let digit = |c: char| c.is_ascii_digit();
    if starts_with_pair(rest, &['e', 'E'], |c| digit(c) || matches!(c, '+' | '-')) {
        return Err(NumberFault::Exponent);
    }
    let radix = token == "0"
        && (starts_with_pair(rest, &['x', 'X'], |c| c.is_ascii_hexdigit())
            || starts_with_pair(rest, &['o', 'O'], |c| ('0'..='7').contains(&c))
            || starts_with_pair(rest, &['b', 'B'], |c| matches!(c, '0' | '1')));
    if radix {
        return Err(NumberFault::Radix);
    }
    if starts_with_pair(rest, &['_'], digit) {
        return Err(NumberFault::Underscore);
    }
    if rest.trim_start().starts_with(digit) {
        return Err(NumberFault::Grouping);
    }
    read_token(token).map(|number| Some((number, rest)))
}

/// The number as written at the start of `text`, for a finding: its digits and marks and
/// what is glued to them (`1.2e1`, `0x10`, `1_000`).
fn number_as_written(text: &str) -> &str {
    let len = number_len(text);
    let glued = text[len..]
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | ',' | '+' | '-')))
        .unwrap_or(text.len() - len);
    &text[..len + glued]
}

/// Reads a number's digits and marks (`1 000,5`, `1.000.000`, `2.5`): thousands grouped
/// by spaces or by the mark that is not the decimal one, in groups of three.
fn read_token(token: &str) -> Result<Number, NumberFault> {
    if token.starts_with(['.', ',']) {
        return Err(NumberFault::NoLeadingDigit);
    }
    // One pass over the bytes: the token holds digits, marks and spaces only.
    let (mut points, mut commas, mut spaced) = (0, 0, false);
    for byte in token.bytes() {
        match byte {
            b'.' => points += 1,
            b',' => commas += 1,
            b'0'..=b'9' => {}
            _ => spaced = true,
        }
    }
    // The decimal mark, and what groups thousands.
    let (decimal, group): (Option<Mark>, Option<&[char]>) = match (points, commas) {
        _ if spaced && points + commas > 1 => return Err(NumberFault::Grouping),
        _ if spaced => {
            let mark = (points == 1).then_some(Mark::Point);
            let mark = mark.or((commas == 1).then_some(Mark::Comma));
            (mark, Some(&GROUP_SPACES[..]))
        }
        (0, 0) => (None, None),
        (1, 0) => (Some(Mark::Point), None),
        (0, 1) => (Some(Mark::Comma), None),
        (_, 0) => (None, Some(&['.'][..])),
        (0, _) => (None, Some(&[','][..])),
        _ => {
            let last = token.rfind(['.', ',']).map(|i| &token[i..i + 1]);
            match (last, points, commas) {
                (Some("."), 1, _) => (Some(Mark::Point), Some(&[','][..])),
                (Some(","), _, 1) => (Some(Mark::Comma), Some(&['.'][..])),
                _ => return Err(NumberFault::Grouping),
            }
        }
    };
    let (whole, decimals) = match decimal.and_then(|mark| token.rsplit_once(mark.char())) {
        Some((whole, decimals)) => (whole, Some(decimals)),
        None => (token, None),
    };
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if decimals.is_some_and(|d| !all_digits(d)) {
        return Err(NumberFault::Grouping);
    }
    // The digits with a decimal point, as Rust reads them.
    let plain: std::borrow::Cow<str> = match (group, decimal) {
        (None, _) if !all_digits(whole) => return Err(NumberFault::Grouping),
        (None, None | Some(Mark::Point)) => token.into(),
        (None, Some(Mark::Comma)) => token.replace(',', ".").into(),
        (Some(group), _) => {
            let mut digits = String::with_capacity(token.len());
            for (i, part) in whole.split(group).enumerate() {
                let size_ok = if i == 0 {
                    (1..=3).contains(&part.len())
                } else {
                    part.len() == 3
                };
                if !size_ok || !all_digits(part) {
                    return Err(NumberFault::Grouping);
                }
                digits.push_str(part);
            }
            if let Some(decimals) = decimals {
                digits.push('.');
                digits.push_str(decimals);
            }
            digits.into()
        }
    };
    let value: f64 = plain.parse().map_err(|_| NumberFault::Grouping)?;
    let ambiguity = match (decimal, group, decimals) {
        (Some(mark), None, Some(decimals))
            if decimals.len() == 3 && whole.len() <= 3 && !whole.starts_with('0') =>
        {
            let as_thousands: f64 = format!("{whole}{decimals}")
                .parse()
                .map_err(|_| NumberFault::Grouping)?;
            Some(Ambiguity {
                mark,
                as_decimal: value,
                as_thousands,
            })
        }
        _ => None,
    };
    Ok(Number { value, ambiguity })
}

/// A measured value read from its text (SPEC §2.3).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ValueReading {
    Number(Number),
    Bool(bool),
}

/// Why a measured value's text is neither a number nor yes/no (worded in
/// `render::diagnostics::words`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueFault {
    /// A number in a form that is not read (`1e3`, `0x10`, `1_000`, `.5`).
    Number(NumberFault),
    /// `on`, `off`, `y`, `n`: yes and no to YAML 1.1, not to plans.
    SwitchWord,
    /// Anything else: `beaucoup`, `3 heures`.
    Other,
}

/// Reads a measured value as written, in a CSV cell or a YAML file alike: a yes/no word
/// ([`parse_boolean`]), or a number with an optional sign (`-2` is read, to be refused as
/// negative). YAML's `.inf` and `.nan` read as the numbers they name, to be refused as not
/// finite.
pub fn read_value(text: &str) -> Result<ValueReading, ValueFault> {
    // The usual value is read at once; any other, trimmed, by the general path.
    match plain_number(text) {
        Some(value) => Ok(ValueReading::Number(Number {
            value,
            ambiguity: None,
        })),
        None => read_written(text.trim()),
    }
}

/// The usual value, read without [`read_written`]'s general path: digits, with at most
/// one decimal point between digits, and not a point that could group thousands
/// (`1.234`). `None` for any other text. It reads what [`read_written`] reads.
fn plain_number(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let (whole, decimals) = match bytes.iter().position(|b| *b == b'.') {
        Some(point) => (&bytes[..point], Some(&bytes[point + 1..])),
        None => (bytes, None),
    };
    let digits = |part: &[u8]| !part.is_empty() && part.iter().all(u8::is_ascii_digit);
    let plain = digits(whole)
        && decimals.is_none_or(|decimals| {
            digits(decimals) && (decimals.len() != 3 || whole.len() > 3 || whole[0] == b'0')
        });
    plain.then(|| text.parse().ok()).flatten()
}

/// [`read_value`] of trimmed text, whatever its form.
fn read_written(text: &str) -> Result<ValueReading, ValueFault> {
    if !text.starts_with(|c: char| c.is_ascii_digit()) {
        if let Some(answer) = parse_boolean(text) {
            return Ok(ValueReading::Bool(answer));
        }
        if ["on", "off", "y", "n"]
            .iter()
            .any(|w| text.eq_ignore_ascii_case(w))
        {
            return Err(ValueFault::SwitchWord);
        }
    }
    let (sign, unsigned) = match text.strip_prefix('-') {
        Some(unsigned) => (-1.0, unsigned),
        None => (1.0, text.strip_prefix('+').unwrap_or(text)),
    };
    let signed = |n: f64| sign * n + 0.0;
    let number = |value, ambiguity| Ok(ValueReading::Number(Number { value, ambiguity }));
    match read_prefix(unsigned) {
        Ok(Some((read, ""))) => number(
            signed(read.value),
            read.ambiguity.map(|a| Ambiguity {
                as_decimal: signed(a.as_decimal),
                as_thousands: signed(a.as_thousands),
                ..a
            }),
        ),
        Ok(None) => [(".inf", f64::INFINITY), (".nan", f64::NAN)]
            .into_iter()
            .find(|(word, _)| unsigned.eq_ignore_ascii_case(word))
            .map_or(Err(ValueFault::Other), |(_, value)| {
                number(signed(value), None)
            }),
        Ok(Some(_)) => Err(ValueFault::Other),
        Err(fault) => Err(ValueFault::Number(fault)),
    }
}

/// A number in the canonical form of [`Target`]'s display: Rust's shortest form, with a
/// zero added where it would read as thousands too (`1.2340`, not `1.234`).
pub fn canonical(value: f64) -> String {
    let text = value.to_string();
    match read_token(&text) {
        Ok(Number {
            ambiguity: Some(_), ..
        }) => text + "0",
        _ => text,
    }
}

/// The unit and period after a target's number: `heures/jour`, `réunions par an`. What
/// follows the last `/`, or the last `par`/`per`, is the period: one of SPEC §2.2's words,
/// or the target is refused (`par jour ouvrable` is no period a yearly sum can use).
fn parse_unit_and_per(rest: &str) -> Result<(Option<String>, Option<Period>), TargetError> {
    let rest = rest.trim();
    let (unit, period_words) = if let Some((unit, period)) = rest.rsplit_once('/') {
        (unit, Some(period))
    } else {
        let per_word = rest
            .split_whitespace()
            .rfind(|w| w.eq_ignore_ascii_case("par") || w.eq_ignore_ascii_case("per"))
            .map(|w| w.as_ptr() as usize - rest.as_ptr() as usize);
        match per_word {
            Some(at) if !rest[at + 3..].trim().is_empty() => (&rest[..at], Some(&rest[at + 3..])),
            _ => (rest, None),
        }
    };
    let per = period_words
        .map(|words| {
            let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
            Period::from_word(&words).ok_or(TargetError::UnknownPeriod(words))
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
        assert_eq!(
            parse(">= 1.2.3"),
            Err(TargetError::NumberForm {
                text: "1.2.3".into(),
                fault: NumberFault::Grouping
            })
        );
        assert_eq!(
            parse(">= ,5"),
            Err(TargetError::NumberForm {
                text: ",5".into(),
                fault: NumberFault::NoLeadingDigit
            })
        );
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
    fn thousands_as_a_belgian_reader_means_them() {
        let cases = [
            (">= 1 000 heures par an", 1000.0, Some("heures")),
            (">= 1\u{a0}000 heures par an", 1000.0, Some("heures")),
            (">= 1\u{202f}000 heures par an", 1000.0, Some("heures")),
            (
                ">= 12 500 000 personnes/an",
                12_500_000.0,
                Some("personnes"),
            ),
            (">= 1.000,5 heures par an", 1000.5, Some("heures")),
            (">= 1 000,5 par an", 1000.5, None),
            (">= 1.000.000 par an", 1_000_000.0, None),
            (">= 1,000.5 par an", 1000.5, None),
            (">= 0,500 par an", 0.5, None),
            (">= 1000 par an", 1000.0, None),
        ];
        for (text, value, unit) in cases {
            assert_eq!(
                parse(text),
                Ok(compare(Op::Ge, value, unit, Some(Period::Year))),
                "{text}"
            );
        }
    }

    #[test]
    fn numbers_a_reader_could_take_otherwise_are_refused() {
        let cases = [
            (">= 1.2e1 par an", "1.2e1", NumberFault::Exponent),
            (">= 1e3", "1e3", NumberFault::Exponent),
            (">= 0x10 heures", "0x10", NumberFault::Radix),
            (">= 0o17", "0o17", NumberFault::Radix),
            (">= 1_000 heures", "1_000", NumberFault::Underscore),
            (">= .5 heures", ".5", NumberFault::NoLeadingDigit),
            (">= 1 00 heures", "1 00", NumberFault::Grouping),
            (">= 1  000 heures", "1  000", NumberFault::Grouping),
            (">= 10 2 heures", "10 2", NumberFault::Grouping),
            (">= 3. heures", "3.", NumberFault::Grouping),
            (">= 1.000,5,3", "1.000,5,3", NumberFault::Grouping),
            (">= 3\n000 heures", "3", NumberFault::Grouping),
        ];
        for (text, written, fault) in cases {
            assert_eq!(
                parse(text),
                Err(TargetError::NumberForm {
                    text: written.into(),
                    fault
                }),
                "{text}"
            );
        }
        // Units that merely start with those letters are units.
        assert_eq!(
            parse(">= 0 bureaux"),
            Ok(compare(Op::Ge, 0.0, Some("bureaux"), None))
        );
        assert_eq!(
            parse(">= 3heures/jour"),
            Ok(compare(Op::Ge, 3.0, Some("heures"), Some(Period::Day)))
        );
    }

    #[test]
    fn a_thousand_or_one_is_refused() {
        for (text, written, mark, as_decimal, as_thousands) in [
            (">= 1.000 heures par an", "1.000", Mark::Point, 1.0, 1000.0),
            (">= 1,000 heures par an", "1,000", Mark::Comma, 1.0, 1000.0),
            (">= 12,500/an", "12,500", Mark::Comma, 12.5, 12500.0),
        ] {
            assert_eq!(
                parse(text),
                Err(TargetError::AmbiguousNumber {
                    text: written.into(),
                    ambiguity: Ambiguity {
                        mark,
                        as_decimal,
                        as_thousands
                    }
                }),
                "{text}"
            );
        }
    }

    #[test]
    fn a_period_phrase_is_not_a_unit() {
        for (text, words) in [
            (">= 2 par jour ouvrable", "jour ouvrable"),
            (">= 20 heures par mois de travail", "mois de travail"),
            (">= 2 /jour ouvrable", "jour ouvrable"),
            (
                ">= 2 visites par quartier et par semaine ouvrée",
                "semaine ouvrée",
            ),
        ] {
            assert_eq!(
                parse(text),
                Err(TargetError::UnknownPeriod(words.into())),
                "{text}"
            );
        }
        assert_eq!(
            parse(">= 2 visites par quartier et par an"),
            Ok(compare(
                Op::Ge,
                2.0,
                Some("visites par quartier et"),
                Some(Period::Year)
            ))
        );
    }

    #[test]
    fn values_read_as_in_every_format() {
        let number = |value| {
            Ok(ValueReading::Number(Number {
                value,
                ambiguity: None,
            }))
        };
        // The usual forms take the short path; a point that may group thousands does not.
        assert_eq!(plain_number("0.9"), Some(0.9));
        assert_eq!(plain_number("1234.567"), Some(1234.567));
        for text in ["1.234", "3,5", "1.", ".5", "1e3", "-2"] {
            assert_eq!(plain_number(text), None, "{text}");
        }
        assert_eq!(read_value("3,5"), number(3.5));
        assert_eq!(read_value(" +3 "), number(3.0));
        assert_eq!(read_value("-2"), number(-2.0));
        assert_eq!(read_value("-0"), number(0.0));
        assert_eq!(read_value("017"), number(17.0));
        assert_eq!(read_value("1 000"), number(1000.0));
        assert_eq!(read_value("1.000,5"), number(1000.5));
        assert_eq!(read_value("-.inf"), number(f64::NEG_INFINITY));
        assert!(matches!(read_value(".NaN"), Ok(ValueReading::Number(n)) if n.value.is_nan()));
        assert_eq!(read_value("OUI"), Ok(ValueReading::Bool(true)));
        assert_eq!(read_value("nee"), Ok(ValueReading::Bool(false)));
        for word in ["on", "Off", "y", "N"] {
            assert_eq!(read_value(word), Err(ValueFault::SwitchWord), "{word}");
        }
        for (text, fault) in [
            ("1e3", NumberFault::Exponent),
            ("0x10", NumberFault::Radix),
            ("1_000", NumberFault::Underscore),
            (".5", NumberFault::NoLeadingDigit),
            ("1.2.3", NumberFault::Grouping),
        ] {
            assert_eq!(read_value(text), Err(ValueFault::Number(fault)), "{text}");
        }
        for text in ["beaucoup", "3 heures", "", "inf", "+-3"] {
            assert_eq!(read_value(text), Err(ValueFault::Other), "{text}");
        }
        assert_eq!(
            read_value("-1,000"),
            Ok(ValueReading::Number(Number {
                value: -1.0,
                ambiguity: Some(Ambiguity {
                    mark: Mark::Comma,
                    as_decimal: -1.0,
                    as_thousands: -1000.0
                })
            }))
        );
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

        #[test]
        fn canonical_numbers_read_back(n in 0u64..1_000_000_000_000, d in 0u32..5) {
            let value = n as f64 / 10f64.powi(d as i32);
            let read = read_value(&canonical(value));
            prop_assert_eq!(read, Ok(ValueReading::Number(Number { value, ambiguity: None })));
        }

        #[test]
        fn plain_numbers_read_as_the_general_path_reads_them(text in "[0-9.]{1,9}") {
            if let Some(value) = plain_number(&text) {
                let number = Number { value, ambiguity: None };
                prop_assert_eq!(read_written(&text), Ok(ValueReading::Number(number)));
            }
        }

        #[test]
        fn read_value_never_panics(text in "[0-9 .,eE_xob+\\-\u{a0}\u{202f}]{0,12}") {
            let _ = read_value(&text);
        }
    }
}
