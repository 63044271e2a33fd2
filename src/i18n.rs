//! The languages of `plan` and their words: every user-facing text is a message of the
//! Fluent files `i18n/<code>/plan.ftl`, compiled into the binary.
//!
//! - [`Lang`] lists the languages (adding one is one line in `languages!` and one file,
//!   see `docs/translating.md`).
//! - [`say!`](crate::say) words a message in a language: `say!(lang, "report-title")`,
//!   `say!(lang, "found-errors", count = 2)`. The message id and its arguments are checked
//!   at compile time against the English file; `tests/translations.rs` checks that every
//!   other language has the same messages with the same arguments.
//! - Numbers passed as arguments are written as the language writes them (`1 234,5` in
//!   French, `1.234,5` in Dutch, `1,234.5` in English): Fluent leaves that to us, so every
//!   bundle gets `format_value`. [`number`] and [`percent`] do the same for the
//!   numbers of reports; [`long_date`] writes `30 juin 2023`.
//! - Messages (findings, help, usage errors) are in the language chosen once at start
//!   ([`set_messages`], from `--lang`, `PLAN_LANG` or the locale: [`from_environment`]);
//!   reports, documents and workbooks take the language they are made in.
//!
//! A leaf: imports nothing of the crate.

use std::sync::{Mutex, OnceLock};

use fluent_bundle::FluentValue;
use i18n_embed::LanguageLoader;
use i18n_embed::fluent::FluentLanguageLoader;
use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "i18n/"]
struct Translations;

/// Declares the languages: `Variant "code",` each. The first is the default.
macro_rules! languages {
    ($($variant:ident $code:literal,)+) => {
        /// A language of `plan`: of its messages, and of reports, documents and workbooks.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Lang {
            $($variant,)+
        }

        impl Lang {
            /// Every language, in the order of `languages!`.
            pub const ALL: &[Lang] = &[$(Lang::$variant,)+];

            /// The language's ISO 639-1 code: a plan's `language`, the folder of its
            /// Fluent file, HTML's `lang`.
            pub fn code(self) -> &'static str {
                match self {
                    $(Lang::$variant => $code,)+
                }
            }

            /// Installs the number formatter of this language on a bundle (a `fn` per
            /// language, as Fluent takes no closure).
            fn set_formatter(self, loader: &FluentLanguageLoader) {
                match self {
                    $(Lang::$variant => loader.with_bundles_mut(|bundle| {
                        bundle.set_formatter(Some(format_value::<{ Lang::$variant as usize }, _>))
                    }),)+
                }
            }
        }
    };
}

languages! {
    Fr "fr",
    Nl "nl",
    En "en",
    De "de",
}

impl Default for Lang {
    fn default() -> Self {
        Lang::ALL[0]
    }
}

impl Lang {
    /// Reads a language as people and systems write it: `fr`, `FR`, `fr-BE`, `nl_BE`,
    /// `fr_BE.UTF-8`, `de_DE@euro`. `C` and `POSIX` are English.
    pub fn parse(text: &str) -> Option<Lang> {
        let text = text.trim();
        let base = text
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        if base == "c" || base == "posix" {
            return Some(Lang::En);
        }
        Lang::ALL.iter().copied().find(|lang| lang.code() == base)
    }

    fn index(self) -> usize {
        self as usize
    }

    /// The language's name in itself: `français`, `Nederlands`, `English`, `Deutsch`.
    pub fn name(self) -> String {
        say!(self, "language-name")
    }
}

/// How a language writes numbers, read from its Fluent file (`number-decimal-mark`,
/// `number-group-mark`).
#[derive(Debug)]
struct NumberStyle {
    decimal: String,
    group: String,
}

static LOADERS: [OnceLock<FluentLanguageLoader>; Lang::ALL.len()] =
    [const { OnceLock::new() }; Lang::ALL.len()];
static STYLES: [OnceLock<NumberStyle>; Lang::ALL.len()] =
    [const { OnceLock::new() }; Lang::ALL.len()];
