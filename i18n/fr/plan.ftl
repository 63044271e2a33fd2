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

# Les nombres sont écrits comme la langue les écrit (1 234) ; les identifiants, les clés,
# les valeurs écrites par l’utilisateur et les codes des périodes sont passés tels quels.

# Les titres du format humain : `erreur[E102]: …`, `aide: …`, `note: …`.
diag-level-error = erreur
diag-level-warning = avertissement
diag-level-help = aide
diag-level-note = note

# Morceaux de messages.
diag-or = ou
diag-row = la ligne { $row }
diag-rows = les lignes { $first } à { $last }
diag-did-you-mean = vouliez-vous dire `{ $best }` ?
diag-see = voir
diag-opened-here = ouvert ici

# Les niveaux d’un plan, tels qu’un message les nomme.
diag-level-plan = plan
diag-level-sector = secteur
diag-level-general-objective = objectif général
diag-level-strategic-objective = objectif stratégique
diag-level-project = projet
diag-level-operational-objective = objectif opérationnel
diag-level-indicator = indicateur

# Où une clé a sa place : « `x` est une clé de { … } ».
diag-in-plan = du plan (en haut du fichier)
diag-in-sector = d’un secteur
diag-in-general-objective = d’un objectif général
diag-in-strategic-objective = d’un objectif stratégique
diag-in-project = d’un projet
diag-in-operational-objective = d’un objectif opérationnel
diag-in-indicator = d’un indicateur
diag-in-shares = de `shares`
diag-in-target = d’une cible écrite avec `op`, `value`, `unit`, `per`
diag-in-measurements-file = du haut d’un fichier de mesures
diag-in-measurement = d’une mesure

# Les listes qu’un objectif opérationnel partage.
diag-shared-results = résultats
diag-shared-indicators = indicateurs

# Sortes de valeurs.
diag-type-whole-number = un nombre entier
diag-type-number = un nombre
diag-type-true-or-false = true ou false
diag-type-yes-no = oui/non (true ou false)
diag-type-text = du texte
diag-type-list = une liste
diag-type-keys = des clés avec leurs valeurs (des lignes `clé: valeur`)
diag-type-nothing = rien
diag-type-number-or-yes-no = un nombre ou oui/non
diag-type-plan-or-measurements = un plan ou des mesures
diag-type-key = une clé

# Options de filtre de `plan report` et `plan export`, et dates.
diag-unknown-filter = { $option } { $value } ne correspond à rien dans le plan
diag-unknown-filter-suggested = { $option } { $value } ne correspond à rien dans le plan : vouliez-vous dire `{ $best }` ?
diag-not-a-date = `{ $text }` n’est pas une date écrite AAAA-MM-JJ (YYYY-MM-DD)
diag-no-such-day = `{ $text }` n’est pas une date du calendrier
diag-not-a-period = `{ $text }` n’est pas une période (2023, 2023-Q1, 2023-03 ou 2023-W05)
diag-no-such-period = `{ $text }` désigne une période qui n’existe pas
diag-csv-header = l’en-tête est `plan,indicator,date,period,value,note`

# Cibles.
diag-target-empty = la cible est vide
diag-target-no-operator = `{ $text }` n’est ni une comparaison (>=, >, <=, <, =, ≥, ≤, >/=) ni une cible oui/non
diag-target-no-number = il faut un nombre après `{ $op }` dans `{ $text }`
diag-target-unknown-period = période inconnue `{ $word }`
diag-target-bad-boolean = `{ $text }` n’est pas une paire oui/non
diag-target-unknown-operator = opérateur inconnu `{ $op }` dans le `op:` de la cible
diag-target-bad-number = le nombre de la cible doit être compris entre 0 et 10^12
diag-target-ambiguous = `{ $text }` peut valoir { $thousands } ou { $decimal } : `{ $mark }` sépare-t-il les milliers ou les décimales ?
diag-target-period-one-word = une période est un seul mot ({ $periods }) : exprimez la cible par l’une d’elles, ou comme un total annuel sans période
diag-target-periods = périodes : { $periods }
diag-target-yes-no-help = écrivez une cible oui/non sous la forme `Oui/Non` (oui attendu), `oui`, `non`, `ja`, `nee`, `yes`, `no`
diag-target-help = écrivez une cible comme `>= 12 par an`, `>/= 3 heures/jour`, `<= 5 %` ou `Oui/Non`

# Fautes de syntaxe YAML, et que faire.
diag-syntax-key-not-allowed = ce `:` commence une clé là où aucune clé ne peut se trouver
diag-syntax-item-not-allowed = un élément de liste (`- `) ne peut pas se trouver ici
diag-syntax-key-expected = une ligne `clé: valeur`, ou une `,` entre deux éléments, était attendue ici
diag-syntax-indentation = cette ligne n’est pas indentée comme les lignes dont elle fait partie
diag-syntax-unexpected-end = le fichier se termine avant que la liste ou les clés ci-dessus soient fermées
diag-syntax-bracket-not-closed = ce crochet n’est jamais fermé
diag-syntax-bracket-mismatch = ce crochet ne ferme aucun crochet ouvert avant lui
diag-syntax-escape = un `\` entre guillemets doubles commence un échappement que YAML ne connaît pas
diag-syntax-character = ce caractère ne peut pas commencer une valeur
diag-syntax-after-quote = du texte après un guillemet fermant
diag-syntax-other = ce passage ne peut pas être lu comme du YAML
diag-syntax-key-not-allowed-help = mettez entre guillemets un texte qui contient `: ` ('Nombre : 12'), ou vérifiez l’indentation de cette ligne
diag-syntax-indentation-help = vérifiez l’indentation : les clés d’un même élément commencent dans la même colonne, avec des espaces
diag-syntax-unexpected-end-help = vérifiez les dernières lignes : un crochet ou un guillemet est-il resté ouvert ?
diag-syntax-bracket-help = fermez chaque `[` par `]` et chaque `{"{"}` par `{"}"}`, ou mettez entre guillemets un texte qui contient un crochet
diag-syntax-escape-help = écrivez le texte entre guillemets simples ('…'), ou écrivez `\\` pour une barre oblique inverse
diag-syntax-character-help = mettez la valeur entre guillemets quand elle commence par `@`, `` ` ``, `%`, `|` ou `>`
diag-syntax-after-quote-help = mettez toute la valeur entre les guillemets, ou aucune partie
diag-syntax-other-help = vérifiez ici les guillemets, les crochets, les deux-points et l’indentation

