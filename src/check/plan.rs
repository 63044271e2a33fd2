//! Checks of plan files: ids (form and uniqueness), targets, merged-cell sharing,
//! values, placeholders, and plans that clash across files.
//!
//! Part of `check`: imports only the leaves.

use std::collections::BTreeMap;

use crate::diagnostic::{Diagnostic, Finding, Findings, ShareProblem, Shared};
use crate::model::{Level, Located, Node, Plan, Project, Walker};
use crate::place::{FileId, Pos};
use crate::target::{Op, Target, is_plausible};

pub fn check_plans(plans: &[(FileId, Plan)], out: &mut Findings) {
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
struct Ids<'a>(Vec<(&'a Located<String>, Level)>);

impl<'a> Walker<Node<'a>> for Ids<'a> {
    fn enter(&mut self, node: Node<'a>) -> bool {
        if let Some(id) = node.id() {
            self.0.push((id, node.level()));
        }
        true
    }
}

fn check_plan(file: FileId, plan: &Plan, out: &mut Findings) {
    let mut ids = Ids(vec![(&plan.id, Level::Plan)]);
    plan.walk(&mut ids);
    let mut seen: BTreeMap<&str, (&Located<String>, Level)> = BTreeMap::new();
    for (id, level) in ids.0 {
        if !valid_id(&id.value) {
            out.push(Diagnostic::new(
                Finding::InvalidId {
                    level,
                    id: id.value.clone(),
                },
                file,
                id.pos,
            ));
        }
        if let Some((first, first_level)) = seen.get(id.value.as_str()) {
            out.push(
                Diagnostic::new(
                    Finding::DuplicateId {
                        id: id.value.clone(),
                        level,
                        first_level: *first_level,
                    },
                    file,
                    id.pos,
                )
                .related(file, first.pos),
            );
        } else {
            seen.insert(&id.value, (id, level));
        }
    }
    check_values(file, plan, out);
    for strategic in plan.strategic_objectives() {
        let objectives = strategic
            .projects
            .iter()
            .map(|p| p.operational_objectives.len())
            .sum::<usize>();
        if objectives == 0 && strategic.handled_by.is_none() {
            out.push(Diagnostic::new(
                Finding::EmptyStrategicObjective {
                    id: strategic.id.value.clone(),
                },
                file,
                strategic.id.pos,
            ));
        }
        if let Some(by) = &strategic.handled_by
            && !strategic.projects.is_empty()
        {
            out.push(Diagnostic::new(
                Finding::HandledWithProjects {
                    id: strategic.id.value.clone(),
                    by: by.clone(),
                },
                file,
                strategic.id.pos,
            ));
        }
        for project in &strategic.projects {
            check_objectives(file, project, out);
        }
    }
}

/// Whether `baseline` lies beyond `target` for the comparison `op` (above a `>=` target,
/// below a `<=` one): where a plan's baseline is refused (E106), since attainment
/// measures the way from the baseline to the target.
pub fn beyond_target(op: Op, target: f64, baseline: f64) -> bool {
    match op {
        Op::Ge | Op::Gt => baseline > target,
        Op::Le | Op::Lt => baseline < target,
        Op::Eq => false,
    }
}

