//! The computed report: the plan's hierarchy with every indicator evaluated over one
//! window and the status counts of every level. Tables, Markdown, HTML, CSV, JSON and
//! Excel are thin renderers over it; those that print its hierarchy follow it in one
//! walk, [`PlanReport::walk`].
//!
//! Part of `compute`: imports its siblings [`super::attainment`], [`super::compare`] and
//! [`super::series`],
//! `check` (the checked comments) and the leaves.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::attainment::{self, Counts, Outcome};
use super::compare::{Comparison, Facts, Figures};
use super::series::Series;
use crate::calendar::DateRange;
use crate::check::CheckedComment;
use crate::model::{
    GeneralObjective, Indicator, Node, OperationalObjective, Plan, Project, Sector,
    StrategicObjective, Walker, visit,
};
use crate::target::Target;

/// Which parts of the plan a report keeps (`--sector`, `--service`, `--indicator`);
/// empty lists keep everything.
#[derive(Clone, Debug, Default)]
pub struct Filters {
    pub sectors: Vec<String>,
    pub services: Vec<String>,
    pub indicators: Vec<String>,
}

impl Filters {
    fn keeps_sector(&self, sector: &Sector) -> bool {
        self.sectors.is_empty()
            || self
                .sectors
                .iter()
                .any(|s| s.eq_ignore_ascii_case(&sector.id.value))
    }

    fn keeps_service(&self, project: &Project) -> bool {
        self.services.is_empty()
            || self
                .services
                .iter()
                .any(|s| s.trim().eq_ignore_ascii_case(project.service.value.trim()))
    }

    fn keeps_indicator(&self, indicator: &Indicator) -> bool {
        self.indicators.is_empty()
            || self
                .indicators
                .iter()
                .any(|i| i.trim().eq_ignore_ascii_case(&indicator.id.value))
    }

    /// Checks that every filter value names something in `plans`: a misspelt
    /// `--sector`, `--service` or `--indicator` is an error, not an empty report.
    pub fn check(&self, plans: &[&Plan]) -> Result<(), UnknownFilter> {
        let sectors: Vec<&str> = plans
            .iter()
            .flat_map(|p| &p.sectors)
            .map(|s| s.id.value.as_str())
            .collect();
        let services: Vec<&str> = plans
            .iter()
            .flat_map(|p| p.projects())
            .map(|p| p.service.value.as_str())
            .collect();
        let indicators: Vec<&str> = plans
            .iter()
            .flat_map(|p| p.indicators())
            .map(|i| i.id.value.as_str())
            .collect();
        for (option, wanted, known) in [
            (FilterOption::Sector, &self.sectors, &sectors),
            (FilterOption::Service, &self.services, &services),
            (FilterOption::Indicator, &self.indicators, &indicators),
        ] {
            for value in wanted {
                if known
                    .iter()
                    .any(|k| k.trim().eq_ignore_ascii_case(value.trim()))
                {
                    continue;
                }
                return Err(UnknownFilter {
                    option,
                    value: value.clone(),
                    suggestion: crate::suggest::closest(value, known.iter().copied())
                        .map(str::to_string),
                });
            }
        }
        Ok(())
    }

    /// Whether placeholders (no project, no indicator) can match the filters.
    fn keeps_placeholders(&self) -> bool {
        self.services.is_empty() && self.indicators.is_empty()
    }
}

/// Which option a filter value was given with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilterOption {
    Sector,
    Service,
    Indicator,
}

/// A filter value that names nothing in the plans (worded in
/// `render::diagnostics::words`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownFilter {
    pub option: FilterOption,
    pub value: String,
    /// The closest name of the plans, when one is close enough.
    pub suggestion: Option<String>,
}

/// The report of one plan over a window: its hierarchy with every indicator evaluated
/// and the status counts of every level.
pub struct PlanReport<'a> {
    pub plan: &'a Plan,
    /// `2023`, or `2023-01` / `2023-Q1` for one period of `--by`.
    pub period: String,
    /// The days it covers: the year, or a month or quarter of it, cut at `--as-of`.
    pub window: DateRange,
    /// `--as-of`, when given.
    pub as_of: Option<NaiveDate>,
    /// The filters the report was made with (`--sector`, `--service`, `--indicator`).
    pub filters: Filters,
    /// The day the report is made (SPEC §5: every report says it).
    pub made: NaiveDate,
    pub sectors: Vec<SectorReport<'a>>,
    pub counts: Counts,
    /// The comments whose period lies in the report's period (SPEC §2.4), in the order of
    /// their periods.
    pub comments: Vec<&'a CheckedComment>,
    /// With `--compare YEAR`: the same ids in that year's report of the commune.
    pub previous: Option<Comparison>,
}