# Nombres tels qu’écrits.
diag-number-exponent = `{ $text }` est écrit avec un exposant
diag-number-radix = `{ $text }` est écrit dans une autre base que dix
diag-number-underscore = `{ $text }` groupe ses chiffres avec `_`
diag-number-no-leading-digit = `{ $text }` n’a pas de chiffre avant sa marque décimale
diag-number-grouping = `{ $text }` a des séparateurs là où aucun nombre n’en a
diag-number-digits-help = écrivez les nombres en chiffres, avec une virgule ou un point décimal : 1000, 2,5, 1 000
diag-number-underscore-help = écrivez les milliers sans `_` : 1000 ou 1 000
diag-number-no-leading-digit-help = écrivez un chiffre avant la marque décimale : 0{ $text }
diag-number-grouping-help = groupez les milliers par trois (1 000, 1.000,5) ou pas du tout (1000), avec une seule marque décimale (2,5)
diag-ambiguity-help = écrivez { $thousands } ou { $decimal } pour préciser

# Lecture des fichiers : messages.
diag-tab = une tabulation sert à l’indentation
diag-second-document = un deuxième document YAML : un fichier contient un seul plan ou une seule liste de mesures
diag-unclosed-quote-runs-on = ce guillemet n’est pas fermé sur sa ligne : son texte continue sur les lignes suivantes
diag-unclosed-quote = ce guillemet n’est jamais fermé
diag-too-many-fields = la ligne a { $found } champs, l’en-tête { $expected }
diag-too-few-fields = la ligne a { $found ->
        [one] { $found } champ
       *[other] { $found } champs
    }, l’en-tête { $expected }
diag-csv-quote-swallows = un guillemet ouvert ici n’est pas fermé sur sa ligne : ce champ engloberait { $rows }
diag-csv-quote-never-closed = un guillemet ouvert ici n’est jamais fermé
diag-unreadable-row = cette ligne ne peut pas être lue comme du CSV
diag-invalid-utf8 = le fichier n’est pas en UTF-8 valide
diag-kind-expected = { $what } : un plan (un fichier avec une clé `sectors:`) ou des mesures (un fichier avec une clé `measurements:`) étaient attendus
diag-kind-other-mapping = ce fichier n’a ni clé `sectors:` ni clé `measurements:`
diag-kind-list = le fichier est une liste
diag-kind-scalar = le fichier est une valeur seule
diag-kind-empty = le fichier est vide
diag-kind-export = ce fichier CSV est un export de `plan export`, pas des mesures
diag-kind-workbook = un classeur sans feuille de mesures : aucune ligne d'en-tête ne nomme les colonnes `indicateur`, `valeur` et `date` ou `période`
diag-duplicate-key = clé `{ $key }` en double
diag-duplicate-key-unnamed = clé en double
diag-duplicate-column = colonne `{ $name }` en double
diag-unknown-key = clé inconnue `{ $key }`
diag-misplaced-key = la clé `{ $key }` n’a pas sa place ici
diag-unknown-column = colonne inconnue `{ $name }`
diag-missing-key = clé manquante `{ $key }`
diag-missing-column = colonne manquante { $names }
diag-empty-cell = cellule `{ $column }` vide
diag-wrong-type-found = type incorrect : { $found } trouvé, { $expected } attendu
diag-wrong-type = type incorrect : { $expected } attendu
diag-wrong-type-other = type incorrect : cette valeur n’est pas de la sorte attendue ici
diag-unknown-value = valeur inconnue `{ $value }`
diag-target-shape = type incorrect : une cible comme `>= 12 par an`, ou les clés `op`, `value`, `unit` et `per`, était attendue
diag-not-a-value = `{ $text }` n’est ni un nombre ni oui/non
diag-file-too-large = le fichier fait { $size } octets, plus que la limite de { $limit } octets : il n’est pas lu
diag-kind-undecided = aucune clé `sectors` ou `measurements` dans les { $limit } premiers octets : la lecture s’arrête
diag-nesting-too-deep = imbrication de plus de { $max } niveaux
diag-alias-bomb = les alias produisent bien trop de données (une bombe d’alias ?)
diag-too-many-nodes = plus de { $max } nœuds YAML dans un seul fichier
diag-limit-text = le fichier dépasse une limite de sécurité (trop de texte)
diag-limit-documents = le fichier dépasse une limite de sécurité (trop de documents YAML)
diag-limit-merge-keys = le fichier dépasse une limite de sécurité (trop de clés de fusion `<<`)
diag-limit-unbalanced = le fichier dépasse une limite de sécurité (une liste ou un bloc est fermé sans avoir été ouvert)
diag-limit-other = le fichier dépasse une limite de sécurité
diag-row-too-long = une ligne de plus de { $limit } octets : la suite du fichier n’est pas lue
diag-read-denied = le système refuse de poursuivre la lecture (pas d’autorisation) : la suite du fichier n’est pas lue
diag-read-gone = le fichier a disparu pendant sa lecture : la suite du fichier n’est pas lue
diag-read-cut-short = le fichier s’arrête plus tôt que ce qu’annonçait le système : la suite du fichier n’est pas lue
diag-read-other = le système n’a pas pu lire le fichier plus loin : la suite du fichier n’est pas lue
diag-empty-folder = ce dossier ne contient aucun fichier de plan ou de mesures : rien n’y a été lu
diag-no-measurements = { $read ->
        [0] aucune mesure n’a été lue : chaque indicateur du plan `{ $plan }` apparaîtra sans données
        [1] la seule mesure lue ne concerne pas le plan `{ $plan }` : chaque indicateur apparaîtra sans données
       *[other] aucune des { $read } mesures lues ne concerne le plan `{ $plan }` : chaque indicateur apparaîtra sans données
    }

