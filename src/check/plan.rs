//! Checks of plan files: ids (form and uniqueness), targets, merged-cell sharing,
//! values, placeholders, and plans that clash across files.

use std::collections::BTreeMap;

use crate::diagnostic::{Code, Diagnostic, FileId};
use crate::model::{Located, Plan, Pos, Project};
use crate::target::{Op, Target, is_plausible};

pub fn check_plans(plans: &[(FileId, Plan)], out: &mut Vec<Diagnostic>) {
    for (file, plan) in plans {
        check_plan(*file, plan, out);
    }
    check_clashes(plans, out);
}

fn valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphanumeric())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
}

/// Every id of a plan with its level, in file order.
fn ids(plan: &Plan) -> Vec<(&Located<String>, &'static str)> {
    let mut ids = vec![(&plan.id, "plan")];
    for sector in &plan.sectors {
        ids.push((&sector.id, "sector"));
        for general in &sector.general_objectives {
            ids.push((&general.id, "general objective"));
            for strategic in &general.strategic_objectives {
                ids.push((&strategic.id, "strategic objective"));
                for project in &strategic.projects {
                    for objective in &project.operational_objectives {
                        ids.push((&objective.id, "operational objective"));
                        for indicator in &objective.indicators {
                            ids.push((&indicator.id, "indicator"));
                        }
                    }
                }
            }
        }
    }
    ids
}

fn check_plan(file: FileId, plan: &Plan, out: &mut Vec<Diagnostic>) {
    let mut seen: BTreeMap<&str, (&Located<String>, &str)> = BTreeMap::new();
    for (id, level) in ids(plan) {
        if !valid_id(&id.value) {
            out.push(
                Diagnostic::new(
                    Code::InvalidId,
                    file,
                    id.pos,
                    format!("invalid {level} id `{}`", id.value),
                )
                .label("ids are letters, digits, `.`, `_` and `-`, starting with a letter or digit")
                .help("ids follow [A-Za-z0-9][A-Za-z0-9._-]*, e.g. `GDP-1-a`"),
            );
        }
        if let Some((first, first_level)) = seen.get(id.value.as_str()) {
            out.push(
                Diagnostic::new(
                    Code::DuplicateId,
                    file,
                    id.pos,
                    format!("duplicate id `{}`", id.value),
                )
                .label(format!("{level} declared again here"))
                .related(
                    file,
                    first.pos,
                    format!("first declared as {first_level} here"),
                )
                .help("ids are unique across the whole plan, at every level: rename one of them"),
            );
        } else {
            seen.insert(&id.value, (id, level));
        }
    }
    check_values(file, plan, out);
    for general in plan.sectors.iter().flat_map(|s| &s.general_objectives) {
        for strategic in &general.strategic_objectives {
            let objectives = strategic
                .projects
                .iter()
                .map(|p| p.operational_objectives.len())
                .sum::<usize>();
            if objectives == 0 && strategic.handled_by.is_none() {
                out.push(
                    Diagnostic::new(
                        Code::EmptyStrategicObjective,
                        file,
                        strategic.id.pos,
                        format!("strategic objective `{}` has no operational objective", strategic.id.value),
                    )
                    .help("add its operational objectives, or mark a placeholder with `handled_by: Zone de Police`"),
                );
            }
            if let Some(by) = &strategic.handled_by
                && !strategic.projects.is_empty()
            {
                out.push(
                    Diagnostic::new(
                        Code::InvalidPlanValue,
                        file,
                        strategic.id.pos,
                        format!("strategic objective `{}` is handled by {by} but has projects", strategic.id.value),
                    )
                    .help("a placeholder handled elsewhere has no projects: remove `handled_by` or the projects"),
                );
            }
            for project in &strategic.projects {
                check_objectives(file, project, out);
            }
        }
    }
}

fn check_values(file: FileId, plan: &Plan, out: &mut Vec<Diagnostic>) {
    let mut invalid = |pos: Pos, message: String, help: &str| {
        out.push(Diagnostic::new(Code::InvalidPlanValue, file, pos, message).help(help));
    };
    if !crate::model::YEARS.contains(&plan.year.value) {
        invalid(
            plan.year.pos,
            format!("year {} is out of range", plan.year.value),
            "write the plan's year, e.g. `year: 2023`",
        );
    }
    if let Some(threshold) = &plan.partial_threshold
        && !(0.0..=100.0).contains(&threshold.value)
    {
        invalid(
            threshold.pos,
            format!(
                "partial_threshold {} is not a percentage between 0 and 100",
                threshold.value
            ),
            "the default is 50: an unmet indicator at 50 % or more of its target is `partial`",
        );
    }
    for indicator in plan.indicators() {
        let target = &indicator.target;
        match &target.value.parsed {
            Err(err) => out.push(
                Diagnostic::new(
                    Code::InvalidTarget,
                    file,
                    target.pos,
                    format!("invalid target: {err}"),
                )
                .label("cannot read this target")
                .help(err.help()),
            ),
            Ok(Target::Boolean { .. }) => {
                if let Some(baseline) = &indicator.baseline {
                    out.push(
                        Diagnostic::new(
                            Code::InvalidPlanValue,
                            file,
                            baseline.pos,
                            "a yes/no target has no baseline",
                        )
                        .help("remove `baseline`, or give the indicator a numeric target"),
                    );
                }
                if let Some(aggregate) = &indicator.aggregate {
                    out.push(
                        Diagnostic::new(
                            Code::InvalidPlanValue,
                            file,
                            aggregate.pos,
                            "a yes/no target takes no `aggregate`",
                        )
                        .help("a yes/no indicator's actual value is always its latest measurement"),
                    );
                }
            }
            Ok(Target::Compare { op, value, .. }) => {
                let wrong_side = indicator.baseline.as_ref().filter(|b| match op {
                    Op::Ge | Op::Gt => b.value > *value,
                    Op::Le | Op::Lt => b.value < *value,
                    Op::Eq => false,
                });
                if let Some(baseline) = wrong_side {
                    out.push(
                        Diagnostic::new(
                            Code::InvalidPlanValue,
                            file,
                            baseline.pos,
                            format!("baseline {} is already beyond the target `{}`", baseline.value, target.value.text),
                        )
                        .help("the baseline is the level before the plan: below a `>=` target, above a `<=` target"),
                    );
                }
            }
        }
        if let Some(baseline) = &indicator.baseline
            && !is_plausible(baseline.value)
        {
            out.push(
                Diagnostic::new(
                    Code::InvalidPlanValue,
                    file,
                    baseline.pos,
                    format!(
                        "baseline {} is not a number from 0 to 10^12",
                        baseline.value
                    ),
                )
                .help("the baseline is the level before the plan, e.g. `baseline: 2.5`"),
            );
        }
    }
}

