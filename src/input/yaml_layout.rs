//! Where the keys and values of a plan file are written, in bytes of its text: for the
//! commands that edit a plan's own text rather than write it anew (`plan rollover`),
//! so that its comments, order, quoting and layout stay as they were.
//!
//! The file is read into the tree of the lenient pass (`yaml_tree.rs`), with the parser
//! that decodes plans. Only what an edit needs is kept: the plan's own mapping and each
//! indicator's mapping, by id.
//!
//! Part of `input`: imports the leaves and its sibling `yaml_tree.rs`.

use std::collections::BTreeMap;

use super::yaml_tree::{self, Kind, Node};

/// Where a value is written: its bytes in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Written {
    pub start: usize,
    pub end: usize,
    /// Whether it is a scalar (a text, a number), not a list or a mapping.
    pub scalar: bool,
}

/// A key of a mapping: where the key starts, and its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    pub key: usize,
    pub value: Written,
}

/// A mapping of a plan file: where it starts, whether it is written in flow style
/// (`{id: X, target: …}`), and its keys in the order written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MappingLayout {
    pub start: usize,
    pub flow: bool,
    pub entries: Vec<(String, Entry)>,
}

impl MappingLayout {
    /// The entry of `key`, when the mapping has it.
    pub fn get(&self, key: &str) -> Option<&Entry> {
        self.entries
            .iter()
            .find(|(name, _)| name == key)
            .map(|(_, entry)| entry)
    }
}

/// The plan's mapping, and each indicator's mapping by its id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanLayout {
    pub plan: MappingLayout,
    pub indicators: BTreeMap<String, MappingLayout>,
}

/// The layout of a plan file's `text`; `None` when it cannot be read to its end or its
/// document is not a mapping (a plan file that loaded has one).
pub fn plan_layout(text: &str) -> Option<PlanLayout> {
    let document = yaml_tree::document(text)?;
    let plan = mapping(text, &document)?;
    let mut indicators = BTreeMap::new();
    find_indicators(text, &document, &mut indicators);
    Some(PlanLayout { plan, indicators })
}

fn mapping(text: &str, node: &Node) -> Option<MappingLayout> {
    let Kind::Map(entries) = &node.kind else {
        return None;
    };
    let entries = entries
        .iter()
        .filter_map(|(key, value)| {
            let entry = Entry {
                key: key.start,
                value: Written {
                    start: value.start,
                    end: value.end,
                    scalar: matches!(value.kind, Kind::Scalar { .. }),
                },
            };
            Some((key.key()?.to_string(), entry))
        })
        .collect();
    Some(MappingLayout {
        start: node.start,
        flow: text.as_bytes().get(node.start) == Some(&b'{'),
        entries,
    })
}

/// Every mapping listed under a key `indicators`, anywhere below `node`, by its `id`.
fn find_indicators(text: &str, node: &Node, found: &mut BTreeMap<String, MappingLayout>) {
    match &node.kind {
        Kind::Map(entries) => {
            for (key, value) in entries {
                match (&value.kind, key.key()) {
                    (Kind::List(items), Some("indicators")) => {
                        for item in items {
                            let id = indicator_id(item);
                            if let (Some(id), Some(layout)) = (id, mapping(text, item)) {
                                found.insert(id, layout);
                            }
                        }
                    }
                    _ => find_indicators(text, value, found),
                }
            }
        }
        Kind::List(items) => {
            for item in items {
                find_indicators(text, item, found);
            }
        }
        Kind::Scalar { .. } | Kind::Alias(_) => {}
    }
}

/// The `id` of an indicator's mapping.
fn indicator_id(node: &Node) -> Option<String> {
    let Kind::Map(entries) = &node.kind else {
        return None;
    };
    entries.iter().find_map(|(key, value)| match &value.kind {
        Kind::Scalar { value, .. } if key.key() == Some("id") => Some(value.clone()),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLAN: &str = "# header\nid: p-2023   # the id\nyear: 2023\ntitle: \"Plan 2023\"\nsectors:\n  - id: S1\n    general_objectives:\n      - id: G\n        strategic_objectives:\n          - id: O\n            projects:\n              - service: X\n                operational_objectives:\n                  - id: X-1\n                    title: T\n                    indicators:\n                      - id: X-1-a\n                        label: L\n                        target: {op: \">=\", value: 3}\n                        baseline: 2\n                      - {id: X-1-b, label: M, target: Oui/Non}\n";

    fn text_of<'t>(text: &'t str, written: &Written) -> &'t str {
        &text[written.start..written.end]
    }

    #[test]
    fn finds_the_plan_keys_and_every_indicator_with_its_values_as_written() {
        let layout = plan_layout(PLAN).expect("a plan");
        let title = layout.plan.get("title").expect("a title");
        assert_eq!(text_of(PLAN, &title.value), "\"Plan 2023\"");
        assert!(PLAN[title.key..].starts_with("title:"));
        assert_eq!(
            text_of(PLAN, &layout.plan.get("id").unwrap().value),
            "p-2023"
        );
        assert!(!layout.plan.flow);
        let a = &layout.indicators["X-1-a"];
        assert!(!a.flow);
        let target = a.get("target").unwrap().value;
        assert!(!target.scalar);
        assert_eq!(text_of(PLAN, &target), "{op: \">=\", value: 3}");
        assert_eq!(text_of(PLAN, &a.get("baseline").unwrap().value), "2");
        let b = &layout.indicators["X-1-b"];
        assert!(b.flow);
        assert_eq!(text_of(PLAN, &b.get("target").unwrap().value), "Oui/Non");
        assert_eq!(layout.indicators.len(), 2);
    }

    #[test]
    fn a_block_value_ends_after_its_last_node() {
        let text = "a:\n  b: 1\n  c:\n    - x\n    - y\n# after\nd: 2\n";
        let document = yaml_tree::document(text).unwrap();
        let Kind::Map(entries) = &document.kind else {
            panic!("a mapping")
        };
        let (_, a) = &entries[0];
        assert_eq!(&text[a.start..a.end], "b: 1\n  c:\n    - x\n    - y");
    }

    #[test]
    fn a_text_that_is_not_yaml_has_no_layout() {
        assert_eq!(plan_layout("a: [1, 2"), None);
        assert_eq!(plan_layout("- a\n- b\n"), None);
    }
}