# Plans : messages.
diag-invalid-id = identifiant de { $level } non valide `{ $id }`
diag-duplicate-id = identifiant `{ $id }` en double
diag-invalid-target = cible non valide : { $error }
diag-share-itself = `{ $reference }` ne peut pas partager ses propres { $what }
diag-share-not-in-project = `{ $reference }` n’est pas un objectif opérationnel du projet `{ $service }`
diag-share-also-own = `{ $objective }` partage les { $what } de `{ $reference }` mais liste aussi les siens
diag-share-owner-shares = `{ $reference }` partage lui-même ses { $what } : désignez l’objectif qui les contient
diag-share-nothing = `{ $reference }` n’a pas de { $what } à partager
diag-duplicate-plan-id = l’identifiant de plan `{ $id }` est déjà déclaré par un autre fichier
diag-second-plan = un deuxième plan pour { $commune } { $year }
diag-year-out-of-range = l’année { $year } est hors limites
diag-threshold-out-of-range = partial_threshold { $value } n’est pas un pourcentage entre 0 et 100
diag-boolean-baseline = une cible oui/non n’a pas de valeur de départ
diag-boolean-aggregate = une cible oui/non ne prend pas d’`aggregate`
diag-baseline-beyond-target = la valeur de départ { $baseline } dépasse déjà la cible `{ $target }`
diag-baseline-out-of-range = la valeur de départ { $baseline } n’est pas un nombre de 0 à 10^12
diag-handled-with-projects = l’objectif stratégique `{ $id }` est pris en charge par { $by } mais a des projets
diag-no-indicator = l’objectif opérationnel `{ $id }` n’a aucun indicateur
diag-empty-strategic-objective = l’objectif stratégique `{ $id }` n’a aucun objectif opérationnel

# Mesures : messages.
diag-unknown-plan = plan inconnu `{ $id }`
diag-unknown-indicator = indicateur inconnu `{ $id }` dans le plan `{ $plan }`
diag-value-kind-yes-no = `{ $indicator }` a une cible oui/non, mais cette valeur est un nombre
diag-value-kind-number = `{ $indicator }` a une cible chiffrée, mais cette valeur est oui/non
diag-value-not-finite = la valeur n’est pas un nombre fini
diag-value-negative = valeur négative { $value }
diag-value-too-large = la valeur { $value } dépasse 10^12
diag-date-and-period = une mesure a une `date` ou une `period`, pas les deux
diag-no-date-nor-period = une mesure doit avoir une `date` ou une `period`
# $kind et $per valent day, week, month, quarter ou year.
diag-coarse-granularity = un total { $kind ->
        [day] journalier
        [week] hebdomadaire
        [month] mensuel
        [quarter] trimestriel
       *[year] annuel
    } ne peut pas être jugé par rapport à une cible par { $per ->
        [day] jour
        [week] semaine
        [month] mois
        [quarter] trimestre
       *[year] an
    }
diag-outside-year = mesure en dehors de l’année { $year } du plan
diag-duplicate-measurement = `{ $indicator }` est mesuré deux fois pour la même date ou période
diag-ambiguous-number-comma = `{ $text }` a été lu comme { $value } (virgule décimale)
diag-ambiguous-number-point = `{ $text }` a été lu comme { $value } (point décimal)

# Étiquettes sous le signe ^, et des autres endroits.
diag-caret-invalid-byte = octet non valide ici
diag-caret-utf16 = une marque d’ordre des octets UTF-16
diag-caret-no-measurements = { $count ->
        [one] { $count } indicateur
       *[other] { $count } indicateurs
    } sans mesure
diag-caret-invalid-id = les identifiants sont faits de lettres, de chiffres, de `.`, `_` et `-`, et commencent par une lettre ou un chiffre
diag-caret-declared-again = { $level } déclaré une deuxième fois ici
diag-caret-invalid-target = cette cible est illisible
diag-related-first-declared-as = déclaré d’abord comme { $level } ici
diag-related-parser-stopped = la lecture s’est arrêtée ici : { $message }
diag-related-first-declared = déclaré d’abord ici
diag-related-same-commune-year = le plan `{ $plan }` concerne la même commune et la même année
diag-related-first-measured = mesuré d’abord ici