/// Operational objectives: each has an indicator or shares one (W101); `shares` names
/// another operational objective of the same project, which holds the shared list itself.
fn check_objectives(file: FileId, project: &Project, out: &mut Vec<Diagnostic>) {
    let by_id = project.objectives_by_id();
    for objective in &project.operational_objectives {
        let shares = objective.shares.as_ref();
        let shared_indicators = shares.and_then(|s| s.indicators.as_ref());
        if objective.indicators.is_empty() && shared_indicators.is_none() {
            out.push(
                Diagnostic::new(
                    Code::NoIndicator,
                    file,
                    objective.id.pos,
                    format!(
                        "operational objective `{}` has no indicator",
                        objective.id.value
                    ),
                )
                .help(
                    "add an indicator, or declare a merged cell with `shares: {indicators: <id>}`",
                ),
            );
        }
        let Some(shares) = shares else { continue };
        for (what, reference) in [
            ("results", &shares.results),
            ("indicators", &shares.indicators),
        ] {
            let Some(reference) = reference else { continue };
            let own_list = if what == "results" {
                !objective.results.is_empty()
            } else {
                !objective.indicators.is_empty()
            };
            let owner = by_id.get(reference.value.as_str());
            let problem = match owner {
                _ if reference.value == objective.id.value => {
                    Some(format!("`{}` cannot share its own {what}", reference.value))
                }
                None => Some(format!(
                    "`{}` is not an operational objective of project `{}`",
                    reference.value, project.service.value
                )),
                Some(_) if own_list => Some(format!(
                    "`{}` shares the {what} of `{}` but also lists its own",
                    objective.id.value, reference.value
                )),
                Some(owner) => {
                    let owner_shares = owner.shares.as_ref();
                    let (owner_lacks_it, owner_shares_it) = if what == "results" {
                        (
                            owner.results.is_empty(),
                            owner_shares.is_some_and(|s| s.results.is_some()),
                        )
                    } else {
                        (
                            owner.indicators.is_empty(),
                            owner_shares.is_some_and(|s| s.indicators.is_some()),
                        )
                    };
                    if owner_shares_it {
                        Some(format!(
                            "`{}` itself shares its {what}: point at the objective that holds them",
                            reference.value
                        ))
                    } else if owner_lacks_it {
                        Some(format!("`{}` has no {what} to share", reference.value))
                    } else {
                        None
                    }
                }
            };
            if let Some(message) = problem {
                out.push(
                    Diagnostic::new(Code::InvalidShare, file, reference.pos, message)
                        .help("`shares: {results: <id>, indicators: <id>}` names the operational objective of the same project that holds the merged cell"),
                );
            }
        }
    }
}

/// Two files declaring the same plan id, or two plans for the same commune and year.
fn check_clashes(plans: &[(FileId, Plan)], out: &mut Vec<Diagnostic>) {
    let same_commune_year = |a: &Plan, b: &Plan| {
        a.commune
            .value
            .trim()
            .eq_ignore_ascii_case(b.commune.value.trim())
            && a.year.value == b.year.value
    };
    for (i, (file, plan)) in plans.iter().enumerate() {
        // Each plan is compared with the first earlier one it clashes with, once.
        let earlier = &plans[..i];
        if let Some((first_file, first)) = earlier
            .iter()
            .find(|(_, first)| first.id.value == plan.id.value)
        {
            out.push(
                Diagnostic::new(
                    Code::DuplicatePlan,
                    *file,
                    plan.id.pos,
                    format!(
                        "plan id `{}` is already declared by another file",
                        plan.id.value
                    ),
                )
                .related(*first_file, first.id.pos, "first declared here")
                .help("each plan is one file: merge them or give one another id"),
            );
        } else if let Some((first_file, first)) = earlier
            .iter()
            .find(|(_, first)| same_commune_year(first, plan))
        {
            out.push(
                Diagnostic::new(
                    Code::DuplicatePlan,
                    *file,
                    plan.year.pos,
                    format!("a second plan for {} {}", plan.commune.value, plan.year.value),
                )
                .related(*first_file, first.year.pos, format!("plan `{}` is for the same commune and year", first.id.value))
                .help("a commune has one plan a year: remove the copy, or correct its commune or year"),
            );
        }
    }
}
