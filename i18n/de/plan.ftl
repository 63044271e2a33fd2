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

label-met = erreicht
label-partial = teilweise erreicht
label-not-met = nicht erreicht
label-no-data = keine Daten
label-met-count = erreicht
label-report = Bericht
label-as-of = Stand am
label-year = Jahr
label-handled-by = bearbeitet von
label-service = Dienst
label-sector-col = Sektor
label-id = Id
label-indicator-col = Indikator
label-target-col = Ziel
label-actual-col = Ist
label-attainment-col = Erreichung
label-status-col = Status
label-total = Gesamt
label-summary-sector = Übersicht nach Sektor
label-summary-service = Übersicht nach Dienst
label-pro-rated = anteilig
label-indicators-sheet = Indikatoren
label-summary-sheet = Übersicht
label-buckets-legend = (n/m): Tage, Wochen, Monate oder Quartale, in denen das Ziel erreicht ist / mit Daten
label-shared-with = Zelle geteilt mit
label-summary = Übersicht
label-distribution = Verteilung
label-bar-legend = Balken: die Erreichung in % des Ziels, bis 150 %; der senkrechte Strich ist das Ziel (100 %).
label-yes = ja
label-no = nein
label-plan-id = plan_id
label-commune = gemeinde
label-period = zeitraum
label-sector-id = sektor_id
label-sector = sektor
label-general-objective-id = allgemeines_ziel_id
label-general-objective = allgemeines_ziel
label-strategic-objective-id = strategisches_ziel_id
label-strategic-objective = strategisches_ziel
label-service-col = dienst
label-operational-objective-id = operatives_ziel_id
label-operational-objective = operatives_ziel
label-indicator-id = indikator_id
label-indicator = indikator
label-target = ziel
label-target-op = ziel_operator
label-target-value = ziel_wert
label-target-unit = ziel_einheit
label-target-per = ziel_zeitraum
label-baseline = ausgangswert
label-actual = ist
label-attainment-pct = erreichung_pct
label-status = status
label-buckets-met = zeitraeume_erreicht
label-buckets = zeitraeume
label-measurements = messungen
label-notes = bemerkungen

## Diagnostics: messages, labels, help (render/diagnostics/words.rs)

## Command line: help of commands and options, usage errors (cli, config, commands)