# Lignes d’aide.
diag-tab-help = indentez avec des espaces : YAML n’accepte pas de tabulation pour l’indentation
diag-second-document-help = supprimez la ligne `---` et ce qui suit, ou déplacez-le dans un fichier à part
diag-unclosed-bracket-help = fermez la liste ou les clés qu’il ouvre par `]` ou `{"}"}`, ou mettez entre guillemets un texte qui contient un crochet
diag-unclosed-quote-help = fermez le guillemet sur la ligne où il s’ouvre ; un guillemet dans le texte s’écrit deux fois entre '…' ('l''école') ou \" entre "…"
diag-too-many-fields-help = mettez entre guillemets une valeur qui contient le séparateur : "a, b"
diag-too-few-fields-help = chaque ligne a un champ pour chaque colonne de l’en-tête : un champ vide, c’est rien entre deux séparateurs (,,)
diag-csv-quote-header-help = fermez le guillemet, ou supprimez-le : la suite du fichier n’est pas lue
diag-csv-quote-row-help = fermez le guillemet, ou supprimez-le : cette ligne est ignorée, et les lignes qui suivent sont lues comme des lignes
diag-unreadable-row-help = vérifiez les guillemets et les séparateurs de cette ligne
diag-save-as-csv-utf8 = enregistrez-le en CSV UTF-8 (Excel : Fichier › Enregistrer sous › CSV UTF-8)
diag-invalid-utf8-help = enregistrez le fichier en UTF-8
diag-export-help = gardez les exports hors des dossiers donnés à `plan`, ou nommez les fichiers à lire
diag-kind-help = un fichier de plan a `id`, `commune`, `year`, `title` et `sectors` ; un fichier de mesures a `plan` et `measurements`
diag-duplicate-key-help = une clé ne peut apparaître qu’une fois dans un même bloc de clés : supprimez ou renommez l’une d’elles
diag-allowed-keys = clés permises ici : { $keys }
diag-misplaced-key-help = `{ $key }` est une clé { $belongs } : vérifiez son indentation ; clés permises ici : { $allowed }
diag-missing-key-help = ajoutez `{ $key }:` à côté des autres clés ici
diag-empty-cell-help = chaque ligne doit avoir un plan, un indicateur et une valeur
diag-expected-one-of = valeurs attendues : { $values }
diag-target-shape-help = écrivez une cible en texte (`>= 12 par an`, `Oui/Non`) ou avec les clés `op`, `value`, `unit` et `per`
diag-switch-word-help = `on`, `off`, `y` et `n` ne sont pas lus comme oui/non : écrivez oui/non, ja/nee, yes/no ou true/false
diag-not-a-value-help = les valeurs sont des nombres (3,5) ou oui/non/ja/nee/yes/no/true/false
diag-plan-too-large-help = un fichier de plan contient le plan d’une commune : est-ce le bon fichier ?
diag-measurements-too-large-help = répartissez les mesures sur plusieurs fichiers (un par année ou par service)
diag-kind-undecided-help = un fichier de plan fait au plus 16 Mio ; un fichier de mesures a `plan` et `measurements` près de son début
diag-limit-help = une limite contre les fichiers malveillants : les fichiers de plan et de mesures n’ont besoin ni d’alias ni d’imbrication profonde
diag-row-too-long-help = une ligne contient une mesure : un guillemet est-il resté ouvert ?
diag-read-stopped-help = vérifiez que le fichier est lisible et complet, puis relancez `plan`
diag-empty-folder-help = vérifiez le chemin : est-ce le bon dossier, ou ses fichiers sont-ils ailleurs ? les autres chemins ont été lus
diag-no-measurements-help = donnez aussi le dossier (ou les fichiers) des mesures, après celui du plan : par exemple `plans measurements`
diag-invalid-id-help = les identifiants suivent [A-Za-z0-9][A-Za-z0-9._-]*, par exemple `GDP-1-a`
diag-duplicate-id-help = les identifiants sont uniques dans tout le plan, à tous les niveaux : renommez l’un d’eux
diag-invalid-share-help = `shares: {"{"}results: <id>, indicators: <id>{"}"}` désigne l’objectif opérationnel du même projet qui contient la cellule fusionnée
diag-duplicate-plan-id-help = chaque plan tient dans un fichier : fusionnez-les ou donnez un autre identifiant à l’un d’eux
diag-second-plan-help = une commune a un plan par an : supprimez la copie, ou corrigez sa commune ou son année
diag-year-help = écrivez l’année du plan, par exemple `year: 2023`
diag-threshold-help = la valeur par défaut est 50 : un indicateur non atteint à 50 % ou plus de sa cible est `partial`
diag-boolean-baseline-help = supprimez `baseline`, ou donnez à l’indicateur une cible chiffrée
diag-boolean-aggregate-help = la valeur réalisée d’un indicateur oui/non est toujours sa dernière mesure
diag-baseline-beyond-target-help = la valeur de départ est le niveau d’avant le plan : sous une cible `>=`, au-dessus d’une cible `<=`
diag-baseline-out-of-range-help = la valeur de départ est le niveau d’avant le plan, par exemple `baseline: 2.5`
diag-handled-with-projects-help = un objectif pris en charge ailleurs n’a pas de projets : supprimez `handled_by` ou les projets
diag-no-indicator-help = ajoutez un indicateur, ou déclarez une cellule fusionnée avec `shares: {"{"}indicators: <id>{"}"}`
diag-empty-strategic-objective-help = ajoutez ses objectifs opérationnels, ou marquez un objectif pris en charge ailleurs avec `handled_by: Zone de Police`
diag-pass-plan-help = donnez aussi le fichier du plan, par exemple `plan validate plans/ measurements/`
diag-no-plan-loaded-help = aucun plan n’a été chargé : donnez aussi le fichier du plan, par exemple `plan validate plans/ measurements/`
diag-loaded-plans-help = plans chargés : { $plans }
diag-tree-lists-ids-help = `plan tree` liste les identifiants des indicateurs
diag-tree-lists-ids-of-plan-help = `plan tree` liste les identifiants des indicateurs du plan
diag-value-kind-yes-no-help = écrivez ici oui/non, ja/nee ou yes/no
diag-value-kind-number-help = écrivez ici un nombre
diag-invalid-value-help = les valeurs mesurées sont des nombres de 0 à 10^12
diag-day-first-help = vouliez-vous dire `{ $date }` ? les dates s’écrivent AAAA-MM-JJ : année, mois, jour
diag-date-help = écrivez les dates sous la forme AAAA-MM-JJ, par exemple 2023-02-03
diag-period-help = périodes : 2023, 2023-Q1, 2023-03 ou 2023-W05
diag-date-and-period-help = gardez `date: AAAA-MM-JJ` pour un jour, ou `period: 2023-Q1` pour une période
diag-no-date-nor-period-help = ajoutez `date: 2023-01-31` ou `period: 2023-01`
# $per vaut day, week, month, quarter ou year.
diag-coarse-granularity-help = enregistrez cet indicateur par { $per ->
        [day] jour
        [week] semaine
        [month] mois
        [quarter] trimestre
       *[year] an
    } (ou plus finement), par exemple avec `date:`
diag-outside-year-help = elle n’est pas comptée dans les rapports de ce plan ; vérifiez l’année
diag-duplicate-measurement-help = les deux enregistrements sont comptés : supprimez-en un si c’est une copie, ou distinguez-les par une `note` (le quartier, par exemple)

