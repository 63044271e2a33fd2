//! The computed report: the plan's hierarchy with every indicator evaluated over one
//! window and the status counts of every level. Tables, CSV, JSON and Excel are thin
//! renderers over it.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::attainment::{self, Counts, Outcome, Window};
use crate::model::{
    GeneralObjective, Indicator, OperationalObjective, Plan, Project, Sector, StrategicObjective,
};
use crate::series::Series;
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
    pub fn check(&self, plans: &[&Plan]) -> Result<(), String> {
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
            ("--sector", &self.sectors, &sectors),
            ("--service", &self.services, &services),
            ("--indicator", &self.indicators, &indicators),
        ] {
            for value in wanted {
                if known
                    .iter()
                    .any(|k| k.trim().eq_ignore_ascii_case(value.trim()))
                {
                    continue;
                }
                let hint = match crate::suggest::closest(value, known.iter().copied()) {
                    Some(best) => format!(": did you mean `{best}`?"),
                    None => String::new(),
                };
                return Err(format!(
                    "{option} {value} matches nothing in the plan{hint}"
                ));
            }
        }
        Ok(())
    }

    /// Whether placeholders (no project, no indicator) can match the filters.
    fn keeps_placeholders(&self) -> bool {
        self.services.is_empty() && self.indicators.is_empty()
    }
}

pub struct PlanReport<'a> {
    pub plan: &'a Plan,
    /// `2023`, or `2023-01` / `2023-Q1` for one period of `--by`.
    pub period: String,
    pub window: Window,
    /// `--as-of`, when given.
    pub as_of: Option<NaiveDate>,
    pub sectors: Vec<SectorReport<'a>>,
    pub counts: Counts,
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

/// Evaluates `plan` over `window`; `series` holds the plan's checked measurements by
/// indicator id.
pub fn build<'a>(
    plan: &'a Plan,
    series: &'a BTreeMap<String, Series>,
    period: String,
    window: Window,
    as_of: Option<NaiveDate>,
    filters: &Filters,
) -> PlanReport<'a> {
    let none = Series::default();
    let threshold = plan.partial_threshold();
    let evaluate = |indicator: &'a Indicator, shared_from: Option<&'a str>| {
        let target = indicator.target.value.parsed.as_ref().ok()?;
        let measured = series.get(&indicator.id.value).unwrap_or(&none);
        Some(IndicatorReport {
            indicator,
            target,
            outcome: attainment::evaluate(
                target,
                indicator.baseline.as_ref().map(|b| b.value),
                indicator.aggregate.as_ref().map(|a| a.value),
                measured,
                window,
                threshold,
            ),
            shared_from,
        })
    };
    let mut report = PlanReport {
        plan,
        period,
        window,
        as_of,
        sectors: Vec::new(),
        counts: Counts::default(),
    };
    for sector in plan.sectors.iter().filter(|s| filters.keeps_sector(s)) {
        let mut sector_report = SectorReport {
            sector,
            general_objectives: Vec::new(),
            counts: Counts::default(),
        };
        for general in &sector.general_objectives {
            let mut general_report = GeneralReport {
                general,
                strategic_objectives: Vec::new(),
                counts: Counts::default(),
            };
            for strategic in &general.strategic_objectives {
                let mut strategic_report = StrategicReport {
                    strategic,
                    projects: Vec::new(),
                    counts: Counts::default(),
                };
                for project in strategic
                    .projects
                    .iter()
                    .filter(|p| filters.keeps_service(p))
                {
                    let mut project_report = ProjectReport {
                        project,
                        objectives: Vec::new(),
                        counts: Counts::default(),
                    };
                    let by_id = project.objectives_by_id();
                    for objective in &project.operational_objectives {
                        let own = objective.indicators.iter().map(|i| (i, None));
                        let owner = objective
                            .shares_indicators_of()
                            .and_then(|id| by_id.get(id));
                        let shared = owner.into_iter().flat_map(|o| {
                            o.indicators.iter().map(|i| (i, Some(o.id.value.as_str())))
                        });
                        let indicators: Vec<IndicatorReport> = own
                            .chain(shared)
                            .filter(|(i, _)| filters.keeps_indicator(i))
                            .filter_map(|(i, from)| evaluate(i, from))
                            .collect();
                        if indicators.is_empty() && !filters.indicators.is_empty() {
                            continue;
                        }
                        let mut counts = Counts::default();
                        for indicator in &indicators {
                            counts.add(indicator.outcome.status);
                            if indicator.shared_from.is_none() {
                                project_report.counts.add(indicator.outcome.status);
                            }
                        }
                        project_report.objectives.push(ObjectiveReport {
                            objective,
                            indicators,
                            counts,
                        });
                    }
                    if project_report.objectives.is_empty() && !filters.indicators.is_empty() {
                        continue;
                    }
                    strategic_report.counts.merge(project_report.counts);
                    strategic_report.projects.push(project_report);
                }
                if strategic_report.projects.is_empty()
                    && !(strategic.projects.is_empty() && filters.keeps_placeholders())
                {
                    continue;
                }
                general_report.counts.merge(strategic_report.counts);
                general_report.strategic_objectives.push(strategic_report);
            }
            if general_report.strategic_objectives.is_empty() && !filters.keeps_placeholders() {
                continue;
            }
            sector_report.counts.merge(general_report.counts);
            sector_report.general_objectives.push(general_report);
        }
        if sector_report.general_objectives.is_empty() && !filters.keeps_placeholders() {
            continue;
        }
        report.counts.merge(sector_report.counts);
        report.sectors.push(sector_report);
    }
    report
}

impl PlanReport<'_> {
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

    pub fn strategic_objectives(
        &self,
    ) -> impl Iterator<Item = (&SectorReport<'_>, &GeneralReport<'_>, &StrategicReport<'_>)> {
        self.sectors.iter().flat_map(|s| {
            s.general_objectives
                .iter()
                .flat_map(move |g| g.strategic_objectives.iter().map(move |o| (s, g, o)))
        })
    }

    fn projects(&self) -> impl Iterator<Item = &ProjectReport<'_>> {
        self.strategic_objectives()
            .flat_map(|(_, _, o)| &o.projects)
    }
}
