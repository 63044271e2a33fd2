### The words of plan in Dutch.
### One message per line: `id = text`; `{ $name }` is an argument, written as is.
### docs/translating.md says how to add a language.

## Languages, numbers and dates

# The name of this language, in this language.
language-name = Nederlands
# How numbers are written: 1,234.5 in English.
number-decimal-mark = ,
number-group-mark = .
# A percentage; $value is already written with the marks above.
percent = { $value }%
# A date in a heading: 30 June 2023.
long-date = { $day } { $month ->
        [1] januari
        [2] februari
        [3] maart
        [4] april
        [5] mei
        [6] juni
        [7] juli
        [8] augustus
        [9] september
        [10] oktober
        [11] november
       *[12] december
    } { $year }
# Used by the tests of number formatting.
number-example = { $value }

## Report, tree, workbook and document labels (render)

# The words of a status (SPEC §4.3), in reports, workbooks and exports with --lang.
status-met = behaald
status-partial = gedeeltelijk behaald
status-not-met = niet behaald
status-no-data = geen gegevens
# The heading of a report: $period is 2023 (or 2023-Q1), $plan the plan's id.
report-subtitle = Rapport { $period } · { $plan }
# After the heading, with --as-of: $date is a long date (30 June 2023).
report-as-of = stand op { $date }
# How many indicators meet their target: 4/6 met.
report-met-share = { $met }/{ $total } behaald
# A strategic objective that another body handles (the police zone).
report-handled-by = opgevolgd door { $by }
# The heading of a service's table.
report-service = Dienst { $service }
# The columns of an indicator table.
report-column-id = Id
report-column-indicator = Indicator
report-column-target = Doel
report-column-actual = Gerealiseerd
report-column-attainment = Realisatie
report-column-status = Status
# The target under an indicator's label, in a narrow terminal.
report-target-below = Doel: { $target }
# A yearly target cut to the days reported: $target as written, then the target applied.
report-pro-rated = { $target } → { $op } { $value } (naar rato)
# A yes/no actual value.
report-yes = ja
report-no = nee
# An indicator listed once and shared by other objectives (merged cells).
report-shared-with = cel gedeeld met { $objectives }
report-buckets-legend = (n/m): dagen, weken, maanden of kwartalen waarin het doel behaald is / met gegevens
# The summaries: their titles, first columns and last line.
report-summary-sector = Overzicht per sector
report-summary-service = Overzicht per dienst
report-column-sector = Sector
report-column-service = Dienst
report-total = Totaal
# The HTML page: the summary at the top, its bars and their legend.
report-summary = Overzicht
report-distribution = Verdeling
report-bar-legend = Balken: de realisatie als percentage van het doel, tot 150%; de verticale streep is het doel (100%).
# The sheets of the Excel workbook.
workbook-indicators-sheet = Indicatoren
workbook-summary-sheet = Overzicht
# plan tree: after a strategic objective handled elsewhere, a service, an objective
# sharing the results or indicators of another.
tree-handled-by = [opgevolgd door { $by }]
tree-service = (dienst)
tree-shares = [deelt { $what }]
tree-shares-results = resultaten van { $objective }
tree-shares-indicators = indicatoren van { $objective }
# The columns of plan export with --lang (and of the workbook). Without --lang they are
# the names of SPEC §5.1, which scripts rely on: keep them short, lower case, with _.
column-plan-id = plan_id
column-commune = gemeente
column-year = jaar
column-period = periode
column-sector-id = sector_id
column-sector = sector
column-general-objective-id = algemene_doelstelling_id
column-general-objective = algemene_doelstelling
column-strategic-objective-id = strategische_doelstelling_id
column-strategic-objective = strategische_doelstelling
column-service = dienst
column-operational-objective-id = operationele_doelstelling_id
column-operational-objective = operationele_doelstelling
column-indicator-id = indicator_id
column-indicator = indicator
column-target = doel
column-target-op = doel_operator
column-target-value = doel_waarde
column-target-unit = doel_eenheid
column-target-per = doel_periode
column-baseline = nulmeting
column-actual = gerealiseerd
column-attainment-pct = realisatie_pct
column-status = status
column-buckets-met = perioden_behaald
column-buckets = perioden
column-measurements = metingen
column-notes = opmerkingen

## Diagnostics: messages, labels, help (render/diagnostics/words.rs)

## Command line: help of commands and options, usage errors (cli, config, commands)