# Ce que chaque code détecte : les règles de `--format sarif`.
diag-rule-syntax = Un fichier qui n’est pas du YAML ou du CSV bien formé
diag-rule-invalid-utf8 = Un fichier qui n’est pas en UTF-8 valide
diag-rule-unknown-file-kind = Un fichier qui n’est ni un plan ni des mesures
diag-rule-duplicate-key = Une clé ou une colonne écrite deux fois
diag-rule-unknown-key = Une clé ou une colonne inconnue
diag-rule-missing-key = Une clé, une colonne ou une cellule obligatoire absente
diag-rule-wrong-type = Une valeur du mauvais type
diag-rule-limit-exceeded = Un fichier au-delà d’une limite contre les fichiers malveillants
diag-rule-invalid-id = Un identifiant qui n’est pas fait de lettres, de chiffres, de `.`, `_` et `-`
diag-rule-duplicate-id = Un identifiant déclaré deux fois dans un plan
diag-rule-invalid-target = Une cible illisible
diag-rule-invalid-share = Une cellule fusionnée (`shares`) qui désigne le mauvais objectif
diag-rule-duplicate-plan = Deux plans avec le même identifiant, ou pour la même commune et la même année
diag-rule-invalid-plan-value = Une valeur du plan hors limites : année, seuil, valeur de départ
diag-rule-unknown-plan = Une mesure pour un plan qui n’a pas été chargé
diag-rule-unknown-indicator = Une mesure pour un indicateur que le plan n’a pas
diag-rule-value-kind = Une valeur oui/non pour une cible chiffrée, ou un nombre pour une cible oui/non
diag-rule-invalid-value = Une valeur mesurée négative, trop grande ou non finie
diag-rule-invalid-date = Une date ou une période impossible
diag-rule-date-period = Une mesure avec à la fois `date` et `period`, ou avec aucun des deux
diag-rule-coarse-granularity = Une mesure moins fine que la cible de son indicateur
diag-rule-empty-folder = Un dossier nommé sur la ligne de commande qui ne contient rien à lire
diag-rule-no-measurements = Un plan présenté dans un rapport sans aucune de ses mesures
diag-rule-no-indicator = Un objectif opérationnel sans indicateur
diag-rule-empty-strategic-objective = Un objectif stratégique sans objectif opérationnel et sans `handled_by`
diag-rule-outside-year = Une mesure en dehors de l’année de son plan
diag-rule-duplicate-measurement = Un indicateur mesuré deux fois pour le même jour ou la même période
diag-rule-ambiguous-number = Une valeur mesurée comme `1,000` : mille ou un ?

# Le bilan d’une exécution.
diag-found-errors = { $errors ->
        [one] { $errors } erreur trouvée
       *[other] { $errors } erreurs trouvées
    }
diag-found-warnings = { $warnings ->
        [one] { $warnings } avertissement trouvé
       *[other] { $warnings } avertissements trouvés
    }
diag-found-both = { $errors ->
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    } et { $warnings ->
        [one] { $warnings } avertissement trouvés
       *[other] { $warnings } avertissements trouvés
    }
diag-found-not-listed = { $found }, dont { $count } non listés (au plus { $max } d’un même code le sont)
diag-read-in-part = { $count ->
        [one] { $count } fichier lu en partie seulement
       *[other] { $count } fichiers lus en partie seulement
    }
diag-no-problems = aucun problème trouvé
diag-checked = plan: { $files ->
        [one] { $files } fichier vérifié
       *[other] { $files } fichiers vérifiés
    } : { $plans ->
        [one] { $plans } plan
       *[other] { $plans } plans
    } avec { $indicators ->
        [one] { $indicators } indicateur
       *[other] { $indicators } indicateurs
    }, { $measurements ->
        [one] { $measurements } mesure
       *[other] { $measurements } mesures
    } : { $summary }
diag-not-shown-all = { $more } constats { $severity }[{ $code }] de plus non affichés ; `plan validate --format short` les liste tous
diag-not-shown-first = { $more } constats { $severity }[{ $code }] de plus non affichés ; `plan validate --format short` liste les { $listed } premiers
diag-not-listed = plan: { $count } constats de plus non listés (au plus { $max } d’un même code sont gardés)


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
arg-paths = Fichiers ou dossiers (parcourus pour *.yaml, *.yml, *.csv et les classeurs ; les éléments cachés sont ignorés) [par défaut : plans et measurements, ceux qui existent]
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
output-wrote-report = plan: rapport écrit dans { $path }
output-wrote-rows = plan: { $count ->
        [one] { $count } ligne écrite
       *[other] { $count } lignes écrites
    } dans { $path }
output-nothing-written = ; rien n'a été écrit

## CSV en Windows-1252 et classeur pour les lecteurs (issue 12)

diag-read-as-windows-1252 = fichier lu en Windows-1252, comme Excel enregistre « CSV (séparateur: point-virgule) » : il n’est pas en UTF-8
diag-caret-read-as-windows-1252 = le premier caractère qui n’est pas en UTF-8
diag-rule-windows-1252 = Un fichier CSV lu en Windows-1252
diag-not-text = le fichier n’est ni en UTF-8 ni un texte en Windows-1252 : il contient des octets qu’aucun fichier texte ne contient ; rien n’est lu à partir d’ici
diag-caret-not-text = pas du texte
diag-not-text-help = s’agit-il bien d’un fichier CSV ? enregistrez les mesures en CSV UTF-8 (Excel : Fichier › Enregistrer sous › CSV UTF-8)
# Les en-têtes de la feuille des lignes du classeur, pour les lecteurs (CSV et JSON gardent les noms du SPEC §5.1).
workbook-column-indicator-id = Id indicateur
workbook-column-indicator = Indicateur
workbook-column-target = Cible
workbook-column-actual = Réalisé
workbook-column-attainment = Atteinte
workbook-column-status = Statut
workbook-column-period = Période
workbook-column-target-op = Comparaison
workbook-column-target-value = Cible appliquée
workbook-column-target-unit = Unité
workbook-column-target-per = Cible par
workbook-column-baseline = Valeur initiale
workbook-column-buckets-met = Périodes atteintes
workbook-column-buckets = Périodes renseignées
workbook-column-measurements = Mesures
workbook-column-notes = Remarques
workbook-column-comment = Commentaire
workbook-column-action = Action
workbook-column-service = Service
workbook-column-operational-objective-id = Id objectif opérationnel
workbook-column-operational-objective = Objectif opérationnel
workbook-column-strategic-objective-id = Id objectif stratégique
workbook-column-strategic-objective = Objectif stratégique
workbook-column-general-objective-id = Id objectif général
workbook-column-general-objective = Objectif général
workbook-column-sector-id = Id secteur
workbook-column-sector = Secteur
workbook-column-plan-id = Plan
workbook-column-commune = Commune
workbook-column-year = Année
# La période par laquelle une cible est comptée : $per vaut day, week, month, quarter ou year.
workbook-per = { $per ->
        [day] jour
        [week] semaine
        [month] mois
        [quarter] trimestre
       *[year] an
    }

