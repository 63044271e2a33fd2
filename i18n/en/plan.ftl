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

label-met = met
label-partial = partially met
label-not-met = not met
label-no-data = no data
label-met-count = met
label-report = Report
label-as-of = as of
label-year = year
label-handled-by = handled by
label-service = Service
label-sector-col = Sector
label-id = Id
label-indicator-col = Indicator
label-target-col = Target
label-actual-col = Actual
label-attainment-col = Attainment
label-status-col = Status
label-total = Total
label-summary-sector = Summary by sector
label-summary-service = Summary by service
label-pro-rated = pro-rated
label-indicators-sheet = Indicators
label-summary-sheet = Summary
label-buckets-legend = (n/m): days, weeks, months or quarters meeting the target / with data
label-shared-with = cell shared with
label-summary = Summary
label-distribution = Distribution
label-bar-legend = Bars: attainment as a percentage of the target, up to 150 %; the vertical line marks the target (100 %).
label-yes = yes
label-no = no
label-plan-id = plan_id
label-commune = commune
label-period = period
label-sector-id = sector_id
label-sector = sector
label-general-objective-id = general_objective_id
label-general-objective = general_objective
label-strategic-objective-id = strategic_objective_id
label-strategic-objective = strategic_objective
label-service-col = service
label-operational-objective-id = operational_objective_id
label-operational-objective = operational_objective
label-indicator-id = indicator_id
label-indicator = indicator
label-target = target
label-target-op = target_op
label-target-value = target_value
label-target-unit = target_unit
label-target-per = target_per
label-baseline = baseline
label-actual = actual
label-attainment-pct = attainment_pct
label-status = status
label-buckets-met = buckets_met
label-buckets = buckets
label-measurements = measurements
label-notes = notes

## Diagnostics: messages, labels, help (render/diagnostics/words.rs)

## Command line: help of commands and options, usage errors (cli, config, commands)

