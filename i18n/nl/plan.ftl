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

label-met = behaald
label-partial = gedeeltelijk behaald
label-not-met = niet behaald
label-no-data = geen gegevens
label-met-count = behaald
label-report = Rapport
label-as-of = stand op
label-year = jaar
label-handled-by = behandeld door
label-service = Dienst
label-sector-col = Sector
label-id = Id
label-indicator-col = Indicator
label-target-col = Doel
label-actual-col = Gerealiseerd
label-attainment-col = Realisatie
label-status-col = Status
label-total = Totaal
label-summary-sector = Overzicht per sector
label-summary-service = Overzicht per dienst
label-pro-rated = naar rato
label-indicators-sheet = Indicatoren
label-summary-sheet = Overzicht
label-buckets-legend = (n/m): dagen, weken, maanden of kwartalen waarin het doel behaald is / met gegevens
label-shared-with = cel gedeeld met
label-summary = Overzicht
label-distribution = Verdeling
label-bar-legend = Balken: de realisatie in % van het doel, tot 150 %; de verticale streep is het doel (100 %).
label-yes = ja
label-no = nee
label-plan-id = plan_id
label-commune = gemeente
label-period = periode
label-sector-id = sector_id
label-sector = sector
label-general-objective-id = algemene_doelstelling_id
label-general-objective = algemene_doelstelling
label-strategic-objective-id = strategische_doelstelling_id
label-strategic-objective = strategische_doelstelling
label-service-col = dienst
label-operational-objective-id = operationele_doelstelling_id
label-operational-objective = operationele_doelstelling
label-indicator-id = indicator_id
label-indicator = indicator
label-target = doel
label-target-op = doel_operator
label-target-value = doel_waarde
label-target-unit = doel_eenheid
label-target-per = doel_periode
label-baseline = nulmeting
label-actual = gerealiseerd
label-attainment-pct = realisatie_pct
label-status = status
label-buckets-met = perioden_behaald
label-buckets = perioden
label-measurements = metingen
label-notes = opmerkingen

## Diagnostics: messages, labels, help (render/diagnostics/words.rs)

## Command line: help of commands and options, usage errors (cli, config, commands)

