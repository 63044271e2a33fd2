### The words of plan in German.
### One message per line: `id = text`; `{ $name }` is an argument, written as is.
### docs/translating.md says how to add a language.

## Languages, numbers and dates

# The name of this language, in this language.
language-name = Deutsch
# How numbers are written: 1,234.5 in English.
number-decimal-mark = ,
number-group-mark = .
# A percentage; $value is already written with the marks above.
percent = { $value }{ "\u00A0" }%
# A date in a heading: 30 June 2023.
long-date = { $day }. { $month ->
        [1] Januar
        [2] Februar
        [3] März
        [4] April
        [5] Mai
        [6] Juni
        [7] Juli
        [8] August
        [9] September
        [10] Oktober
        [11] November
       *[12] Dezember
    } { $year }
# Used by the tests of number formatting.
number-example = { $value }

## Report, tree, workbook and document labels (render)

# The words of a status (SPEC §4.3), in reports, workbooks and exports with --lang.
status-met = erreicht
status-partial = teilweise erreicht
status-not-met = nicht erreicht
status-no-data = keine Daten
# The heading of a report: $period is 2023 (or 2023-Q1), $plan the plan's id.
report-subtitle = Bericht { $period } · { $plan }
# After the heading, with --as-of: $date is a long date (30 June 2023).
report-as-of = Stand: { $date }
# How many indicators meet their target: 4/6 met.
report-met-share = { $met }/{ $total } erreicht
# A strategic objective that another body handles (the police zone).
report-handled-by = zuständig: { $by }
# The heading of a service's table.
report-service = Dienst { $service }
# The columns of an indicator table.
report-column-id = Id
report-column-indicator = Indikator
report-column-target = Ziel
report-column-actual = Ist-Wert
report-column-attainment = Zielerreichung
report-column-status = Status
# The target under an indicator's label, in a narrow terminal.
report-target-below = Ziel: { $target }
# A yearly target cut to the days reported: $target as written, then the target applied.
report-pro-rated = { $target } → { $op } { $value } (anteilig)
# A yes/no actual value.
report-yes = ja
report-no = nein
# An indicator listed once and shared by other objectives (merged cells).
report-shared-with = Zelle gemeinsam mit { $objectives }
report-buckets-legend = (n/m): Tage, Wochen, Monate oder Quartale, in denen das Ziel erreicht ist / mit Daten
# The summaries: their titles, first columns and last line.
report-summary-sector = Übersicht nach Bereich
report-summary-service = Übersicht nach Dienst
report-column-sector = Bereich
report-column-service = Dienst
report-total = Gesamt
# The HTML page: the summary at the top, its bars and their legend.
report-summary = Übersicht
report-distribution = Verteilung
report-bar-legend = Balken: die Zielerreichung in Prozent des Ziels, bis 150{ "\u00A0" }%; der senkrechte Strich markiert das Ziel (100{ "\u00A0" }%).
# The sheets of the Excel workbook.
workbook-indicators-sheet = Indikatoren
workbook-summary-sheet = Übersicht
# plan tree: after a strategic objective handled elsewhere, a service, an objective
# sharing the results or indicators of another.
tree-handled-by = [zuständig: { $by }]
tree-service = (Dienst)
tree-shares = [teilt { $what }]
tree-shares-results = Ergebnisse von { $objective }
tree-shares-indicators = Indikatoren von { $objective }
# The columns of plan export with --lang (and of the workbook). Without --lang they are
# the names of SPEC §5.1, which scripts rely on: keep them short, lower case, with _.
column-plan-id = plan_id
column-commune = gemeinde
column-year = jahr
column-period = zeitraum
column-sector-id = bereich_id
column-sector = bereich
column-general-objective-id = allgemeines_ziel_id
column-general-objective = allgemeines_ziel
column-strategic-objective-id = strategisches_ziel_id
column-strategic-objective = strategisches_ziel
column-service = dienst
column-operational-objective-id = operatives_ziel_id
column-operational-objective = operatives_ziel
column-indicator-id = indikator_id
column-indicator = indikator
column-target = ziel
column-target-op = ziel_operator
column-target-value = ziel_wert
column-target-unit = ziel_einheit
column-target-per = ziel_zeitraum
column-baseline = ausgangswert
column-actual = ist_wert
column-attainment-pct = zielerreichung_pct
column-status = status
column-buckets-met = zeitraeume_erreicht
column-buckets = zeitraeume
column-measurements = messungen
column-notes = bemerkungen

## Diagnostics: messages, labels, help (render/diagnostics/words.rs)

## Command line: help of commands and options, usage errors (cli, config, commands)

