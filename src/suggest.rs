//! "Did you mean …?": the closest of a set of known names to a misspelled one.
//!
//! A leaf: imports nothing of `plan`.

/// The candidate closest to `word` by edit distance, when it is close enough to be a
/// likely typo (at most a third of the word's length, and at least one edit allowed).
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let length = word.chars().count();
    // Ids and keys are short: a long word is no typo, and comparing it would be slow.
    if length > 64 {
        return None;
    }
    let limit = (length / 3).max(1);
    candidates
        .into_iter()
        .filter(|c| c.chars().count().abs_diff(length) <= limit)
        .map(|c| {
            (
                strsim::damerau_levenshtein(&word.to_lowercase(), &c.to_lowercase()),
                c,
            )
        })
        .filter(|(distance, _)| *distance <= limit)
        .min()
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn finds_typos_only() {
        let keys = ["label", "target", "baseline", "note"];
        assert_eq!(closest("targt", keys), Some("target"));
        assert_eq!(closest("Label", keys), Some("label"));
        assert_eq!(closest("colour", keys), None);
    }
}