static MESSAGES: Mutex<Option<Choice>> = Mutex::new(None);

/// The words of a language, loaded at first use.
pub fn loader(lang: Lang) -> &'static FluentLanguageLoader {
    LOADERS[lang.index()].get_or_init(|| {
        let fallback = Lang::En.code().parse().expect("a language code");
        let loader = FluentLanguageLoader::new("plan", fallback);
        let id = lang.code().parse().expect("a language code");
        loader
            .load_languages(&Translations, &[id])
            .expect("the Fluent files are compiled into the binary");
        loader.set_use_isolating(false);
        STYLES[lang.index()].get_or_init(|| NumberStyle {
            decimal: loader.get("number-decimal-mark"),
            group: loader.get("number-group-mark"),
        });
        lang.set_formatter(&loader);
        loader
    })
}

/// Words a message of the Fluent files in a language, with its arguments:
/// `say!(lang, "found-errors", count = 2)`. The id and the arguments are checked at
/// compile time against `i18n/en/plan.ftl`.
#[macro_export]
macro_rules! say {
    ($lang:expr, $id:literal $(,)?) => {
        i18n_embed_fl::fl!($crate::i18n::loader($lang), $id)
    };
    // Each value between parentheses: `fl!` writes `value.into()`, which would bind to
    // the last part of `*count` or `-1.5`.
    ($lang:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        i18n_embed_fl::fl!($crate::i18n::loader($lang), $id, $($name = ($value)),+)
    };
}

/// [`say!`](crate::say) by the path of this module, `use crate::i18n::say;`, so that a
/// module imports it from the leaf it belongs to.
pub use say;

/// Where the language of messages came from, for `plan --version` and `--help`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// `--lang`.
    Option,
    /// The variable (`PLAN_LANG`, `LC_ALL`, `LANG`…) and its value.
    Variable(String, String),
    /// Nothing set: English.
    Default,
}

/// The language of messages and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub lang: Lang,
    pub source: Source,
}

/// The language of messages from the environment: `PLAN_LANG`, else the locale
/// (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`, as gettext reads them), else English. A
/// value naming a language `plan` does not have is passed over.
pub fn from_environment(var: impl Fn(&str) -> Option<String>) -> Choice {
    let chosen = ["PLAN_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(|name| {
            let value = var(name).filter(|v| !v.is_empty())?;
            // LANGUAGE lists languages in order of preference: `nl:fr`.
            let lang = value.split(':').find_map(Lang::parse)?;
            Some(Choice {
                lang,
                source: Source::Variable(name.into(), value),
            })
        });
    chosen.unwrap_or(Choice {
        lang: Lang::En,
        source: Source::Default,
    })
}

/// Sets the language of messages, at the start of a run.
pub fn set_messages(choice: Choice) {
    *MESSAGES.lock().unwrap_or_else(|p| p.into_inner()) = Some(choice);
}

/// The language of messages and why it was chosen (English until [`set_messages`]).
pub fn messages_choice() -> Choice {
    let chosen = MESSAGES.lock().unwrap_or_else(|p| p.into_inner()).clone();
    chosen.unwrap_or(Choice {
        lang: Lang::En,
        source: Source::Default,
    })
}

/// The language of messages.
pub fn messages() -> Lang {
    messages_choice().lang
}

/// A message looked up by an id made at run time (the help of each command-line option),
/// `None` when the language has no such message.
pub fn lookup(lang: Lang, id: &str) -> Option<String> {
    let loader = loader(lang);
    loader.has(id).then(|| loader.get(id))
}

/// Fluent's formatter of numbers: every number argument of a message of language `L` is
/// written as [`number`] writes it, with the fraction digits asked by `NUMBER(…)`.
fn format_value<const L: usize, M>(value: &FluentValue, _: &M) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let lang = Lang::ALL[L];
    let options = &n.options;
    let text = match options.maximum_fraction_digits {
        Some(max) => {
            let fixed = format!("{:.*}", max, n.value);
            trim_fraction(&fixed, options.minimum_fraction_digits.unwrap_or(0))
        }
        None => {
            let plain = shortest(n.value);
            pad_fraction(&plain, options.minimum_fraction_digits.unwrap_or(0))
        }
    };
    Some(localize_digits(lang, &text, options.use_grouping))
}