## Entry workbooks (issue 12)
diag-workbook-help = une feuille de mesures a une ligne d'en-tête qui nomme `indicateur`, `valeur` et `date` ou `période` (en français, en néerlandais ou en anglais) ; `plan template` écrit un classeur à remplir
diag-workbook-lock-file = le fichier de verrouillage d'un classeur ouvert dans Excel, pas un classeur
diag-workbook-protected = un classeur protégé par un mot de passe : il ne peut pas être lu
diag-workbook-corrupt = un classeur endommagé, ou qui n'est pas un classeur : il ne peut pas être lu
diag-workbook-lock-file-help = fermez le classeur dans Excel, ou nommez le classeur lui-même plutôt que son fichier `~$`
diag-workbook-protected-help = enregistrez une copie sans mot de passe (Excel : Fichier › Informations › Protéger le classeur › Chiffrer avec mot de passe, vidé)
diag-workbook-corrupt-help = ouvrez-le dans Excel ou LibreOffice et enregistrez-le à nouveau en .xlsx ou .ods
cmd-template-about = Écrire le classeur de saisie (.xlsx ou .ods) que les services remplissent pour une année
arg-template-output = Le classeur à écrire, FICHIER.xlsx ou FICHIER.ods (un fichier déjà présent n'est remplacé qu'une fois le nouveau complet)
error-template-format = { $path } : un classeur de saisie s'écrit en .xlsx ou .ods
error-template-no-plan = aucun plan de { $year } n'a été lu
error-template-service = pas de service { $name } dans le plan (services : { $known })
output-wrote-template = plan: classeur de saisie de { $sheets ->
        [one] { $sheets } service
       *[other] { $sheets } services
    } écrit dans { $path }
template-plan = Plan
template-year = Année
template-service = Service
template-instructions-sheet = Instructions
template-title = Classeur de saisie { $year } — { $commune }
template-column-indicator = Indicateur
template-column-label = Libellé
template-column-target = Objectif
template-column-date = Date
template-column-period = Période
template-column-value = Valeur
template-column-note = Note
template-yes = oui
template-no = non
template-how-sheets = Chaque service a sa propre feuille. Remplissez la colonne Valeur (et une Note si utile) des lignes de vos indicateurs ; l'indicateur, son libellé et son objectif sont verrouillés.
template-how-rows = Une ligne par période à laquelle l'objectif est compté : un mois par ligne pour les totaux annuels, un jour par ligne pour les objectifs journaliers, une ligne pour un jalon oui/non (indiquez sa date).
template-how-add = Pour ajouter une mesure (un autre lieu, un autre jour), remplissez une des lignes vides au bas de la feuille, en choisissant l'indicateur dans la liste.
template-how-formats = Dates : un jour de { $year } (02/03/{ $year }). Périodes : { $year }-03 (un mois), { $year }-Q1 (un trimestre), { $year }-W05 (une semaine) ou { $year }. Valeurs : un nombre supérieur ou égal à 0 (3,5 ou 3.5), ou { $yes }/{ $no } pour un indicateur oui/non.
template-how-empty = Les lignes laissées sans valeur ni note ne sont pas lues.
template-send-to = Renvoyez le classeur complété à :
template-how-check = Le coordinateur le relit avec `plan validate` : chaque erreur est signalée avec sa feuille et sa cellule.
template-indicators = Les indicateurs du plan
template-input-indicator = Un indicateur du plan : choisissez-le dans la liste.
template-input-date = Un jour de { $year }.
template-input-period = Une période de { $year } : { $year }-03, { $year }-Q1, { $year }-W05 ou { $year }.
template-input-number = Un nombre supérieur ou égal à 0.
template-input-yes-no = { $yes } ou { $no }.
template-input-any = Un nombre supérieur ou égal à 0, ou { $yes }/{ $no } pour un indicateur oui/non.
template-input-note = Facultatif : un lieu, un événement, une remarque.
template-invalid = Cette valeur ne convient pas : voyez le message de la cellule.
diag-rule-unreadable-workbook = Un classeur parmi les mesures qui ne peut pas être lu : fichier de verrouillage d'Excel, protégé par un mot de passe, ou endommagé

