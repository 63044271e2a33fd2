//! The tree of a plan (`plan tree`): the hierarchy with ids, titles shortened to the
//! terminal, and targets, drawn with box-drawing characters; its own words in the
//! language asked (`--lang`, else the plan's).
//!
//! Part of `render`: imports only the leaves.

use crate::i18n::say;
use crate::model::{Lang, Node, Plan, Walker};

/// One line of the tree: its depth, id, text and an optional suffix (the target).
struct Line {
    depth: usize,
    id: String,
    text: String,
    suffix: Option<String>,
}

/// The lines of the tree, down to `max_depth`, in one walk over the plan.
struct TreeLines {
    lang: Lang,
    max_depth: u8,
    depth: u8,
    lines: Vec<Line>,
}

impl<'a> Walker<Node<'a>> for TreeLines {
    fn enter(&mut self, node: Node<'a>) -> bool {
        self.depth += 1;
        if self.depth > self.max_depth {
            self.depth -= 1;
            return false;
        }
        let lang = self.lang;
        let (id, text, suffix) = match node {
            Node::Sector(sector) => (&sector.id.value, sector.title.as_str(), None),
            Node::General(general) => (&general.id.value, general.title.as_str(), None),
            Node::Strategic(strategic) => (
                &strategic.id.value,
                strategic.domain.as_str(),
                strategic
                    .handled_by
                    .as_ref()
                    .map(|by| say!(lang, "tree-handled-by", by = by.as_str())),
            ),
            Node::Project(project) => {
                (&project.service.value, "", Some(say!(lang, "tree-service")))
            }
            Node::Objective(objective) => {
                let shares = objective.shares.as_ref().map(|s| {
                    let mut parts = Vec::new();
                    if let Some(r) = &s.results {
                        let of = r.value.as_str();
                        parts.push(say!(lang, "tree-shares-results", objective = of));
                    }
                    if let Some(i) = &s.indicators {
                        let of = i.value.as_str();
                        parts.push(say!(lang, "tree-shares-indicators", objective = of));
                    }
                    say!(lang, "tree-shares", what = parts.join(", "))
                });
                (&objective.id.value, objective.title.as_str(), shares)
            }
            Node::Indicator(indicator) => (
                &indicator.id.value,
                indicator.label.as_str(),
                Some(indicator.target.value.text.clone()),
            ),
        };
        self.lines.push(Line {
            depth: usize::from(self.depth),
            id: id.clone(),
            text: text.to_string(),
            suffix,
        });
        true
    }

    fn leave(&mut self, _node: Node<'a>) {
        self.depth -= 1;
    }
}

fn lines(plan: &Plan, lang: Lang, max_depth: u8) -> Vec<Line> {
    let mut lines = TreeLines {
        lang,
        max_depth,
        depth: 0,
        lines: Vec::new(),
    };
    plan.walk(&mut lines);
    lines.lines
}

/// Cuts `text` to `width` characters, ending with `…` when shortened.
fn shorten(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let mut out: String = text.chars().take(width.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// The tree of `plan` down to `max_depth` (1 sectors … 6 indicators), each line cut to
/// `width` characters, its words in `lang`.
pub fn render(plan: &Plan, lang: Lang, max_depth: u8, width: usize) -> String {
    let lines = lines(plan, lang, max_depth);
    let title = format!(
        "{} {} — {}",
        plan.commune.value, plan.year.value, plan.title
    );
    let room = width
        .saturating_sub(plan.id.value.chars().count() + 2)
        .max(12);
    let mut out = format!("{}  {}\n", plan.id.value, shorten(&title, room));
    // For each depth, whether a later sibling follows (to draw `│`).
    let mut open: Vec<bool> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let last = !lines[i + 1..]
            .iter()
            .take_while(|l| l.depth >= line.depth)
            .any(|l| l.depth == line.depth);
        open.truncate(line.depth - 1);
        let mut prefix: String = open
            .iter()
            .map(|o| if *o { "│   " } else { "    " })
            .collect();
        prefix.push_str(if last { "└── " } else { "├── " });
        open.push(!last);
        let head = format!("{prefix}{}", line.id);
        let suffix = line
            .suffix
            .as_deref()
            .map(|s| format!("  {s}"))
            .unwrap_or_default();
        let used = head.chars().count() + suffix.chars().count() + 2;
        let text = if line.text.is_empty() {
            String::new()
        } else {
            format!(
                "  {}",
                shorten(&line.text, width.saturating_sub(used).max(12))
            )
        };
        // A long suffix (a translation may be longer) is cut at the width too, never the
        // id and the first words of the title.
        let room = width.max(head.chars().count() + 14);
        out.push_str(&shorten(&format!("{head}{text}{suffix}"), room));
        out.push('\n');
    }
    out
}
