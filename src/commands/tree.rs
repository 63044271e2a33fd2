//! `plan tree`: the hierarchy with ids, titles shortened to the terminal and targets,
//! so that a coordinator finds the id to put in a measurements file.

use crate::Output;
use crate::cli::TreeArgs;
use crate::config::Config;
use crate::model::Plan;

pub fn run(config: &Config, args: &TreeArgs) -> anyhow::Result<Output> {
    let (workspace, checked) = super::load_checked(&args.paths.paths)?;
    let (stderr, has_errors) = super::gate(config, &workspace, &checked, false);
    let depth = args.depth.unwrap_or(6);
    let mut stdout = String::new();
    for (_, plan) in &workspace.plans {
        stdout.push_str(&render(plan, depth, usize::from(config.width)));
    }
    Ok(Output {
        stdout: stdout.into_bytes(),
        stderr,
        exit: u8::from(has_errors),
    })
}

/// One line of the tree: its depth, id, text and an optional suffix (the target).
struct Line {
    depth: usize,
    id: String,
    text: String,
    suffix: Option<String>,
}

fn lines(plan: &Plan, max_depth: u8) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut push = |depth: u8, id: &str, text: &str, suffix: Option<String>| {
        if depth <= max_depth {
            lines.push(Line {
                depth: usize::from(depth),
                id: id.to_string(),
                text: text.to_string(),
                suffix,
            });
        }
    };
    for sector in &plan.sectors {
        push(1, &sector.id.value, &sector.title, None);
        for general in &sector.general_objectives {
            push(2, &general.id.value, &general.title, None);
            for strategic in &general.strategic_objectives {
                let handled = strategic
                    .handled_by
                    .as_ref()
                    .map(|h| format!("[handled by {h}]"));
                push(3, &strategic.id.value, &strategic.domain, handled);
                for project in &strategic.projects {
                    push(4, &project.service.value, "", Some("(service)".into()));
                    for objective in &project.operational_objectives {
                        let shares = objective.shares.as_ref().map(|s| {
                            let mut parts = Vec::new();
                            if let Some(r) = &s.results {
                                parts.push(format!("results of {}", r.value));
                            }
                            if let Some(i) = &s.indicators {
                                parts.push(format!("indicators of {}", i.value));
                            }
                            format!("[shares {}]", parts.join(", "))
                        });
                        push(5, &objective.id.value, &objective.title, shares);
                        for indicator in &objective.indicators {
                            push(
                                6,
                                &indicator.id.value,
                                &indicator.label,
                                Some(indicator.target.value.text.clone()),
                            );
                        }
                    }
                }
            }
        }
    }
    lines
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

fn render(plan: &Plan, max_depth: u8, width: usize) -> String {
    let lines = lines(plan, max_depth);
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
        out.push_str(&format!("{head}{text}{suffix}\n"));
    }
    out
}