## Comments and documents (issue 13)
diag-in-comment = d’un commentaire
diag-unknown-about = commentaire sur `{ $id }`, qui n’est pas un identifiant du plan `{ $plan }`
diag-comment-outside-year = commentaire pour { $period }, en dehors de l’année { $year } du plan
diag-empty-comment = commentaire sans texte
diag-duplicate-comment = un deuxième commentaire sur `{ $about }` pour { $period }
diag-related-first-comment = premier commentaire ici
diag-unknown-about-help = un commentaire porte sur un identifiant du plan (secteur, objectif, objectif opérationnel ou indicateur) ; `plan tree` les liste
diag-comment-outside-year-help = indiquez une période de l’année du plan : l’année, un trimestre (2023-Q2) ou un mois (2023-06)
diag-empty-comment-help = écrivez dans `text` pourquoi les chiffres sont ce qu’ils sont, ou supprimez le commentaire
diag-duplicate-comment-help = un seul commentaire par identifiant et période : réunissez les deux textes en un seul
diag-rule-unknown-about = Un commentaire sur un identifiant que son plan n’a pas
diag-rule-comment-outside-year = Un commentaire pour une période en dehors de l’année de son plan
diag-rule-empty-comment = Un commentaire sans texte
diag-rule-duplicate-comment = Deux commentaires sur le même identifiant et la même période
column-comment = commentaire
column-action = action
# A comment under its indicator or objective: its period, then its text.
report-comment = ({ $period }) : { $text }
report-comment-action = Action : { $action }
report-comments = Commentaires
# The plan de projet and the evaluation as Word documents (render/docx.rs): the title
# block, headings and tables of the source document.
doc-contract = CONTRAT DE SECURITE ET DE SOCIETE
doc-plan-of-year = PLAN DE PROJET { $year }
doc-commune = DE LA VILLE/COMMUNE DE { $commune }
doc-allocation = ALLOCATION « { $allocation } »
doc-contract-article = CONTRAT DE SECURITE ET DE SOCIETE (art.2)
doc-sector = Secteur d’activité { $number } :
doc-general-objective = Objectif général { $number } – Secteur d’activité { $sector } :
doc-strategic-objective = Objectif stratégique { $number } – Domaine :
doc-column-operational-objectives = Objectifs opérationnels
doc-column-results = Résultats attendus
doc-column-indicators = Indicateurs
doc-numbered = { $number }. { $text }
doc-item = - { $text }
doc-indicator = - { $label } : { $target }
doc-running-header = { $commune } — Plan de projet { $year }
doc-column-operational-objective = Objectif opérationnel
doc-column-comment = Commentaire
doc-made-from = Établi le { $date } à partir de : { $files }
cmd-document-about = Écrire le plan de projet en document Word (.docx), dans la mise en page du document source
arg-document-output = Écrire dans FICHIER.docx (un fichier existant n’est remplacé qu’une fois le nouveau complet)
value-report-format-docx = Un document Word (.docx) en A4 paysage : synthèses, puis un tableau par service avec les commentaires
error-docx-needs-file = un document Word est binaire : écrivez-le dans un fichier avec -o FICHIER.docx
error-docx-extension = `{ $path }` ne se termine pas par .docx : un document Word s’écrit dans -o FICHIER.docx
error-document-which-year = les fichiers contiennent des plans de plusieurs années ({ $years }) : choisissez-en une avec --year
output-wrote-document = plan: document écrit dans { $path }

## Comments in entry workbooks
template-column-comment = Commentaire
template-input-comment = Facultatif : ce qui explique les chiffres, pour l’évaluation. Lu comme un commentaire sur cet indicateur pour la période de la ligne (le mois du jour sur une ligne par jour ; l’année sur une ligne oui/non).

## Watch list and readability (issue 15)
watch-note-year = note : année { $year }, la seule des plans lus (--year pour en choisir une)
watch-made = Établi le { $date }
watch-no-filter = tout le plan, sans filtre
watch-filters = filtres : { $filters }
watch-title = À surveiller ({ $count })
watch-none = Aucun indicateur à surveiller : tous sont atteints ou sans données.
watch-no-data = Sans données : { $ids }
watch-column-gap = Écart
watch-per-day = par jour
watch-per-week = par semaine
watch-per-month = par mois
watch-per-quarter = par trimestre
watch-gap-short = { $amount } de moins
watch-gap-over = { $amount } de trop
watch-gap-off = écart de { $amount }
watch-gap-answer = { $actual } au lieu de { $expected }

## Next year's plan: plan rollover (issue 15)
cmd-rollover-about = Écrire le plan de l'an prochain à partir de celui de cette année, le réalisé de cette année servant de base de référence aux indicateurs non atteints
cmd-rollover-long-about =
    Écrire le fichier du plan de l'an prochain à partir de celui de cette année : les mêmes secteurs, objectifs et indicateurs avec les mêmes identifiants, l'identifiant, l'année et le titre du plan passés à la nouvelle année, et les cibles gardées pour que vous les revoyiez.

    Chaque indicateur qui n'a pas été atteint cette année (partiellement atteint ou non atteint dans `plan report --year ANNÉE` sur les mêmes chemins) reçoit le réalisé de cette année comme base de référence, avec un commentaire qui le dit ; une base qu'il avait est remplacée et citée dans ce commentaire. Un indicateur dont le réalisé dépasse déjà la cible, un oui/non qui n'est pas celui attendu et un indicateur sans mesure ne reçoivent qu'un commentaire. Le nouveau fichier garde les commentaires et la mise en page de celui de cette année et se valide tel quel.

    Il est écrit à côté du fichier du plan de cette année, sous son nom où l'année est changée (plans/molenbeek-2024.yaml), ou dans -o FICHIER (-o - pour la sortie standard). Un fichier déjà présent n'est jamais remplacé : rollover s'arrête avec le code de sortie 1 sans rien écrire.
arg-rollover-year = L'année du plan de départ, dont le rapport donne les bases de référence
arg-rollover-to = L'année du nouveau plan (après --year)
arg-rollover-output = Écrire le nouveau plan dans FICHIER (- pour la sortie standard), jamais sur un fichier existant. Par défaut : à côté du fichier du plan, sous son nom où l'année est changée
rollover-note-made = Plan { $to } préparé par `plan rollover` à partir de { $file } : les bases de référence sont le réalisé { $from } des indicateurs non atteints ; cibles à revoir.
rollover-note-revise = mentionne { $from } : à revoir pour { $to }
rollover-note-achieved = réalisé { $year } ({ $status }) : { $actual }
rollover-note-previous = { $achieved } ; base précédente : { $previous }
rollover-note-beyond = { $achieved }, au-delà de la cible : pas repris comme base de référence
rollover-note-out-of-range = { $achieved }, trop grand pour servir de base de référence
rollover-note-yes-no = { $achieved } (un indicateur oui/non n'a pas de base de référence)
rollover-note-no-data = aucune mesure en { $year }
rollover-error-not-after = --to { $to } doit venir après --year { $year }
rollover-error-several-plans = les fichiers contiennent plusieurs plans de { $year } ({ $plans }) : -o ne nomme qu'un fichier ; sans -o, un fichier est écrit à côté de chaque plan
rollover-error-layout = { $path } : { $id } est écrit d'une façon que rollover ne sait pas modifier (au moyen d'un alias ?)
rollover-error-exists = { $path } existe déjà : rollover n'écrit jamais sur un fichier (supprimez-le, ou nommez-en un autre avec -o)
rollover-wrote = plan: { $path } écrit : { $counts }
rollover-printed = plan: plan de l'an prochain écrit sur la sortie standard : { $counts }
rollover-count-indicators = { $count ->
        [one] { $count } indicateur
       *[other] { $count } indicateurs
    }
