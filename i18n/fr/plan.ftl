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

label-met = atteint
label-partial = partiellement atteint
label-not-met = non atteint
label-no-data = non renseigné
label-met-count = atteints
label-report = Rapport
label-as-of = situation au
label-year = année
label-handled-by = traité par
label-service = Service
label-sector-col = Secteur
label-id = Id
label-indicator-col = Indicateur
label-target-col = Cible
label-actual-col = Réalisé
label-attainment-col = Atteinte
label-status-col = Statut
label-total = Total
label-summary-sector = Synthèse par secteur
label-summary-service = Synthèse par service
label-pro-rated = au prorata
label-indicators-sheet = Indicateurs
label-summary-sheet = Synthèse
label-buckets-legend = (n/m) : jours, semaines, mois ou trimestres où la cible est atteinte / avec des données
label-shared-with = cellule partagée avec
label-summary = Synthèse
label-distribution = Répartition
label-bar-legend = Barres : l’atteinte en % de la cible, jusqu’à 150 % ; le trait vertical marque la cible (100 %).
label-yes = oui
label-no = non
label-plan-id = id_plan
label-commune = commune
label-period = periode
label-sector-id = id_secteur
label-sector = secteur
label-general-objective-id = id_objectif_general
label-general-objective = objectif_general
label-strategic-objective-id = id_objectif_strategique
label-strategic-objective = objectif_strategique
label-service-col = service
label-operational-objective-id = id_objectif_operationnel
label-operational-objective = objectif_operationnel
label-indicator-id = id_indicateur
label-indicator = indicateur
label-target = cible
label-target-op = cible_operateur
label-target-value = cible_valeur
label-target-unit = cible_unite
label-target-per = cible_periode
label-baseline = valeur_initiale
label-actual = realise
label-attainment-pct = atteinte_pct
label-status = statut
label-buckets-met = periodes_atteintes
label-buckets = periodes
label-measurements = mesures
label-notes = remarques

## Diagnostics: messages, labels, help (render/diagnostics/words.rs)

## Command line: help of commands and options, usage errors (cli, config, commands)

