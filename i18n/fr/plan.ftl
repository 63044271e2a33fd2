### The words of plan in French.
### One message per line: `id = text`; `{ $name }` is an argument, written as is.
### docs/translating.md says how to add a language.

## Languages, numbers and dates

# The name of this language, in this language.
language-name = français
# How numbers are written: 1,234.5 in English.
number-decimal-mark = ,
number-group-mark = { "\u202F" }
# A percentage; $value is already written with the marks above.
percent = { $value }{ "\u00A0" }%
# A date in a heading: 30 June 2023.
long-date = { $day ->
        [1] 1er
       *[other] { $day }
    } { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    } { $year }
# Used by the tests of number formatting.
number-example = { $value }

## Report, tree, workbook and document labels (render)

# The words of a status (SPEC §4.3), in reports, workbooks and exports with --lang.
status-met = atteint
status-partial = partiellement atteint
status-not-met = non atteint
status-no-data = non renseigné
# The heading of a report: $period is 2023 (or 2023-Q1), $plan the plan's id.
report-subtitle = Rapport { $period } · { $plan }
# After the heading, with --as-of: $date is a long date (30 June 2023).
report-as-of = situation au { $date }
# How many indicators meet their target: 4/6 met.
report-met-share = { $met }/{ $total } atteints
# A strategic objective that another body handles (the police zone).
report-handled-by = traité par { $by }
# The heading of a service's table.
report-service = Service { $service }
# The columns of an indicator table.
report-column-id = Id
report-column-indicator = Indicateur
report-column-target = Cible
report-column-actual = Réalisé
report-column-attainment = Atteinte
report-column-status = Statut
# The target under an indicator's label, in a narrow terminal.
report-target-below = Cible : { $target }
# A yearly target cut to the days reported: $target as written, then the target applied.
report-pro-rated = { $target } → { $op } { $value } (au prorata)
# A yes/no actual value.
report-yes = oui
report-no = non
# An indicator listed once and shared by other objectives (merged cells).
report-shared-with = cellule partagée avec { $objectives }
report-buckets-legend = (n/m) : jours, semaines, mois ou trimestres où la cible est atteinte / avec des données
# The summaries: their titles, first columns and last line.
report-summary-sector = Synthèse par secteur
report-summary-service = Synthèse par service
report-column-sector = Secteur
report-column-service = Service
report-total = Total
# The HTML page: the summary at the top, its bars and their legend.
report-summary = Synthèse
report-distribution = Répartition
report-bar-legend = Barres : l’atteinte en pourcentage de la cible, jusqu’à 150{ "\u00A0" }% ; le trait vertical marque la cible (100{ "\u00A0" }%).
# The sheets of the Excel workbook.
workbook-indicators-sheet = Indicateurs
workbook-summary-sheet = Synthèse
# plan tree: after a strategic objective handled elsewhere, a service, an objective
# sharing the results or indicators of another.
tree-handled-by = [traité par { $by }]
tree-service = (service)
tree-shares = [partage { $what }]
tree-shares-results = résultats de { $objective }
tree-shares-indicators = indicateurs de { $objective }
# The columns of plan export with --lang (and of the workbook). Without --lang they are
# the names of SPEC §5.1, which scripts rely on: keep them short, lower case, with _.
column-plan-id = id_plan
column-commune = commune
column-year = année
column-period = periode
column-sector-id = id_secteur
column-sector = secteur
column-general-objective-id = id_objectif_general
column-general-objective = objectif_general
column-strategic-objective-id = id_objectif_strategique
column-strategic-objective = objectif_strategique
column-service = service
column-operational-objective-id = id_objectif_operationnel
column-operational-objective = objectif_operationnel
column-indicator-id = id_indicateur
column-indicator = indicateur
column-target = cible
column-target-op = cible_operateur
column-target-value = cible_valeur
column-target-unit = cible_unite
column-target-per = cible_periode
column-baseline = valeur_initiale
column-actual = realise
column-attainment-pct = atteinte_pct
column-status = statut
column-buckets-met = periodes_atteintes
column-buckets = periodes
column-measurements = mesures
column-notes = remarques

## Diagnostics: messages, labels, help (render/diagnostics/words.rs)

## Command line: help of commands and options, usage errors (cli, config, commands)