impl<'a> PlanReport<'a> {
    /// The comments on `id` that the report shows.
    pub fn comments_on<'s>(&'s self, id: &'s str) -> impl Iterator<Item = &'a CheckedComment> + 's {
        self.comments.iter().copied().filter(move |c| c.about == id)
    }
}

/// The comments a report over `period` (cut at `window`'s end by `--as-of`) shows: those
/// whose period lies in the report's period and has begun by the window's end.
fn comments_in<'a>(
    comments: &'a [CheckedComment],
    period: &str,
    window: DateRange,
) -> Vec<&'a CheckedComment> {
    let whole = crate::calendar::parse_period(period).map_or(window, |(_, days)| days);
    let mut shown: Vec<&CheckedComment> = comments
        .iter()
        .filter(|c| whole.contains(c.days.start) && whole.contains(c.days.end))
        .filter(|c| c.days.start <= window.end)
        .collect();
    // The year's comment first, then those of its quarters and months, in time order.
    shown.sort_by_key(|c| (c.days.start, std::cmp::Reverse(c.days.end)));
    shown
}

pub struct SectorReport<'a> {
    pub sector: &'a Sector,
    pub general_objectives: Vec<GeneralReport<'a>>,
    pub counts: Counts,
}

pub struct GeneralReport<'a> {
    pub general: &'a GeneralObjective,
    pub strategic_objectives: Vec<StrategicReport<'a>>,
    pub counts: Counts,
}

pub struct StrategicReport<'a> {
    pub strategic: &'a StrategicObjective,
    pub projects: Vec<ProjectReport<'a>>,
    pub counts: Counts,
}

pub struct ProjectReport<'a> {
    pub project: &'a Project,
    pub objectives: Vec<ObjectiveReport<'a>>,
    /// Each indicator counted once, shared ones included.
    pub counts: Counts,
}

pub struct ObjectiveReport<'a> {
    pub objective: &'a OperationalObjective,
    /// Its own indicators, then those it shares (merged cells).
    pub indicators: Vec<IndicatorReport<'a>>,
    pub counts: Counts,
}

pub struct IndicatorReport<'a> {
    pub indicator: &'a Indicator,
    pub target: &'a Target,
    pub outcome: Outcome,
    /// Set when the indicator belongs to another objective whose cell this one shares.
    pub shared_from: Option<&'a str>,
}

/// Whether a report gives each indicator's notes: those exported are listed; a report
/// shown, and the months behind its charts, show none and leave them out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notes {
    Listed,
    Left,
}

/// Evaluates `plan` over `window`; `series` holds the plan's checked measurements by
/// indicator id, `comments` its checked comments; `made` is the day the report is made.
#[allow(clippy::too_many_arguments)]
pub fn build<'a>(
    plan: &'a Plan,
    series: &'a BTreeMap<String, Series>,
    comments: &'a [CheckedComment],
    period: String,
    window: DateRange,
    as_of: Option<NaiveDate>,
    filters: &Filters,
    made: NaiveDate,
    notes: Notes,
) -> PlanReport<'a> {
    let mut builder = Builder {
        series,
        notes,
        none: Series::default(),
        window,
        threshold: plan.partial_threshold(),
        filters,
        report: PlanReport {
            plan,
            comments: comments_in(comments, &period, window),
            period,
            window,
            as_of,
            filters: filters.clone(),
            made,
            sectors: Vec::new(),
            counts: Counts::default(),
            previous: None,
        },
        sector: None,
        general: None,
        strategic: None,
        project: None,
    };
    plan.walk(&mut builder);
    builder.report
}

/// Builds a report in one walk over the plan: each level is opened when entered and
/// added to its parent, with its counts, when left (unless the filters leave it empty).
struct Builder<'a, 'f> {
    series: &'a BTreeMap<String, Series>,
    notes: Notes,
    /// The series of an indicator without measurements.
    none: Series,
    window: DateRange,
    threshold: f64,
    filters: &'f Filters,
    report: PlanReport<'a>,
    sector: Option<SectorReport<'a>>,
    general: Option<GeneralReport<'a>>,
    strategic: Option<StrategicReport<'a>>,
    project: Option<(
        ProjectReport<'a>,
        BTreeMap<&'a str, &'a OperationalObjective>,
    )>,
}

