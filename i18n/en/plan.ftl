### The words of plan in English.
### One message per line: `id = text`; `{ $name }` is an argument, written as is.
### docs/translating.md says how to add a language.

## Languages, numbers and dates

# The name of this language, in this language.
language-name = English
# How numbers are written: 1,234.5 in English.
number-decimal-mark = .
number-group-mark = ,
# A percentage; $value is already written with the marks above.
percent = { $value }%
# A date in a heading: 30 June 2023.
long-date = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }
# Used by the tests of number formatting.
number-example = { $value }

## Report, tree, workbook and document labels (render)

# The words of a status (SPEC §4.3), in reports, workbooks and exports with --lang.
status-met = met
status-partial = partially met
status-not-met = not met
status-no-data = no data
# The heading of a report: $period is 2023 (or 2023-Q1), $plan the plan's id.
report-subtitle = Report { $period } · { $plan }
# After the heading, with --as-of: $date is a long date (30 June 2023).
report-as-of = as of { $date }
# How many indicators meet their target: 4/6 met.
report-met-share = { $met }/{ $total } met
# A strategic objective that another body handles (the police zone).
report-handled-by = handled by { $by }
# The heading of a service's table.
report-service = Service { $service }
# The columns of an indicator table.
report-column-id = Id
report-column-indicator = Indicator
report-column-target = Target
report-column-actual = Actual
report-column-attainment = Attainment
report-column-status = Status
# The target under an indicator's label, in a narrow terminal.
report-target-below = Target: { $target }
# A yearly target cut to the days reported: $target as written, then the target applied.
report-pro-rated = { $target } → { $op } { $value } (pro-rated)
# A yes/no actual value.
report-yes = yes
report-no = no
# An indicator listed once and shared by other objectives (merged cells).
report-shared-with = cell shared with { $objectives }
report-buckets-legend = (n/m): days, weeks, months or quarters meeting the target / with data
# The summaries: their titles, first columns and last line.
report-summary-sector = Summary by sector
report-summary-service = Summary by service
report-column-sector = Sector
report-column-service = Service
report-total = Total
# The HTML page: the summary at the top, its bars and their legend.
report-summary = Summary
report-distribution = Distribution
report-bar-legend = Bars: attainment as a percentage of the target, up to 150%; the vertical line marks the target (100%).
# The sheets of the Excel workbook.
workbook-indicators-sheet = Indicators
workbook-summary-sheet = Summary
# plan tree: after a strategic objective handled elsewhere, a service, an objective
# sharing the results or indicators of another.
tree-handled-by = [handled by { $by }]
tree-service = (service)
tree-shares = [shares { $what }]
tree-shares-results = results of { $objective }
tree-shares-indicators = indicators of { $objective }
# The columns of plan export with --lang (and of the workbook). Without --lang they are
# the names of SPEC §5.1, which scripts rely on: keep them short, lower case, with _.
column-plan-id = plan_id
column-commune = commune
column-year = year
column-period = period
column-sector-id = sector_id
column-sector = sector
column-general-objective-id = general_objective_id
column-general-objective = general_objective
column-strategic-objective-id = strategic_objective_id
column-strategic-objective = strategic_objective
column-service = service
column-operational-objective-id = operational_objective_id
column-operational-objective = operational_objective
column-indicator-id = indicator_id
column-indicator = indicator
column-target = target
column-target-op = target_op
column-target-value = target_value
column-target-unit = target_unit
column-target-per = target_per
column-baseline = baseline
column-actual = actual
column-attainment-pct = attainment_pct
column-status = status
column-buckets-met = buckets_met
column-buckets = buckets
column-measurements = measurements
column-notes = notes

## Diagnostics: messages, labels, help (render/diagnostics/words.rs)

## Command line: help of commands and options, usage errors (cli, config, commands)