fn check_values(file: FileId, plan: &Plan, out: &mut Findings) {
    let mut invalid = |finding: Finding, pos: Pos| out.push(Diagnostic::new(finding, file, pos));
    if !crate::model::YEARS.contains(&plan.year.value) {
        invalid(
            Finding::YearOutOfRange {
                year: plan.year.value,
            },
            plan.year.pos,
        );
    }
    if let Some(threshold) = &plan.partial_threshold
        && !(0.0..=100.0).contains(&threshold.value)
    {
        invalid(
            Finding::ThresholdOutOfRange {
                value: threshold.value,
            },
            threshold.pos,
        );
    }
    for indicator in plan.indicators() {
        let target = &indicator.target;
        match &target.value.parsed {
            Err(error) => invalid(
                Finding::InvalidTarget {
                    error: error.clone(),
                },
                target.pos,
            ),
            Ok(Target::Boolean { .. }) => {
                if let Some(baseline) = &indicator.baseline {
                    invalid(Finding::BooleanBaseline, baseline.pos);
                }
                if let Some(aggregate) = &indicator.aggregate {
                    invalid(Finding::BooleanAggregate, aggregate.pos);
                }
            }
            Ok(Target::Compare { op, value, .. }) => {
                let wrong_side = indicator
                    .baseline
                    .as_ref()
                    .filter(|b| beyond_target(*op, *value, b.value));
                if let Some(baseline) = wrong_side {
                    invalid(
                        Finding::BaselineBeyondTarget {
                            baseline: baseline.value,
                            target: target.value.text.clone(),
                        },
                        baseline.pos,
                    );
                }
            }
        }
        if let Some(baseline) = &indicator.baseline
            && !is_plausible(baseline.value)
        {
            invalid(
                Finding::BaselineOutOfRange {
                    baseline: baseline.value,
                },
                baseline.pos,
            );
        }
    }
}

/// Operational objectives: each has an indicator or shares one (W101); `shares` names
/// another operational objective of the same project, which holds the shared list itself.
fn check_objectives(file: FileId, project: &Project, out: &mut Findings) {
    let by_id = project.objectives_by_id();
    for objective in &project.operational_objectives {
        let shares = objective.shares.as_ref();
        let shared_indicators = shares.and_then(|s| s.indicators.as_ref());
        if objective.indicators.is_empty() && shared_indicators.is_none() {
            out.push(Diagnostic::new(
                Finding::NoIndicator {
                    id: objective.id.value.clone(),
                },
                file,
                objective.id.pos,
            ));
        }
        let Some(shares) = shares else { continue };
        for (what, reference) in [
            (Shared::Results, &shares.results),
            (Shared::Indicators, &shares.indicators),
        ] {
            let Some(reference) = reference else { continue };
            let own_list = if what == Shared::Results {
                !objective.results.is_empty()
            } else {
                !objective.indicators.is_empty()
            };
            let owner = by_id.get(reference.value.as_str());
            let problem = match owner {
                _ if reference.value == objective.id.value => Some(ShareProblem::Itself),
                None => Some(ShareProblem::NotInProject {
                    service: project.service.value.clone(),
                }),
                Some(_) if own_list => Some(ShareProblem::AlsoOwn {
                    objective: objective.id.value.clone(),
                }),
                Some(owner) => {
                    let owner_shares = owner.shares.as_ref();
                    let (owner_lacks_it, owner_shares_it) = if what == Shared::Results {
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
                        Some(ShareProblem::OwnerShares)
                    } else if owner_lacks_it {
                        Some(ShareProblem::NothingToShare)
                    } else {
                        None
                    }
                }
            };
            if let Some(problem) = problem {
                out.push(Diagnostic::new(
                    Finding::InvalidShare {
                        reference: reference.value.clone(),
                        list: what,
                        problem,
                    },
                    file,
                    reference.pos,
                ));
            }
        }
    }
}

/// Two files declaring the same plan id, or two plans for the same commune and year.
fn check_clashes(plans: &[(FileId, Plan)], out: &mut Findings) {
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
                    Finding::DuplicatePlanId {
                        id: plan.id.value.clone(),
                    },
                    *file,
                    plan.id.pos,
                )
                .related(*first_file, first.id.pos),
            );
        } else if let Some((first_file, first)) = earlier
            .iter()
            .find(|(_, first)| same_commune_year(first, plan))
        {
            out.push(
                Diagnostic::new(
                    Finding::SecondPlan {
                        commune: plan.commune.value.clone(),
                        year: plan.year.value,
                        first_plan: first.id.value.clone(),
                    },
                    *file,
                    plan.year.pos,
                )
                .related(*first_file, first.year.pos),
            );
        }
    }
}