impl<'a> Builder<'a, '_> {
    fn evaluate(
        &self,
        indicator: &'a Indicator,
        shared_from: Option<&'a str>,
    ) -> Option<IndicatorReport<'a>> {
        let target = indicator.target.value.parsed.as_ref().ok()?;
        let measured = self.series.get(&indicator.id.value).unwrap_or(&self.none);
        let mut outcome = attainment::evaluate(
            target,
            indicator.baseline.as_ref().map(|b| b.value),
            indicator.aggregate.as_ref().map(|a| a.value),
            measured,
            self.window,
            self.threshold,
        );
        if self.notes == Notes::Listed {
            (outcome.notes, outcome.more_notes) =
                measured.notes(self.window.start..=self.window.end);
        }
        Some(IndicatorReport {
            indicator,
            target,
            outcome,
            shared_from,
        })
    }

    /// An operational objective with its own indicators, then those it shares.
    fn objective(&mut self, objective: &'a OperationalObjective) {
        let Some((_, by_id)) = &self.project else {
            return;
        };
        let own = objective.indicators.iter().map(|i| (i, None));
        let owner = objective
            .shares_indicators_of()
            .and_then(|id| by_id.get(id).copied());
        let shared = owner
            .into_iter()
            .flat_map(|o| o.indicators.iter().map(|i| (i, Some(o.id.value.as_str()))));
        let indicators: Vec<IndicatorReport> = own
            .chain(shared)
            .filter(|(i, _)| self.filters.keeps_indicator(i))
            .filter_map(|(i, from)| self.evaluate(i, from))
            .collect();
        if indicators.is_empty() && !self.filters.indicators.is_empty() {
            return;
        }
        let Some((project, _)) = &mut self.project else {
            return;
        };
        let mut counts = Counts::default();
        for indicator in &indicators {
            counts.add(indicator.outcome.status);
            if indicator.shared_from.is_none() {
                project.counts.add(indicator.outcome.status);
            }
        }
        project.objectives.push(ObjectiveReport {
            objective,
            indicators,
            counts,
        });
    }
}

impl<'a> Walker<Node<'a>> for Builder<'a, '_> {
    fn enter(&mut self, node: Node<'a>) -> bool {
        match node {
            Node::Sector(sector) => {
                if !self.filters.keeps_sector(sector) {
                    return false;
                }
                self.sector = Some(SectorReport {
                    sector,
                    general_objectives: Vec::new(),
                    counts: Counts::default(),
                });
            }
            Node::General(general) => {
                self.general = Some(GeneralReport {
                    general,
                    strategic_objectives: Vec::new(),
                    counts: Counts::default(),
                });
            }
            Node::Strategic(strategic) => {
                self.strategic = Some(StrategicReport {
                    strategic,
                    projects: Vec::new(),
                    counts: Counts::default(),
                });
            }
            Node::Project(project) => {
                if !self.filters.keeps_service(project) {
                    return false;
                }
                let report = ProjectReport {
                    project,
                    objectives: Vec::new(),
                    counts: Counts::default(),
                };
                self.project = Some((report, project.objectives_by_id()));
            }
            Node::Objective(objective) => {
                self.objective(objective);
                return false;
            }
            Node::Indicator(_) => return false,
        }
        true
    }

    fn leave(&mut self, node: Node<'a>) {
        let keeps_placeholders = self.filters.keeps_placeholders();
        match node {
            Node::Project(_) => {
                let Some((project, _)) = self.project.take() else {
                    return;
                };
                if project.objectives.is_empty() && !self.filters.indicators.is_empty() {
                    return;
                }
                if let Some(strategic) = &mut self.strategic {
                    strategic.counts.merge(project.counts);
                    strategic.projects.push(project);
                }
            }
            Node::Strategic(objective) => {
                let Some(strategic) = self.strategic.take() else {
                    return;
                };
                if strategic.projects.is_empty()
                    && !(objective.projects.is_empty() && keeps_placeholders)
                {
                    return;
                }
                if let Some(general) = &mut self.general {
                    general.counts.merge(strategic.counts);
                    general.strategic_objectives.push(strategic);
                }
            }
            Node::General(_) => {
                let Some(general) = self.general.take() else {
                    return;
                };
                if general.strategic_objectives.is_empty() && !keeps_placeholders {
                    return;
                }
                if let Some(sector) = &mut self.sector {
                    sector.counts.merge(general.counts);
                    sector.general_objectives.push(general);
                }
            }
            Node::Sector(_) => {
                let Some(sector) = self.sector.take() else {
                    return;
                };
                if sector.general_objectives.is_empty() && !keeps_placeholders {
                    return;
                }
                self.report.counts.merge(sector.counts);
                self.report.sectors.push(sector);
            }
            Node::Objective(_) | Node::Indicator(_) => {}
        }
    }
}