/// The shortest decimal text of a number: `1234.5`, `12`.
fn shortest(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{value:.0}")
    } else {
        value.to_string()
    }
}

/// `12.50` with at least `min` fraction digits kept: `12.5` (min 1), `12` (min 0).
fn trim_fraction(fixed: &str, min: usize) -> String {
    let Some(dot) = fixed.find('.') else {
        return pad_fraction(fixed, min);
    };
    let mut end = fixed.len();
    while end > dot + 1 + min && fixed.as_bytes()[end - 1] == b'0' {
        end -= 1;
    }
    if end == dot + 1 {
        end = dot;
    }
    fixed[..end].to_string()
}

/// `12` with at least `min` fraction digits: `12.0` (min 1).
fn pad_fraction(text: &str, min: usize) -> String {
    if min == 0 {
        return text.to_string();
    }
    match text.find('.') {
        Some(dot) => {
            let missing = min.saturating_sub(text.len() - dot - 1);
            format!("{text}{}", "0".repeat(missing))
        }
        None => format!("{text}.{}", "0".repeat(min)),
    }
}

/// `-1234.5` (digits, `.` and `-` only) with the marks of `lang`: `-1 234,5` in French.
fn localize_digits(lang: Lang, text: &str, grouping: bool) -> String {
    loader(lang);
    let style = STYLES[lang.index()].get().expect("set when the loader is");
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    let (whole, fraction) = match digits.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (digits, None),
    };
    let mut out = String::from(sign);
    for (i, c) in whole.chars().enumerate() {
        if grouping && i > 0 && (whole.len() - i) % 3 == 0 {
            out.push_str(&style.group);
        }
        out.push(c);
    }
    if let Some(fraction) = fraction {
        out.push_str(&style.decimal);
        out.push_str(fraction);
    }
    out
}

/// A number as `lang` writes it, with at most `decimals` fraction digits (trailing zeros
/// dropped): `number(Lang::Fr, 1234.5, 1)` is `1 234,5`.
pub fn number(lang: Lang, value: f64, decimals: usize) -> String {
    localize_digits(lang, &rounded(value, decimals), true)
}

/// `value` with at most `decimals` fraction digits, trailing zeros dropped, and no `-0`.
fn rounded(value: f64, decimals: usize) -> String {
    let text = trim_fraction(&format!("{value:.decimals$}"), 0);
    match text.strip_prefix('-') {
        Some(rest) if rest.bytes().all(|b| b == b'0' || b == b'.') => rest.to_string(),
        _ => text,
    }
}

/// A percentage with one decimal as `lang` writes it: `113,2 %` in French.
pub fn percent(lang: Lang, value: f64) -> String {
    let value = number(lang, value, 1);
    say!(lang, "percent", value = value)
}

