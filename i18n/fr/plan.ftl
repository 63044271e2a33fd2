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

# L'aide de `plan` et de ses commandes (ids par règle, voir src/cli/words.rs).
cmd-plan-about = Vérifier, mesurer et suivre le plan de sécurité et de prévention d'une commune belge, tenu en YAML
cmd-plan-long-about =
    Vérifier, mesurer et suivre le plan de sécurité et de prévention d'une commune belge (Contrat de sécurité et de société / PSSP), tenu en YAML.

    Le plan tient dans un fichier YAML, les mesures dans des fichiers YAML ou CSV ; chaque commande qui les lit prend des fichiers ou des dossiers (par défaut : `plans`). `plan validate` les vérifie, `plan report` montre où en est chaque indicateur pour une année, `plan export` écrit une ligne par indicateur en CSV, en JSON ou dans un classeur Excel.

    Code de sortie : 0 sans problème (avertissements permis), 1 constats bloquants (erreurs, ou avertissements avec --strict), 2 erreur d'utilisation, de lecture ou d'écriture.
cmd-validate-about = Vérifier les fichiers du plan et des mesures ; code 1 en cas d'erreur (ou d'avertissement avec --strict)
cmd-tree-about = Afficher l'arborescence du plan avec les identifiants et les cibles
cmd-report-about = Afficher où en est chaque indicateur pour une année (tableaux, Markdown ou HTML)
cmd-export-about = Exporter une ligne par indicateur (CSV, JSON ou Excel) pour une année
cmd-schema-about = Afficher le schéma JSON des fichiers de plan ou de mesures (pour l'aide YAML des éditeurs)
cmd-completions-about = Afficher le script de complétion d'un shell (bash, zsh, fish, powershell, elvish)
cmd-man-about = Afficher la page de manuel (roff), pour `man`
arg-color = Quand utiliser les couleurs : auto (un terminal sans NO_COLOR), always (toujours) ou never (jamais)
arg-lang = Langue des messages, et des rapports, documents et classeurs (fr, nl, en, de ; aussi écrit FR, fr-BE, nl_BE). Les messages suivent par défaut PLAN_LANG, sinon la langue du système ; les rapports et les classeurs, la `language` du plan ; sans cette option, les exports CSV et JSON gardent leurs en-têtes et leurs codes de statut en anglais
arg-paths = Fichiers ou dossiers (parcourus pour *.yaml, *.yml, *.csv et les classeurs ; les éléments cachés sont ignorés)
arg-validate-format = Comment afficher les constats
value-validate-format-human = comme rustc : message, `--> fichier:ligne:colonne`, la ligne du fichier et un repère
value-validate-format-short = Une ligne par constat : `fichier:ligne:colonne: error[E102]: message`
value-validate-format-json = Un tableau JSON des constats
value-validate-format-github = Commandes de workflow GitHub Actions (`::error file=…,line=…,col=…::…`)
value-validate-format-sarif = JSON SARIF 2.1.0, pour l'analyse de code de GitHub : une exécution, une règle par code
arg-strict = Échouer (code 1) aussi en cas d'avertissement
arg-depth = S'arrêter à ce niveau : 1 secteurs, 2 objectifs généraux, 3 objectifs stratégiques, 4 projets, 5 objectifs opérationnels, 6 indicateurs
arg-year = L'année du rapport
arg-as-of = Ne compter que les mesures jusqu'à cette date (YYYY-MM-DD) ; les cibles annuelles additionnées sont calculées au prorata des jours écoulés
arg-sector = Ne garder que ce secteur (identifiant, p. ex. S2) ; peut être répété
arg-service = Ne garder que ce service (p. ex. GDP, SCAPI) ; peut être répété
arg-indicator = Ne garder que cet indicateur (identifiant, p. ex. GDP-1-a) ; peut être répété
arg-report-format = Format de sortie (par défaut : d'après l'extension de -o, sinon table)
value-report-format-table = Tableaux pour le terminal (texte brut dans un fichier)
value-report-format-markdown = Markdown, pour un wiki ou un e-mail
value-report-format-html = Une page HTML autonome avec des barres, imprimable en A4
arg-report-output = Écrire dans FICHIER plutôt que sur la sortie standard : .txt, .md ou .html (un fichier existant n'est remplacé qu'une fois le nouveau complet)
arg-export-format = Format de sortie (par défaut : d'après l'extension de -o, sinon csv)
arg-by = Une ligne par indicateur et par mois ou par trimestre
arg-excel = CSV pour Excel en Belgique : séparateur `;`, BOM UTF-8, virgule décimale, fins de ligne CRLF
arg-export-output = Écrire dans FICHIER plutôt que sur la sortie standard (un fichier existant n'est remplacé qu'une fois le nouveau complet)
arg-shell = Le shell dans lequel compléter `plan`
arg-kind = Quel format de fichier
# Les noms des valeurs dans les lignes d'utilisation : --year <ANNÉE>.
placeholder-color = COULEUR
placeholder-lang = LANGUE
placeholder-paths = CHEMINS
placeholder-format = FORMAT
placeholder-depth = NIVEAU
placeholder-year = ANNÉE
placeholder-date = DATE
placeholder-id = ID
placeholder-name = NOM
placeholder-file = FICHIER
placeholder-by = PÉRIODE
placeholder-shell = SHELL
placeholder-kind = TYPE
placeholder-command = COMMANDE
# Les parties de chaque aide.
help-usage = Utilisation :
help-commands = Commandes :
help-arguments = Arguments :
help-options = Options :
help-options-placeholder = [OPTIONS]
help-flag = Afficher l'aide
help-flag-more = Afficher l'aide (plus de détails avec --help)
help-flag-summary = Afficher l'aide (un résumé avec -h)
help-version-flag = Afficher la version
help-command-about = Afficher ce message ou l'aide des commandes données
help-command-arg = Afficher l'aide de ces commandes
help-default = [par défaut : { $value }]
help-possible-values = [valeurs possibles : { $values }]
help-possible-values-list = Valeurs possibles :
# La dernière ligne de chaque aide.
help-footer = Messages en { $language } ({ $source }) ; une autre langue avec --lang ou PLAN_LANG ({ $codes }).
# La deuxième ligne de `plan --version`.
version-messages = messages : { $language } ({ $source })
language-source-option = --lang
language-source-variable = { $name }={ $value }
language-source-default = par défaut
# Les titres des sections de `plan man`.
man-name = NOM
man-synopsis = SYNOPSIS
man-description = DESCRIPTION
man-options = OPTIONS
man-commands = COMMANDES
man-version = VERSION
# Les erreurs d'utilisation.
error-heading = erreur :
usage-value-missing = il manque une valeur après { $option }
usage-invalid-value = valeur { $value } non valable pour { $option }
usage-refused-value = valeur { $value } non valable pour { $option } : { $why }
usage-unknown-argument = argument inattendu : { $argument }
usage-unknown-command = commande inconnue : { $command }
usage-missing-arguments = ces arguments obligatoires manquent :
usage-missing-command = il faut une commande
usage-possible-commands = [commandes : { $commands }]
usage-used-twice = l'argument { $option } ne peut être donné qu'une fois
usage-conflict = l'argument { $option } ne peut pas être utilisé avec { $others }
usage-too-many-values = valeur inattendue { $value } pour { $option } : aucune autre n'est attendue
usage-number-of-values = { $option } prend { $expected } valeurs ; { $count ->
        [one] { $count } a été donnée
       *[other] { $count } ont été données
    }
usage-needs-equals = { $option } veut sa valeur après un signe égal : { $option }=…
usage-invalid-utf8 = un argument n'est pas du texte UTF-8 valable
usage-unreadable = la ligne de commande ne peut pas être lue
usage-tip = conseil :
usage-similar-commands = { $count ->
        [one] une commande proche existe : { $commands }
       *[other] des commandes proches existent : { $commands }
    }
usage-did-you-mean = un argument proche existe : { $suggestion }
usage-tip-as-value = pour passer { $argument } comme valeur, écrivez { $instead }
usage-tip-remove-dashes = la commande { $command } existe ; pour l'utiliser, retirez le « -- » qui la précède
usage-tip-exists = { $option } existe
usage-more = Pour en savoir plus : « { $command } ».
usage-lang-refused = plan parle { $codes }
usage-year-refused = une année s'écrit en chiffres, p. ex. 2023
usage-depth-refused = les niveaux vont de 1 (secteurs) à 6 (indicateurs)
# Les erreurs de plan lui-même.
error-year-out-of-range = --year { $year } est hors limites : plan connaît les années { $first } à { $last }
error-as-of-outside-year = --as-of { $date } n'est pas dans l'année du rapport ({ $year })
error-no-plan-file = aucun fichier de plan trouvé : indiquez le fichier ou le dossier du plan (par défaut : plans)
error-no-plan-for-year = aucun plan pour { $year } ; plans lus : { $plans }
error-path-not-found = { $path } : ce fichier ou dossier n'existe pas
error-cannot-read = { $path } : lecture impossible : { $reason }
error-cannot-read-folder = { $path } : ce dossier ne peut pas être lu : { $reason }
error-no-files = aucun fichier de plan ou de mesures (*.yaml, *.yml, *.csv, *.xlsx, *.xls, *.ods) dans { $paths }
error-not-a-file = { $path } : ni un fichier ni un dossier
error-stdout = impossible d'écrire sur la sortie standard : { $reason }
error-cannot-write = impossible d'écrire { $path } : { $reason }
error-unknown-extension = impossible de savoir le format de { $path } : utilisez un nom en { $names }, ou --format
error-format-mismatch = --format { $format } ne correspond pas au nom { $path }
error-dangling-link = { $path } est un lien symbolique qui ne mène à aucun fichier : plan n'écrit pas à travers lui
error-not-regular = { $path } est { $what }, pas un fichier ordinaire : plan n'y écrit pas (sans -o, le résultat va sur la sortie standard)
error-link-not-regular = { $path } est un lien symbolique vers { $what }, pas un fichier ordinaire : plan n'y écrit pas (sans -o, le résultat va sur la sortie standard)
error-input-clash = { $path } est l'un des fichiers lus : plan ne l'écrase pas
error-excel-not-csv = --excel est une variante du CSV : il ne s'applique pas à la sortie { $format }
error-xlsx-needs-file = un classeur Excel est un fichier binaire : écrivez-le dans un fichier avec -o FICHIER.xlsx
kind-device = un périphérique
kind-fifo = un tube nommé (FIFO)
kind-socket = un socket
kind-folder = un dossier
kind-special = un fichier spécial
list-or = { $first } ou { $last }
# Pourquoi le système a refusé de lire ou d'écrire un fichier.
io-not-found = ce fichier ou dossier n'existe pas
io-permission-denied = accès refusé
io-is-a-folder = c'est un dossier
io-not-a-folder = une partie du chemin n'est pas un dossier
io-already-exists = il existe déjà
io-disk-full = le disque est plein
io-quota = le quota du disque est épuisé
io-read-only = le disque est en lecture seule
io-too-large = le fichier est trop grand
io-busy = le fichier est utilisé par un autre programme
io-invalid-name = ce nom n'est pas permis ici
io-crosses-devices = il faudrait le déplacer vers un autre disque
io-unreadable = son contenu ne peut pas être lu
io-interrupted = le système s'est arrêté avant la fin ; réessayez
io-loop = un lien symbolique ramène dans le dossier
io-other-code = le système a refusé (erreur { $code })
io-other = le système a refusé
# Ce qui a été écrit avec -o FICHIER.
output-wrote-report = plan : rapport écrit dans { $path }
output-wrote-rows = plan : { $count ->
        [one] { $count } ligne écrite
       *[other] { $count } lignes écrites
    } dans { $path }
output-nothing-written = ; rien n'a été écrit