/// One level of a report, as [`PlanReport::walk`] visits it; a project is the walk's
/// last level (its objectives and indicators are its own to lay out).
#[derive(Clone, Copy)]
pub enum ReportNode<'r, 'a> {
    Sector(&'r SectorReport<'a>),
    General(&'r GeneralReport<'a>),
    Strategic(&'r StrategicReport<'a>),
    Project(&'r ProjectReport<'a>),
}

impl<'a> PlanReport<'a> {
    /// Visits the report in plan order, depth first: each sector, its general
    /// objectives, their strategic objectives, their projects.
    pub fn walk<'r>(&'r self, visitor: &mut impl Walker<ReportNode<'r, 'a>>) {
        for sector in &self.sectors {
            visit(
                visitor,
                ReportNode::Sector(sector),
                &sector.general_objectives,
                |v, general| {
                    visit(
                        v,
                        ReportNode::General(general),
                        &general.strategic_objectives,
                        |v, strategic| {
                            visit(
                                v,
                                ReportNode::Strategic(strategic),
                                &strategic.projects,
                                // A project has no children in the walk.
                                |v, project| {
                                    visit(v, ReportNode::Project(project), &[(); 0], |_, ()| {});
                                },
                            );
                        },
                    );
                },
            );
        }
    }

    /// Status counts per service, in order of first appearance in the plan.
    pub fn by_service(&self) -> Vec<(&str, Counts)> {
        let mut services: Vec<(&str, Counts)> = Vec::new();
        for project in self.projects() {
            let name = project.project.service.value.as_str();
            match services.iter_mut().find(|(s, _)| *s == name) {
                Some((_, counts)) => counts.merge(project.counts),
                None => services.push((name, project.counts)),
            }
        }
        services
    }

    /// Every strategic objective with its sector and general objective, in plan order: a
    /// flat view for the exports.
    pub fn strategic_objectives(
        &self,
    ) -> impl Iterator<Item = (&SectorReport<'_>, &GeneralReport<'_>, &StrategicReport<'_>)> {
        self.sectors.iter().flat_map(|s| {
            s.general_objectives
                .iter()
                .flat_map(move |g| g.strategic_objectives.iter().map(move |o| (s, g, o)))
        })
    }

    /// Every indicator once (not again where an objective shares it), in plan order: the
    /// order of the export's rows.
    pub fn indicators(&self) -> impl Iterator<Item = &IndicatorReport<'_>> {
        self.projects()
            .flat_map(|p| &p.objectives)
            .flat_map(|o| &o.indicators)
            .filter(|r| r.shared_from.is_none())
    }

    /// Sets [`PlanReport::previous`]: `other`, another year's report of the commune,
    /// beside this one (`--compare`).
    pub fn compare_with(&mut self, other: &PlanReport) {
        self.previous = Some(Comparison::between(self.facts(), other.facts()));
    }

    /// What a comparison reads of the report.
    fn facts(&self) -> Facts {
        let indicators = self
            .indicators()
            .map(|r| {
                let unit = match r.target {
                    Target::Compare { unit, .. } => unit.clone(),
                    Target::Boolean { .. } => None,
                };
                (r.indicator.id.value.clone(), Figures::of(&r.outcome), unit)
            })
            .collect();
        Facts {
            year: self.plan.year.value,
            as_of: self.as_of,
            indicators,
            sectors: (self.sectors.iter())
                .map(|s| (s.sector.id.value.clone(), s.counts))
                .collect(),
            services: (self.by_service().into_iter())
                .map(|(name, counts)| (name.to_string(), counts))
                .collect(),
            counts: self.counts,
        }
    }

    /// Every project block, in plan order.
    pub fn projects(&self) -> impl Iterator<Item = &ProjectReport<'_>> {
        self.strategic_objectives()
            .flat_map(|(_, _, o)| &o.projects)
    }
}