rollover-count-baselines = { $count ->
        [one] { $count } base de référence
       *[other] { $count } bases de référence
    } tirées de { $year }
rollover-count-beyond = { $count ->
        [one] { $count } commentaire seul
       *[other] { $count } commentaires seuls
    } (cible déjà dépassée)
rollover-count-yes-no = { $count ->
        [one] { $count } commentaire seul
       *[other] { $count } commentaires seuls
    } (oui/non autre qu'attendu)
rollover-count-out-of-range = { $count ->
        [one] { $count } commentaire seul
       *[other] { $count } commentaires seuls
    } (trop grand pour une base de référence)
rollover-count-no-data = { $count ->
        [one] { $count } commentaire
       *[other] { $count } commentaires
    } (aucune mesure en { $year })

## Progress charts (issue 15)
# Above the charts of a service's indicators in the HTML report.
chart-heading = Progression mois par mois
# A month on a chart's axis, abbreviated; $month is 1 to 12.
chart-month-short = { $month ->
        [1] janv.
        [2] févr.
        [3] mars
        [4] avr.
        [5] mai
        [6] juin
        [7] juil.
        [8] août
        [9] sept.
        [10] oct.
        [11] nov.
       *[12] déc.
    }
# A month and its year, in a point's text: $month is 1 to 12.
chart-month = { $month ->
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
# Beside the line of --as-of on a chart: $date is a long date.
chart-as-of = au { $date }
# The legend above a chart.
chart-legend-cumulative = Réalisé cumulé
chart-legend-pro-rated = Objectif au prorata
chart-legend-month = Réalisé du mois
chart-legend-target = Objectif
# A chart's text alternative: $actual and $target are amounts with their unit, $date a
# long date, $month a month and its year.
chart-cumulative-title = { $id } : cumul { $actual } au { $date }, objectif au prorata { $target }
chart-month-title = { $id } : { $actual } en { $month } (dernier mois mesuré), objectif { $target }
chart-no-data-title = { $id } : aucune mesure, objectif { $target }
# The text of one point of a chart.
chart-point-cumulative = { $date } : cumul { $value }
chart-point-cumulative-target = { $date } : objectif au prorata { $value }
chart-point-month = { $month } : { $value }
chart-point-month-target = { $month } : objectif { $value }
chart-point-yes-no = { $date } : { $value }
# A yes/no indicator's chart: $last and $expected are the words yes or no.
chart-yes-no-title = { $id } : { $count ->
        [one] une mesure
       *[other] { $count } mesures
    }, la dernière « { $last } » le { $date } ; attendu : { $expected }
chart-yes-no-none = { $id } : aucune mesure ; attendu : { $expected }
# The legend of the shaded lane of a yes/no chart: $value is the word yes or no.
chart-expected = attendu : { $value }

## Compare with another year: --compare (issue 15)
arg-compare = Mettre à côté de chaque indicateur (même identifiant) le réalisé, l’atteinte et le statut d’une autre année : le plan de cette ANNÉE de la même commune, parmi les CHEMINS, et ses mesures ; avec --as-of, cette année-là coupée au même jour et mois
compare-error-same-year = --compare { $year } est l’année du rapport lui-même : choisissez une autre année (--year et --compare diffèrent)
compare-error-no-plan = aucun plan de { $commune } pour { $year } (--compare) ; années lues pour cette commune : { $years }
compare-export-only-other = plan: seulement dans le plan { $year }, donc sans ligne dans l’export : { $ids }
# CSV and JSON headers with --lang.
compare-column-previous-actual = realise_precedent
compare-column-previous-attainment-pct = atteinte_precedente_pct
compare-column-previous-status = statut_precedent
# The workbook's headers for people.
compare-workbook-column-actual = Réalisé précédent
compare-workbook-column-attainment = Atteinte précédente
compare-workbook-column-status = Statut précédent
# The report's columns: $year is the other year.
compare-column-previous = { $year }
compare-column-actual = Réalisé { $year }
compare-column-attainment = Atteinte { $year }
compare-column-status = Statut { $year }
compare-column-change = Évolution
# The change of an indicator's status since the other year.
compare-trend-better = statut en progrès
compare-trend-worse = statut en recul
compare-trend-same = statut inchangé
# An indicator that the other year's plan does not have.
compare-not-in-plan = absent du plan { $year }
# The short section of the comparison: where the other year is cut, the ids of one year.
compare-only-in-title = Comparaison avec { $year }
compare-cut = { $year } compté jusqu’au { $date } : le même jour que --as-of
compare-only-in = uniquement en { $year } : { $ids }
compare-only-in-none = mêmes indicateurs en { $year } et en { $other }
# A count beside the other year's: "18/31 atteints (2022 : 15/29 atteints)".
compare-beside = { $share } ({ $year } : { $previous })

## Performance (issue 16)
perf-notes-more = … (+{ $count } autres)
arg-jobs = Combien de fichiers lire et vérifier à la fois : 1 les lit l’un après l’autre ; par défaut, le nombre de cœurs (ou PLAN_JOBS). Le résultat est le même quel que soit ce nombre.
placeholder-jobs = N
perf-jobs-refused = un nombre de tâches est un entier à partir de 1, comme 2
perf-jobs-env-refused = PLAN_JOBS vaut { $value } : un nombre de tâches est un entier à partir de 1, comme 2