/// A date as `lang` writes it in a heading: `30 juin 2023`, `30 juni 2023`, `30 June 2023`.
pub fn long_date(lang: Lang, date: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    say!(
        lang,
        "long-date",
        day = date.day(),
        month = date.month(),
        year = date.year().to_string()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_read_as_people_write_them() {
        for (text, lang) in [
            ("fr", Lang::Fr),
            ("FR", Lang::Fr),
            ("fr-BE", Lang::Fr),
            ("nl_BE", Lang::Nl),
            ("nl_BE.UTF-8", Lang::Nl),
            ("de_DE@euro", Lang::De),
            ("C", Lang::En),
            ("C.UTF-8", Lang::En),
            ("POSIX", Lang::En),
            ("en_GB", Lang::En),
        ] {
            assert_eq!(Lang::parse(text), Some(lang), "{text}");
        }
        assert_eq!(Lang::parse("es_ES"), None);
        assert_eq!(Lang::parse(""), None);
    }

    #[test]
    fn the_environment_chooses_in_gettext_order() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        let fr = from_environment(env(&[("LANG", "fr_BE.UTF-8")]));
        assert_eq!(fr.lang, Lang::Fr);
        assert_eq!(
            fr.source,
            Source::Variable("LANG".into(), "fr_BE.UTF-8".into())
        );
        let plan = from_environment(env(&[("LANG", "fr_BE.UTF-8"), ("PLAN_LANG", "nl")]));
        assert_eq!(plan.lang, Lang::Nl);
        assert_eq!(from_environment(env(&[("LANG", "C")])).lang, Lang::En);
        assert_eq!(from_environment(env(&[])).source, Source::Default);
        // A language plan does not have is passed over.
        let over = from_environment(env(&[("LC_ALL", "es_ES.UTF-8"), ("LANG", "nl_BE")]));
        assert_eq!(over.lang, Lang::Nl);
        let list = from_environment(env(&[("LANGUAGE", "es:nl:fr")]));
        assert_eq!(list.lang, Lang::Nl);
    }

    #[test]
    fn numbers_are_written_as_each_language_writes_them() {
        assert_eq!(number(Lang::Fr, 1234.5, 1), "1\u{202f}234,5");
        assert_eq!(number(Lang::Nl, 1234.5, 1), "1.234,5");
        assert_eq!(number(Lang::En, 1234.5, 1), "1,234.5");
        assert_eq!(number(Lang::De, 1234.5, 1), "1.234,5");
        assert_eq!(number(Lang::En, 12.0, 1), "12");
        assert_eq!(number(Lang::En, -1234567.0, 0), "-1,234,567");
        assert_eq!(number(Lang::En, 0.25, 2), "0.25");
        assert_eq!(percent(Lang::Fr, 113.24), "113,2\u{a0}%");
        assert_eq!(percent(Lang::Nl, 113.24), "113,2%");
        assert_eq!(percent(Lang::En, 113.24), "113.2%");
    }

    #[test]
    fn message_arguments_are_written_the_same_way() {
        // Numbers passed to a message of findings are written as its language writes them.
        assert_eq!(
            say!(Lang::Fr, "diag-row-too-long", limit = 1_048_576),
            "une ligne de plus de 1\u{202f}048\u{202f}576 octets : la suite du fichier n’est pas lue"
        );
        assert_eq!(
            say!(Lang::Nl, "diag-row-too-long", limit = 1_048_576),
            "een rij van meer dan 1.048.576 bytes: de rest van het bestand wordt niet gelezen"
        );
        assert_eq!(
            say!(Lang::En, "diag-row-too-long", limit = 1_048_576),
            "a row longer than 1,048,576 bytes: the rest of the file is not read"
        );
        assert_eq!(
            say!(Lang::Fr, "diag-value-negative", value = (-1234.5_f64)),
            "valeur négative -1\u{202f}234,5"
        );
        assert_eq!(
            say!(Lang::De, "diag-value-negative", value = (-1234.5_f64)),
            "negativer Wert -1.234,5"
        );
    }

    #[test]
    fn languages_name_themselves() {
        let names: Vec<String> = Lang::ALL.iter().map(|lang| lang.name()).collect();
        assert_eq!(names, ["français", "Nederlands", "English", "Deutsch"]);
    }

    #[test]
    fn long_dates() {
        let date = chrono::NaiveDate::from_ymd_opt(2023, 6, 30).unwrap();
        assert_eq!(long_date(Lang::Fr, date), "30 juin 2023");
        assert_eq!(long_date(Lang::Nl, date), "30 juni 2023");
        assert_eq!(long_date(Lang::En, date), "30 June 2023");
        assert_eq!(long_date(Lang::De, date), "30. Juni 2023");
        let first = chrono::NaiveDate::from_ymd_opt(2023, 1, 1).unwrap();
        assert_eq!(long_date(Lang::Fr, first), "1er janvier 2023");
    }
}
