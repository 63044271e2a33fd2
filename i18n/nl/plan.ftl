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

# Getallen worden geschreven zoals de taal ze schrijft (1.234); id's, sleutels, waarden
# van de gebruiker en de codes van periodes worden doorgegeven zoals ze zijn.

# De koppen van het menselijke formaat: `fout[E102]: …`, `hulp: …`, `opmerking: …`.
diag-level-error = fout
diag-level-warning = waarschuwing
diag-level-help = hulp
diag-level-note = opmerking

# Stukken van meldingen.
diag-or = of
diag-row = rij { $row }
diag-rows = rijen { $first } tot { $last }
diag-did-you-mean = bedoelt u `{ $best }`?
diag-see = zie
diag-opened-here = hier geopend

# De niveaus van een plan, zoals een melding ze noemt.
diag-level-plan = plan
diag-level-sector = sector
diag-level-general-objective = algemene doelstelling
diag-level-strategic-objective = strategische doelstelling
diag-level-project = project
diag-level-operational-objective = operationele doelstelling
diag-level-indicator = indicator

# Waar een sleutel thuishoort: "`x` is een sleutel van { … }".
diag-in-plan = het plan (bovenaan het bestand)
diag-in-sector = een sector
diag-in-general-objective = een algemene doelstelling
diag-in-strategic-objective = een strategische doelstelling
diag-in-project = een project
diag-in-operational-objective = een operationele doelstelling
diag-in-indicator = een indicator
diag-in-shares = `shares`
diag-in-target = een doel geschreven als `op`, `value`, `unit`, `per`
diag-in-measurements-file = de top van een metingenbestand
diag-in-measurement = een meting

# De lijsten die een operationele doelstelling deelt.
diag-shared-results = resultaten
diag-shared-indicators = indicatoren

# Soorten waarden.
diag-type-whole-number = een geheel getal
diag-type-number = een getal
diag-type-true-or-false = true of false
diag-type-yes-no = ja/nee (true of false)
diag-type-text = tekst
diag-type-list = een lijst
diag-type-keys = sleutels met waarden (regels `sleutel: waarde`)
diag-type-nothing = niets
diag-type-number-or-yes-no = een getal of ja/nee
diag-type-plan-or-measurements = een plan of metingen
diag-type-key = een sleutel

# Filteropties van `plan report` en `plan export`, en datums.
diag-unknown-filter = { $option } { $value } komt met niets in het plan overeen
diag-unknown-filter-suggested = { $option } { $value } komt met niets in het plan overeen: bedoelt u `{ $best }`?
diag-not-a-date = `{ $text }` is geen datum in de vorm JJJJ-MM-DD (YYYY-MM-DD)
diag-no-such-day = `{ $text }` is geen datum van de kalender
diag-not-a-period = `{ $text }` is geen periode (2023, 2023-Q1, 2023-03 of 2023-W05)
diag-no-such-period = `{ $text }` noemt een periode die niet bestaat
diag-csv-header = de koprij is `plan,indicator,date,period,value,note`

# Doelen.
diag-target-empty = het doel is leeg
diag-target-no-operator = `{ $text }` is geen vergelijking (>=, >, <=, <, =, ≥, ≤, >/=) en geen ja/nee-doel
diag-target-no-number = na `{ $op }` in `{ $text }` hoort een getal
diag-target-unknown-period = onbekende periode `{ $word }`
diag-target-bad-boolean = `{ $text }` is geen ja/nee-paar
diag-target-unknown-operator = onbekende operator `{ $op }` in de `op:` van het doel
diag-target-bad-number = het getal van het doel moet tussen 0 en 10^12 liggen
diag-target-ambiguous = `{ $text }` kan { $thousands } of { $decimal } zijn: staat `{ $mark }` tussen duizendtallen of voor decimalen?
diag-target-period-one-word = een periode is één woord ({ $periods }): schrijf het doel per een van die periodes, of als jaartotaal zonder periode
diag-target-periods = periodes: { $periods }
diag-target-yes-no-help = schrijf een ja/nee-doel als `Oui/Non` (ja verwacht), `oui`, `non`, `ja`, `nee`, `yes`, `no`
diag-target-help = schrijf een doel zoals `>= 12 par an`, `>/= 3 heures/jour`, `<= 5 %` of `Oui/Non`

# Fouten in de YAML-syntaxis, en wat te doen.
diag-syntax-key-not-allowed = deze `:` begint een sleutel waar geen sleutel kan staan
diag-syntax-item-not-allowed = een lijstelement (`- `) kan hier niet staan
diag-syntax-key-expected = hier werd een regel `sleutel: waarde` verwacht, of een `,` tussen twee elementen
diag-syntax-indentation = deze regel springt niet in zoals de regels waar hij bij hoort
diag-syntax-unexpected-end = het bestand eindigt voordat de lijst of de sleutels hierboven gesloten zijn
diag-syntax-bracket-not-closed = dit haakje wordt nooit gesloten
diag-syntax-bracket-mismatch = dit haakje sluit geen haakje dat ervoor geopend werd
diag-syntax-escape = een `\` tussen dubbele aanhalingstekens begint een escape die YAML niet kent
diag-syntax-character = dit teken kan geen waarde beginnen
diag-syntax-after-quote = tekst na een sluitend aanhalingsteken
diag-syntax-other = dit kan niet als YAML gelezen worden
diag-syntax-key-not-allowed-help = zet tekst met `: ` tussen aanhalingstekens ('Nombre : 12'), of controleer hoe ver deze regel inspringt
diag-syntax-indentation-help = controleer het inspringen: de sleutels van één element beginnen in dezelfde kolom, met spaties
diag-syntax-unexpected-end-help = controleer de laatste regels: staat er nog een haakje of aanhalingsteken open?
diag-syntax-bracket-help = sluit elke `[` met `]` en elke `{"{"}` met `{"}"}`, of zet tekst met een haakje tussen aanhalingstekens
diag-syntax-escape-help = schrijf de tekst tussen enkele aanhalingstekens ('…'), of schrijf `\\` voor een backslash
diag-syntax-character-help = zet de waarde tussen aanhalingstekens als ze begint met `@`, `` ` ``, `%`, `|` of `>`
diag-syntax-after-quote-help = zet de hele waarde tussen de aanhalingstekens, of niets ervan
diag-syntax-other-help = controleer hier de aanhalingstekens, haakjes, dubbele punten en het inspringen

# Getallen zoals geschreven.
diag-number-exponent = `{ $text }` is geschreven met een exponent
diag-number-radix = `{ $text }` is geschreven in een ander talstelsel dan het tiendelige
diag-number-underscore = `{ $text }` groepeert zijn cijfers met `_`
diag-number-no-leading-digit = `{ $text }` heeft geen cijfer voor het decimaalteken
diag-number-grouping = `{ $text }` heeft scheidingstekens waar geen getal ze heeft
diag-number-digits-help = schrijf getallen in gewone cijfers, met een decimale komma of punt: 1000, 2,5, 1 000
diag-number-underscore-help = schrijf duizendtallen zonder `_`: 1000 of 1 000
diag-number-no-leading-digit-help = schrijf een cijfer voor het decimaalteken: 0{ $text }
diag-number-grouping-help = groepeer duizendtallen per drie (1 000, 1.000,5) of helemaal niet (1000), met één decimaalteken (2,5)
diag-ambiguity-help = schrijf { $thousands } of { $decimal } om te zeggen welk van beide

# Bestanden lezen: meldingen.
diag-tab = er wordt ingesprongen met een tab
diag-second-document = een tweede YAML-document: een bestand bevat één plan of één lijst metingen
diag-unclosed-quote-runs-on = dit aanhalingsteken wordt op zijn regel niet gesloten: de tekst loopt door over de volgende regels
diag-unclosed-quote = dit aanhalingsteken wordt nooit gesloten
diag-too-many-fields = de rij heeft { $found } velden, de koprij { $expected }
diag-too-few-fields = de rij heeft { $found ->
        [one] { $found } veld
       *[other] { $found } velden
    }, de koprij { $expected }
diag-csv-quote-swallows = een aanhalingsteken dat hier opent, wordt op zijn rij niet gesloten: dit veld zou ook { $rows } omvatten
diag-csv-quote-never-closed = een aanhalingsteken dat hier opent, wordt nooit gesloten
diag-unreadable-row = deze rij kan niet als CSV gelezen worden
diag-invalid-utf8 = het bestand is geen geldige UTF-8
diag-kind-expected = { $what }: verwacht werd een plan (een bestand met een sleutel `sectors:`) of metingen (een bestand met een sleutel `measurements:`)
diag-kind-other-mapping = dit bestand heeft geen sleutel `sectors:` en geen sleutel `measurements:`
diag-kind-list = het bestand is een lijst
diag-kind-scalar = het bestand is één enkele waarde
diag-kind-empty = het bestand is leeg
diag-kind-export = dit CSV-bestand is een export van `plan export`, geen metingen
diag-kind-workbook = een werkmap zonder blad met metingen: geen kopregel noemt de kolommen `indicator`, `waarde` en `datum` of `periode`
diag-duplicate-key = dubbele sleutel `{ $key }`
diag-duplicate-key-unnamed = dubbele sleutel
diag-duplicate-column = dubbele kolom `{ $name }`
diag-unknown-key = onbekende sleutel `{ $key }`
diag-misplaced-key = sleutel `{ $key }` hoort hier niet
diag-unknown-column = onbekende kolom `{ $name }`
diag-missing-key = ontbrekende sleutel `{ $key }`
diag-missing-column = ontbrekende kolom { $names }
diag-empty-cell = lege cel `{ $column }`
diag-wrong-type-found = verkeerd soort waarde: { $found } gevonden, { $expected } verwacht
diag-wrong-type = verkeerd soort waarde: { $expected } verwacht
diag-wrong-type-other = verkeerd soort waarde: hier wordt een ander soort waarde verwacht
diag-unknown-value = onbekende waarde `{ $value }`
diag-target-shape = verkeerd soort waarde: verwacht werd een doel zoals `>= 12 par an`, of de sleutels `op`, `value`, `unit` en `per`
diag-not-a-value = `{ $text }` is geen getal en geen ja/nee
diag-file-too-large = het bestand telt { $size } bytes, meer dan de grens van { $limit } bytes: het wordt niet gelezen
diag-kind-undecided = geen sleutel `sectors` of `measurements` in de eerste { $limit } bytes: er wordt niet verder gelezen
diag-nesting-too-deep = nesting van meer dan { $max } niveaus
diag-alias-bomb = aliassen leveren veel te veel gegevens op (een aliasbom?)
diag-too-many-nodes = meer dan { $max } YAML-knopen in één bestand
diag-limit-text = het bestand overschrijdt een veiligheidsgrens (te veel tekst)
diag-limit-documents = het bestand overschrijdt een veiligheidsgrens (te veel YAML-documenten)
diag-limit-merge-keys = het bestand overschrijdt een veiligheidsgrens (te veel `<<`-samenvoegsleutels)
diag-limit-unbalanced = het bestand overschrijdt een veiligheidsgrens (een lijst of blok wordt gesloten zonder geopend te zijn)
diag-limit-other = het bestand overschrijdt een veiligheidsgrens
diag-row-too-long = een rij van meer dan { $limit } bytes: de rest van het bestand wordt niet gelezen
diag-read-denied = het systeem weigert verder te lezen (geen toestemming): de rest van het bestand wordt niet gelezen
diag-read-gone = het bestand verdween tijdens het lezen: de rest van het bestand wordt niet gelezen
diag-read-cut-short = het bestand houdt eerder op dan het systeem aangaf: de rest van het bestand wordt niet gelezen
diag-read-other = het systeem kon het bestand niet verder lezen: de rest van het bestand wordt niet gelezen
diag-empty-folder = deze map bevat geen plan- of metingenbestand: er werd niets uit gelezen
diag-no-measurements = { $read ->
        [0] er werden geen metingen gelezen: elke indicator van plan `{ $plan }` zal zonder gegevens verschijnen
        [1] de enige gelezen meting hoort niet bij plan `{ $plan }`: elke indicator zal zonder gegevens verschijnen
       *[other] geen van de { $read } gelezen metingen hoort bij plan `{ $plan }`: elke indicator zal zonder gegevens verschijnen
    }

# Plannen: meldingen.
diag-invalid-id = ongeldige id van { $level } `{ $id }`
diag-duplicate-id = dubbele id `{ $id }`
diag-invalid-target = ongeldig doel: { $error }
diag-share-itself = `{ $reference }` kan zijn eigen { $what } niet delen
diag-share-not-in-project = `{ $reference }` is geen operationele doelstelling van project `{ $service }`
diag-share-also-own = `{ $objective }` deelt de { $what } van `{ $reference }` maar somt ook zijn eigen op
diag-share-owner-shares = `{ $reference }` deelt zelf zijn { $what }: verwijs naar de doelstelling die ze bevat
diag-share-nothing = `{ $reference }` heeft geen { $what } om te delen
diag-duplicate-plan-id = plan-id `{ $id }` wordt al door een ander bestand gebruikt
diag-second-plan = een tweede plan voor { $commune } { $year }
diag-year-out-of-range = jaar { $year } valt buiten het bereik
diag-threshold-out-of-range = partial_threshold { $value } is geen percentage tussen 0 en 100
diag-boolean-baseline = een ja/nee-doel heeft geen beginwaarde
diag-boolean-aggregate = een ja/nee-doel neemt geen `aggregate`
diag-baseline-beyond-target = beginwaarde { $baseline } ligt al voorbij het doel `{ $target }`
diag-baseline-out-of-range = beginwaarde { $baseline } is geen getal van 0 tot 10^12
diag-handled-with-projects = strategische doelstelling `{ $id }` wordt opgevolgd door { $by } maar heeft projecten
diag-no-indicator = operationele doelstelling `{ $id }` heeft geen indicator
diag-empty-strategic-objective = strategische doelstelling `{ $id }` heeft geen operationele doelstelling

# Metingen: meldingen.
diag-unknown-plan = onbekend plan `{ $id }`
diag-unknown-indicator = onbekende indicator `{ $id }` in plan `{ $plan }`
diag-value-kind-yes-no = `{ $indicator }` heeft een ja/nee-doel, maar deze waarde is een getal
diag-value-kind-number = `{ $indicator }` heeft een cijfermatig doel, maar deze waarde is ja/nee
diag-value-not-finite = de waarde is geen eindig getal
diag-value-negative = negatieve waarde { $value }
diag-value-too-large = waarde { $value } is groter dan 10^12
diag-date-and-period = een meting heeft een `date` of een `period`, niet allebei
diag-no-date-nor-period = een meting heeft een `date` of een `period` nodig
# $kind en $per zijn day, week, month, quarter of year.
diag-coarse-granularity = een { $kind ->
        [day] dagtotaal
        [week] weektotaal
        [month] maandtotaal
        [quarter] kwartaaltotaal
       *[year] jaartotaal
    } kan niet beoordeeld worden tegenover een doel per { $per ->
        [day] dag
        [week] week
        [month] maand
        [quarter] kwartaal
       *[year] jaar
    }
diag-outside-year = meting buiten het jaar { $year } van het plan
diag-duplicate-measurement = `{ $indicator }` is twee keer gemeten voor dezelfde datum of periode
diag-ambiguous-number-comma = `{ $text }` werd gelezen als { $value } (decimale komma)
diag-ambiguous-number-point = `{ $text }` werd gelezen als { $value } (decimale punt)

# Labels onder het ^-teken, en van de andere plaatsen.
diag-caret-invalid-byte = ongeldige byte hier
diag-caret-utf16 = een UTF-16-bytevolgordemarkering
diag-caret-no-measurements = { $count ->
        [one] { $count } indicator
       *[other] { $count } indicatoren
    } zonder meting
diag-caret-invalid-id = id's bestaan uit letters, cijfers, `.`, `_` en `-`, en beginnen met een letter of cijfer
diag-caret-declared-again = { $level } hier opnieuw gedeclareerd
diag-caret-invalid-target = dit doel is onleesbaar
diag-related-first-declared-as = hier eerst gedeclareerd als { $level }
diag-related-parser-stopped = het lezen stopte hier: { $message }
diag-related-first-declared = eerst hier gedeclareerd
diag-related-same-commune-year = plan `{ $plan }` geldt voor dezelfde gemeente en hetzelfde jaar
diag-related-first-measured = eerst hier gemeten

# Hulpregels.
diag-tab-help = spring in met spaties: YAML laat geen tabs toe om in te springen
diag-second-document-help = verwijder de regel `---` en wat volgt, of zet het in een eigen bestand
diag-unclosed-bracket-help = sluit de lijst of de sleutels die het opent met `]` of `{"}"}`, of zet tekst met een haakje tussen aanhalingstekens
diag-unclosed-quote-help = sluit het aanhalingsteken op de regel waar het opent; een aanhalingsteken in de tekst schrijft u twee keer tussen '…' ('l''école') of als \" tussen "…"
diag-too-many-fields-help = zet een waarde met het scheidingsteken tussen aanhalingstekens: "a, b"
diag-too-few-fields-help = elke rij heeft een veld voor elke kolom van de koprij: een leeg veld is niets tussen twee scheidingstekens (,,)
diag-csv-quote-header-help = sluit het aanhalingsteken, of verwijder het: de rest van het bestand wordt niet gelezen
diag-csv-quote-row-help = sluit het aanhalingsteken, of verwijder het: deze rij wordt overgeslagen, en de rijen erna worden als rijen gelezen
diag-unreadable-row-help = controleer de aanhalingstekens en scheidingstekens van deze rij
diag-save-as-csv-utf8 = sla het op als CSV UTF-8 (Excel: Bestand › Opslaan als › CSV UTF-8)
diag-invalid-utf8-help = sla het bestand op als UTF-8
diag-export-help = houd exports buiten de mappen die u aan `plan` geeft, of noem de bestanden die gelezen moeten worden
diag-kind-help = een planbestand heeft `id`, `commune`, `year`, `title` en `sectors`; een metingenbestand heeft `plan` en `measurements`
diag-duplicate-key-help = een sleutel mag één keer voorkomen in hetzelfde blok sleutels: verwijder of hernoem er een
diag-allowed-keys = toegelaten sleutels hier: { $keys }
diag-misplaced-key-help = `{ $key }` is een sleutel van { $belongs }: controleer hoe ver hij inspringt; toegelaten sleutels hier: { $allowed }
diag-missing-key-help = voeg `{ $key }:` toe naast de andere sleutels hier
diag-empty-cell-help = elke rij heeft een plan, een indicator en een waarde nodig
diag-expected-one-of = verwacht een van: { $values }
diag-target-shape-help = schrijf een doel als tekst (`>= 12 par an`, `Oui/Non`) of met de sleutels `op`, `value`, `unit` en `per`
diag-switch-word-help = `on`, `off`, `y` en `n` worden niet als ja/nee gelezen: schrijf ja/nee, oui/non, yes/no of true/false
diag-not-a-value-help = waarden zijn getallen (3,5) of ja/nee/oui/non/yes/no/true/false
diag-plan-too-large-help = een planbestand bevat het plan van één gemeente: is dit het juiste bestand?
diag-measurements-too-large-help = verdeel de metingen over meerdere bestanden (één per jaar of per dienst)
diag-kind-undecided-help = een planbestand is hoogstens 16 MiB; een metingenbestand heeft `plan` en `measurements` bij het begin
diag-limit-help = een grens tegen kwaadwillige bestanden: plan- en metingenbestanden hebben geen aliassen en geen diepe nesting nodig
diag-row-too-long-help = een rij bevat één meting: staat er een aanhalingsteken open?
diag-read-stopped-help = controleer of het bestand leesbaar en volledig is, en start `plan` opnieuw
diag-empty-folder-help = controleer het pad: is het de juiste map, of staan de bestanden elders? de andere paden werden gelezen
diag-no-measurements-help = geef ook de map (of de bestanden) van de metingen mee, na die van het plan: bijvoorbeeld `plans measurements`
diag-invalid-id-help = id's volgen [A-Za-z0-9][A-Za-z0-9._-]*, bijvoorbeeld `GDP-1-a`
diag-duplicate-id-help = id's zijn uniek in het hele plan, op elk niveau: hernoem er een
diag-invalid-share-help = `shares: {"{"}results: <id>, indicators: <id>{"}"}` noemt de operationele doelstelling van hetzelfde project die de samengevoegde cel bevat
diag-duplicate-plan-id-help = elk plan is één bestand: voeg ze samen of geef er een een andere id
diag-second-plan-help = een gemeente heeft één plan per jaar: verwijder de kopie, of verbeter de gemeente of het jaar ervan
diag-year-help = schrijf het jaar van het plan, bijvoorbeeld `year: 2023`
diag-threshold-help = standaard is dat 50: een niet behaalde indicator op 50 % of meer van zijn doel is `partial`
diag-boolean-baseline-help = verwijder `baseline`, of geef de indicator een cijfermatig doel
diag-boolean-aggregate-help = de gerealiseerde waarde van een ja/nee-indicator is altijd zijn laatste meting
diag-baseline-beyond-target-help = de beginwaarde is het niveau van voor het plan: onder een `>=`-doel, boven een `<=`-doel
diag-baseline-out-of-range-help = de beginwaarde is het niveau van voor het plan, bijvoorbeeld `baseline: 2.5`
diag-handled-with-projects-help = een doelstelling die elders wordt opgevolgd, heeft geen projecten: verwijder `handled_by` of de projecten
diag-no-indicator-help = voeg een indicator toe, of declareer een samengevoegde cel met `shares: {"{"}indicators: <id>{"}"}`
diag-empty-strategic-objective-help = voeg de operationele doelstellingen toe, of markeer een doelstelling die elders wordt opgevolgd met `handled_by: Zone de Police`
diag-pass-plan-help = geef ook het planbestand mee, bijvoorbeeld `plan validate plans/ measurements/`
diag-no-plan-loaded-help = er werd geen plan geladen: geef ook het planbestand mee, bijvoorbeeld `plan validate plans/ measurements/`
diag-loaded-plans-help = geladen plannen: { $plans }
diag-tree-lists-ids-help = `plan tree` toont de id's van de indicatoren
diag-tree-lists-ids-of-plan-help = `plan tree` toont de id's van de indicatoren van het plan
diag-value-kind-yes-no-help = schrijf hier ja/nee, oui/non of yes/no
diag-value-kind-number-help = schrijf hier een getal
diag-invalid-value-help = gemeten waarden zijn getallen van 0 tot 10^12
diag-day-first-help = bedoelt u `{ $date }`? datums schrijft u JJJJ-MM-DD: jaar, maand, dag
diag-date-help = schrijf datums als JJJJ-MM-DD, bijvoorbeeld 2023-02-03
diag-period-help = periodes: 2023, 2023-Q1, 2023-03 of 2023-W05
diag-date-and-period-help = behoud `date: JJJJ-MM-DD` voor een dag, of `period: 2023-Q1` voor een periode
diag-no-date-nor-period-help = voeg `date: 2023-01-31` of `period: 2023-01` toe
# $per is day, week, month, quarter of year.
diag-coarse-granularity-help = registreer deze indicator per { $per ->
        [day] dag
        [week] week
        [month] maand
        [quarter] kwartaal
       *[year] jaar
    } (of fijner), bijvoorbeeld met `date:`
diag-outside-year-help = ze telt niet mee in de rapporten van dit plan; controleer het jaar
diag-duplicate-measurement-help = beide registraties tellen mee: verwijder er een als het een kopie is, of onderscheid ze met een `note` (bijvoorbeeld de wijk)

# Wat elke code opspoort: de regels van `--format sarif`.
diag-rule-syntax = Een bestand dat geen correcte YAML of CSV is
diag-rule-invalid-utf8 = Een bestand dat geen geldige UTF-8 is
diag-rule-unknown-file-kind = Een bestand dat geen plan en geen metingen is
diag-rule-duplicate-key = Een sleutel of kolom die twee keer geschreven is
diag-rule-unknown-key = Een onbekende sleutel of kolom
diag-rule-missing-key = Een verplichte sleutel, kolom of cel die ontbreekt
diag-rule-wrong-type = Een waarde van het verkeerde soort
diag-rule-limit-exceeded = Een bestand voorbij een grens tegen kwaadwillige bestanden
diag-rule-invalid-id = Een id die niet uit letters, cijfers, `.`, `_` en `-` bestaat
diag-rule-duplicate-id = Een id die twee keer in een plan gedeclareerd is
diag-rule-invalid-target = Een onleesbaar doel
diag-rule-invalid-share = Een samengevoegde cel (`shares`) die de verkeerde doelstelling noemt
diag-rule-duplicate-plan = Twee plannen met één id, of voor dezelfde gemeente en hetzelfde jaar
diag-rule-invalid-plan-value = Een waarde van het plan buiten het bereik: jaar, drempel, beginwaarde
diag-rule-unknown-plan = Een meting voor een plan dat niet geladen werd
diag-rule-unknown-indicator = Een meting voor een indicator die het plan niet heeft
diag-rule-value-kind = Een ja/nee-waarde voor een cijfermatig doel, of een getal voor een ja/nee-doel
diag-rule-invalid-value = Een gemeten waarde die negatief, te groot of niet eindig is
diag-rule-invalid-date = Een onmogelijke datum of periode
diag-rule-date-period = Een meting met zowel `date` als `period`, of met geen van beide
diag-rule-coarse-granularity = Een meting die grover is dan het doel van haar indicator
diag-rule-empty-folder = Een map op de opdrachtregel die niets bevat om te lezen
diag-rule-no-measurements = Een plan waarover gerapporteerd wordt zonder een van zijn metingen
diag-rule-no-indicator = Een operationele doelstelling zonder indicator
diag-rule-empty-strategic-objective = Een strategische doelstelling zonder operationele doelstelling en zonder `handled_by`
diag-rule-outside-year = Een meting buiten het jaar van haar plan
diag-rule-duplicate-measurement = Een indicator die twee keer gemeten is voor dezelfde dag of periode
diag-rule-ambiguous-number = Een gemeten waarde zoals `1,000`: duizend of één?

# De samenvatting van een uitvoering.
diag-found-errors = { $errors ->
        [one] { $errors } fout gevonden
       *[other] { $errors } fouten gevonden
    }
diag-found-warnings = { $warnings ->
        [one] { $warnings } waarschuwing gevonden
       *[other] { $warnings } waarschuwingen gevonden
    }
diag-found-both = { $errors ->
        [one] { $errors } fout
       *[other] { $errors } fouten
    } en { $warnings ->
        [one] { $warnings } waarschuwing
       *[other] { $warnings } waarschuwingen
    } gevonden
diag-found-not-listed = { $found }, waarvan { $count } niet opgesomd (hoogstens { $max } van één code worden opgesomd)
diag-read-in-part = { $count ->
        [one] { $count } bestand maar gedeeltelijk gelezen
       *[other] { $count } bestanden maar gedeeltelijk gelezen
    }
diag-no-problems = geen problemen gevonden
diag-checked = plan: { $files ->
        [one] { $files } bestand gecontroleerd
       *[other] { $files } bestanden gecontroleerd
    }: { $plans ->
        [one] { $plans } plan
       *[other] { $plans } plannen
    } met { $indicators ->
        [one] { $indicators } indicator
       *[other] { $indicators } indicatoren
    }, { $measurements ->
        [one] { $measurements } meting
       *[other] { $measurements } metingen
    }: { $summary }
diag-not-shown-all = nog { $more } bevindingen { $severity }[{ $code }] niet getoond; `plan validate --format short` somt ze allemaal op
diag-not-shown-first = nog { $more } bevindingen { $severity }[{ $code }] niet getoond; `plan validate --format short` somt de eerste { $listed } op
diag-not-listed = plan: nog { $count } bevindingen niet opgesomd (hoogstens { $max } van één code worden bewaard)


## Command line: help of commands and options, usage errors (cli, config, commands)

# De hulp bij `plan` en zijn opdrachten (ids volgens een regel, zie src/cli/words.rs).
cmd-plan-about = Het veiligheids- en preventieplan van een Belgische gemeente, bijgehouden in YAML, controleren, meten en opvolgen
cmd-plan-long-about =
    Het veiligheids- en preventieplan van een Belgische gemeente (Contrat de sécurité et de société / PSSP), bijgehouden in YAML, controleren, meten en opvolgen.

    Het plan staat in één YAML-bestand, de metingen in YAML- of CSV-bestanden; elke opdracht die ze leest, neemt bestanden of mappen (standaard: `plans`). `plan validate` controleert ze, `plan report` toont hoe elke indicator ervoor staat in een jaar, `plan export` schrijft één rij per indicator als CSV, JSON of Excel-werkmap.

    Afsluitcode: 0 in orde (waarschuwingen toegestaan), 1 bevindingen die doen mislukken (fouten, of waarschuwingen met --strict), 2 fout in het gebruik, bij het lezen of bij het schrijven.
cmd-validate-about = De plan- en meetbestanden controleren; code 1 bij fouten (of waarschuwingen met --strict)
cmd-tree-about = De opbouw van het plan tonen, met id's en doelen
cmd-report-about = Tonen hoe elke indicator ervoor staat in een jaar (tabellen, Markdown of HTML)
cmd-export-about = Eén rij per indicator exporteren (CSV, JSON of Excel) voor een jaar
cmd-schema-about = Het JSON-schema van plan- of meetbestanden tonen (voor YAML-ondersteuning in editors)
cmd-completions-about = Het aanvulscript van een shell tonen (bash, zsh, fish, powershell, elvish)
cmd-man-about = De handleidingpagina (roff) tonen, voor `man`
arg-color = Wanneer kleuren gebruiken: auto (een terminal zonder NO_COLOR), always (altijd) of never (nooit)
arg-lang = Taal van de meldingen, en van rapporten, documenten en werkmappen (fr, nl, en, de; ook geschreven als FR, fr-BE, nl_BE). Meldingen volgen standaard PLAN_LANG, anders de taal van het systeem; rapporten en werkmappen de `language` van het plan; zonder deze optie houden CSV- en JSON-exports hun Engelse kolomkoppen en statuscodes
arg-paths = Bestanden of mappen (doorzocht op *.yaml, *.yml, *.csv en werkmappen; verborgen items worden overgeslagen) [standaard: plans en measurements, voor zover ze bestaan]
arg-validate-format = Hoe de bevindingen tonen
value-validate-format-human = zoals rustc: melding, `--> bestand:regel:kolom`, de regel uit het bestand en een markering
value-validate-format-short = Eén regel per bevinding: `bestand:regel:kolom: error[E102]: melding`
value-validate-format-json = Een JSON-lijst van de bevindingen
value-validate-format-github = Workflowopdrachten van GitHub Actions (`::error file=…,line=…,col=…::…`)
value-validate-format-sarif = SARIF 2.1.0-JSON, voor de codescan van GitHub: één uitvoering, één regel per code
arg-strict = Ook bij waarschuwingen mislukken (code 1)
arg-depth = Stoppen op dit niveau: 1 sectoren, 2 algemene doelstellingen, 3 strategische doelstellingen, 4 projecten, 5 operationele doelstellingen, 6 indicatoren
arg-year = Het jaar van het rapport
arg-as-of = Alleen metingen tot deze datum tellen (YYYY-MM-DD); opgetelde jaardoelen worden naar rato van de verstreken dagen berekend
arg-sector = Alleen deze sector behouden (id, bv. S2); herhaalbaar
arg-service = Alleen deze dienst behouden (bv. GDP, SCAPI); herhaalbaar
arg-indicator = Alleen deze indicator behouden (id, bv. GDP-1-a); herhaalbaar
arg-report-format = Uitvoerformaat (standaard: volgens de extensie van -o, anders table)
value-report-format-table = Tabellen voor de terminal (platte tekst in een bestand)
value-report-format-markdown = Markdown, voor een wiki of een e-mail
value-report-format-html = Eén zelfstandige HTML-pagina met balken, afdrukbaar op A4
arg-report-output = Naar BESTAND schrijven in plaats van naar de standaarduitvoer: .txt, .md of .html (een bestaand bestand wordt pas vervangen als het nieuwe volledig is)
arg-export-format = Uitvoerformaat (standaard: volgens de extensie van -o, anders csv)
arg-by = Eén rij per indicator en per maand of kwartaal
arg-excel = CSV voor Excel in België: scheidingsteken `;`, UTF-8-BOM, decimale komma, CRLF
arg-export-output = Naar BESTAND schrijven in plaats van naar de standaarduitvoer (een bestaand bestand wordt pas vervangen als het nieuwe volledig is)
arg-shell = De shell waarin `plan` aangevuld wordt
arg-kind = Welk bestandsformaat
# De namen van waarden in de gebruiksregels: --year <JAAR>.
placeholder-color = KLEUR
placeholder-lang = TAAL
placeholder-paths = PADEN
placeholder-format = FORMAAT
placeholder-depth = NIVEAU
placeholder-year = JAAR
placeholder-date = DATUM
placeholder-id = ID
placeholder-name = NAAM
placeholder-file = BESTAND
placeholder-by = PERIODE
placeholder-shell = SHELL
placeholder-kind = SOORT
placeholder-command = OPDRACHT
# De delen van elke hulp.
help-usage = Gebruik:
help-commands = Opdrachten:
help-arguments = Argumenten:
help-options = Opties:
help-options-placeholder = [OPTIES]
help-flag = De hulp tonen
help-flag-more = De hulp tonen (meer met --help)
help-flag-summary = De hulp tonen (een samenvatting met -h)
help-version-flag = De versie tonen
help-command-about = Deze uitleg of de hulp bij de gegeven opdrachten tonen
help-command-arg = De hulp bij deze opdrachten tonen
help-default = [standaard: { $value }]
help-possible-values = [mogelijke waarden: { $values }]
help-possible-values-list = Mogelijke waarden:
# De laatste regel van elke hulp.
help-footer = Meldingen in het { $language } ({ $source }); een andere taal met --lang of PLAN_LANG ({ $codes }).
# De tweede regel van `plan --version`.
version-messages = meldingen: { $language } ({ $source })
language-source-option = --lang
language-source-variable = { $name }={ $value }
language-source-default = standaard
# De titels van de secties van `plan man`.
man-name = NAAM
man-synopsis = OVERZICHT
man-description = BESCHRIJVING
man-options = OPTIES
man-commands = OPDRACHTEN
man-version = VERSIE
# Fouten in het gebruik.
error-heading = fout:
usage-value-missing = { $option } vraagt een waarde, maar er is er geen gegeven
usage-invalid-value = ongeldige waarde { $value } voor { $option }
usage-refused-value = ongeldige waarde { $value } voor { $option }: { $why }
usage-unknown-argument = onverwacht argument { $argument }
usage-unknown-command = onbekende opdracht { $command }
usage-missing-arguments = deze verplichte argumenten ontbreken:
usage-missing-command = er is een opdracht nodig
usage-possible-commands = [opdrachten: { $commands }]
usage-used-twice = het argument { $option } mag maar één keer gegeven worden
usage-conflict = het argument { $option } kan niet samen met { $others } gebruikt worden
usage-too-many-values = onverwachte waarde { $value } voor { $option }; er werd er geen meer verwacht
usage-number-of-values = { $option } neemt { $expected } waarden; { $count ->
        [one] er werd er { $count } gegeven
       *[other] er werden er { $count } gegeven
    }
usage-needs-equals = { $option } wil zijn waarde na een gelijkteken: { $option }=…
usage-invalid-utf8 = een argument is geen geldige UTF-8-tekst
usage-unreadable = de opdrachtregel kan niet gelezen worden
usage-tip = tip:
usage-similar-commands = { $count ->
        [one] er bestaat een gelijkaardige opdracht: { $commands }
       *[other] er bestaan gelijkaardige opdrachten: { $commands }
    }
usage-did-you-mean = er bestaat een gelijkaardig argument: { $suggestion }
usage-tip-as-value = om { $argument } als waarde door te geven, schrijf { $instead }
usage-tip-remove-dashes = de opdracht { $command } bestaat; verwijder de '--' ervoor om ze te gebruiken
usage-tip-exists = { $option } bestaat
usage-more = Meer uitleg: probeer '{ $command }'.
usage-lang-refused = plan spreekt { $codes }
usage-year-refused = een jaar schrijf je in cijfers, bv. 2023
usage-depth-refused = de niveaus gaan van 1 (sectoren) tot 6 (indicatoren)
# Fouten van plan zelf.
error-year-out-of-range = --year { $year } valt buiten het bereik: plan kent de jaren { $first } tot { $last }
error-as-of-outside-year = --as-of { $date } valt niet in het rapportjaar { $year }
error-no-plan-file = geen planbestand gevonden: geef het bestand of de map van het plan op (standaard: plans)
error-no-plan-for-year = geen plan voor { $year }; gelezen plannen: { $plans }
error-path-not-found = { $path }: dit bestand of deze map bestaat niet
error-cannot-read = { $path }: kan niet gelezen worden: { $reason }
error-cannot-read-folder = { $path }: deze map kan niet gelezen worden: { $reason }
error-no-files = geen plan- of meetbestand (*.yaml, *.yml, *.csv, *.xlsx, *.xls, *.ods) in { $paths }
error-not-a-file = { $path }: geen bestand en geen map
error-stdout = kan niet naar de standaarduitvoer schrijven: { $reason }
error-cannot-write = kan { $path } niet schrijven: { $reason }
error-unknown-extension = het formaat van { $path } is niet te bepalen: gebruik een naam op { $names }, of --format
error-format-mismatch = --format { $format } past niet bij de naam { $path }
error-dangling-link = { $path } is een symbolische koppeling die naar geen enkel bestand leidt: plan schrijft er niet via
error-not-regular = { $path } is { $what }, geen gewoon bestand: plan schrijft er niet naar (laat -o weg om naar de standaarduitvoer te schrijven)
error-link-not-regular = { $path } is een symbolische koppeling naar { $what }, geen gewoon bestand: plan schrijft er niet naar (laat -o weg om naar de standaarduitvoer te schrijven)
error-input-clash = { $path } is een van de gelezen bestanden: plan overschrijft het niet
error-excel-not-csv = --excel is een CSV-variant: het geldt niet voor uitvoer in { $format }
error-xlsx-needs-file = een Excel-werkmap is binair: schrijf ze naar een bestand met -o BESTAND.xlsx
kind-device = een apparaat
kind-fifo = een benoemde pijp (FIFO)
kind-socket = een socket
kind-folder = een map
kind-special = een speciaal bestand
list-or = { $first } of { $last }
# Waarom het systeem weigerde een bestand te lezen of te schrijven.
io-not-found = dit bestand of deze map bestaat niet
io-permission-denied = toegang geweigerd
io-is-a-folder = het is een map
io-not-a-folder = een deel van het pad is geen map
io-already-exists = het bestaat al
io-disk-full = de schijf is vol
io-quota = het schijfquotum is op
io-read-only = de schijf is alleen-lezen
io-too-large = het bestand is te groot
io-busy = het bestand wordt door een ander programma gebruikt
io-invalid-name = deze naam is hier niet toegestaan
io-crosses-devices = het zou naar een andere schijf verplaatst moeten worden
io-unreadable = de inhoud kan niet gelezen worden
io-interrupted = het systeem stopte voor het einde; probeer opnieuw
io-loop = een symbolische koppeling leidt terug naar de map
io-other-code = het systeem weigerde (fout { $code })
io-other = het systeem weigerde
# Wat met -o BESTAND geschreven werd.
output-wrote-report = plan: rapport geschreven naar { $path }
output-wrote-rows = plan: { $count ->
        [one] { $count } rij
       *[other] { $count } rijen
    } geschreven naar { $path }
output-nothing-written = ; er werd niets geschreven

## CSV in Windows-1252 en werkmap voor lezers (issue 12)

diag-read-as-windows-1252 = bestand gelezen als Windows-1252, zoals Excel "CSV (séparateur: point-virgule)" opslaat: het is geen UTF-8
diag-caret-read-as-windows-1252 = het eerste teken dat geen UTF-8 is
diag-rule-windows-1252 = Een CSV-bestand gelezen als Windows-1252
diag-not-text = het bestand is geen UTF-8 en geen Windows-1252-tekst: het bevat bytes die geen tekstbestand bevat; vanaf hier wordt niets gelezen
diag-caret-not-text = geen tekst
diag-not-text-help = is het wel een CSV-bestand? sla de metingen op als CSV UTF-8 (Excel: Bestand › Opslaan als › CSV UTF-8)
# De kolomkoppen van het rijenblad van de werkmap, voor lezers (CSV en JSON houden de namen van SPEC §5.1).
workbook-column-indicator-id = Id indicator
workbook-column-indicator = Indicator
workbook-column-target = Doel
workbook-column-actual = Gerealiseerd
workbook-column-attainment = Realisatiegraad
workbook-column-status = Status
workbook-column-period = Periode
workbook-column-target-op = Vergelijking
workbook-column-target-value = Toegepast doel
workbook-column-target-unit = Eenheid
workbook-column-target-per = Doel per
workbook-column-baseline = Nulmeting
workbook-column-buckets-met = Behaalde periodes
workbook-column-buckets = Periodes met gegevens
workbook-column-measurements = Metingen
workbook-column-notes = Opmerkingen
workbook-column-comment = Toelichting
workbook-column-action = Actie
workbook-column-service = Dienst
workbook-column-operational-objective-id = Id operationele doelstelling
workbook-column-operational-objective = Operationele doelstelling
workbook-column-strategic-objective-id = Id strategische doelstelling
workbook-column-strategic-objective = Strategische doelstelling
workbook-column-general-objective-id = Id algemene doelstelling
workbook-column-general-objective = Algemene doelstelling
workbook-column-sector-id = Id sector
workbook-column-sector = Sector
workbook-column-plan-id = Plan
workbook-column-commune = Gemeente
workbook-column-year = Jaar
# De periode waarin een doel geteld wordt: $per is day, week, month, quarter of year.
workbook-per = { $per ->
        [day] dag
        [week] week
        [month] maand
        [quarter] kwartaal
       *[year] jaar
    }

## Entry workbooks (issue 12)
diag-workbook-help = een blad met metingen heeft een kopregel die `indicator`, `waarde` en `datum` of `periode` noemt (in het Nederlands, Frans of Engels); `plan template` schrijft een werkmap om in te vullen
diag-workbook-lock-file = het vergrendelingsbestand van een werkmap die in Excel geopend is, geen werkmap
diag-workbook-protected = een werkmap beveiligd met een wachtwoord: ze kan niet gelezen worden
diag-workbook-corrupt = een beschadigde werkmap, of geen werkmap: ze kan niet gelezen worden
diag-workbook-lock-file-help = sluit de werkmap in Excel, of noem de werkmap zelf in plaats van haar `~$`-bestand
diag-workbook-protected-help = sla een kopie op zonder wachtwoord (Excel: Bestand › Info › Werkmap beveiligen › Versleutelen met wachtwoord, leeggemaakt)
diag-workbook-corrupt-help = open ze in Excel of LibreOffice en sla ze opnieuw op als .xlsx of .ods
cmd-template-about = De invulwerkmap (.xlsx of .ods) schrijven die de diensten voor een jaar invullen
arg-template-output = De te schrijven werkmap, BESTAND.xlsx of BESTAND.ods (een bestaand bestand wordt pas vervangen als het nieuwe volledig is)
error-template-format = { $path }: een invulwerkmap wordt geschreven als .xlsx of .ods
error-template-no-plan = er werd geen plan van { $year } gelezen
error-template-service = geen dienst { $name } in het plan (diensten: { $known })
output-wrote-template = plan: invulwerkmap van { $sheets ->
        [one] { $sheets } dienst
       *[other] { $sheets } diensten
    } geschreven naar { $path }
template-plan = Plan
template-year = Jaar
template-service = Dienst
template-instructions-sheet = Instructies
template-title = Invulwerkmap { $year } — { $commune }
template-column-indicator = Indicator
template-column-label = Omschrijving
template-column-target = Doelstelling
template-column-date = Datum
template-column-period = Periode
template-column-value = Waarde
template-column-note = Opmerking
template-yes = ja
template-no = nee
template-how-sheets = Elke dienst heeft een eigen blad. Vul de kolom Waarde (en zo nodig een Opmerking) in op de rijen van uw indicatoren; de indicator, de omschrijving en de doelstelling zijn vergrendeld.
template-how-rows = Eén rij per periode waarover de doelstelling geteld wordt: een maand per rij voor jaartotalen, een dag per rij voor dagelijkse doelstellingen, één rij voor een ja/nee-mijlpaal (vul de datum in).
template-how-add = Om een meting toe te voegen (een andere plaats, een andere dag), vult u een van de lege rijen onderaan het blad in en kiest u de indicator uit de lijst.
template-how-formats = Datums: een dag van { $year } (02/03/{ $year }). Periodes: { $year }-03 (een maand), { $year }-Q1 (een kwartaal), { $year }-W05 (een week) of { $year }. Waarden: een getal van 0 of meer (3,5 of 3.5), of { $yes }/{ $no } voor een ja/nee-indicator.
template-how-empty = Rijen zonder waarde en zonder opmerking worden niet gelezen.
template-send-to = Stuur de ingevulde werkmap terug naar:
template-how-check = De coördinator leest ze in met `plan validate`: elke fout wordt gemeld met haar blad en cel.
template-indicators = De indicatoren van het plan
template-input-indicator = Een indicator van het plan: kies hem uit de lijst.
template-input-date = Een dag van { $year }.
template-input-period = Een periode van { $year }: { $year }-03, { $year }-Q1, { $year }-W05 of { $year }.
template-input-number = Een getal van 0 of meer.
template-input-yes-no = { $yes } of { $no }.
template-input-any = Een getal van 0 of meer, of { $yes }/{ $no } voor een ja/nee-indicator.
template-input-note = Facultatief: een plaats, een gebeurtenis, een opmerking.
template-invalid = Deze waarde past niet: zie het bericht van de cel.
diag-rule-unreadable-workbook = Een werkmap bij de metingen die niet gelezen kan worden: het vergrendelingsbestand van Excel, beveiligd met een wachtwoord, of beschadigd

## Comments and documents (issue 13)
diag-in-comment = een opmerking
diag-unknown-about = opmerking over `{ $id }`, dat geen id van plan `{ $plan }` is
diag-comment-outside-year = opmerking voor { $period }, buiten het jaar { $year } van het plan
diag-empty-comment = opmerking zonder tekst
diag-duplicate-comment = een tweede opmerking over `{ $about }` voor { $period }
diag-related-first-comment = eerste opmerking hier
diag-unknown-about-help = een opmerking gaat over een id van het plan (sector, doelstelling, operationele doelstelling of indicator); `plan tree` toont ze
diag-comment-outside-year-help = geef een periode van het jaar van het plan: het jaar, een kwartaal (2023-Q2) of een maand (2023-06)
diag-empty-comment-help = schrijf in `text` waarom de cijfers zijn wat ze zijn, of verwijder de opmerking
diag-duplicate-comment-help = één opmerking per id en periode: voeg de twee teksten samen
diag-rule-unknown-about = Een opmerking over een id dat haar plan niet heeft
diag-rule-comment-outside-year = Een opmerking voor een periode buiten het jaar van haar plan
diag-rule-empty-comment = Een opmerking zonder tekst
diag-rule-duplicate-comment = Twee opmerkingen over hetzelfde id en dezelfde periode
column-comment = toelichting
column-action = actie
# A comment under its indicator or objective: its period, then its text.
report-comment = ({ $period }): { $text }
report-comment-action = Actie: { $action }
report-comments = Toelichting
# The plan de projet and the evaluation as Word documents (render/docx.rs): the title
# block, headings and tables of the source document.
doc-contract = VEILIGHEIDS- EN SAMENLEVINGSCONTRACT
doc-plan-of-year = PROJECTPLAN { $year }
doc-commune = VAN DE STAD/GEMEENTE { $commune }
doc-allocation = TOELAGE « { $allocation } »
doc-contract-article = VEILIGHEIDS- EN SAMENLEVINGSCONTRACT (art. 2)
doc-sector = Activiteitensector { $number }:
doc-general-objective = Algemene doelstelling { $number } – Activiteitensector { $sector }:
doc-strategic-objective = Strategische doelstelling { $number } – Domein:
doc-column-operational-objectives = Operationele doelstellingen
doc-column-results = Verwachte resultaten
doc-column-indicators = Indicatoren
doc-numbered = { $number }. { $text }
doc-item = - { $text }
doc-indicator = - { $label }: { $target }
doc-running-header = { $commune } — Projectplan { $year }
doc-column-operational-objective = Operationele doelstelling
doc-column-comment = Toelichting
doc-made-from = Opgemaakt op { $date } op basis van: { $files }
cmd-document-about = Het projectplan als Word-document (.docx) schrijven, in de opmaak van het brondocument
arg-document-output = Naar BESTAND.docx schrijven (een bestaand bestand wordt pas vervangen als het nieuwe volledig is)
value-report-format-docx = Een Word-document (.docx) op A4 liggend: overzichten, dan een tabel per dienst met de toelichting
error-docx-needs-file = een Word-document is binair: schrijf het naar een bestand met -o BESTAND.docx
error-docx-extension = `{ $path }` eindigt niet op .docx: een Word-document wordt geschreven naar -o BESTAND.docx
error-document-which-year = de bestanden bevatten plannen van meerdere jaren ({ $years }): kies er een met --year
output-wrote-document = plan: document geschreven naar { $path }

## Comments in entry workbooks
template-column-comment = Toelichting
template-input-comment = Facultatief: wat de cijfers verklaart, voor de evaluatie. Gelezen als toelichting bij deze indicator voor de periode van de rij (de maand van de dag op een dagrij; het jaar op een ja/nee-rij).

## Watch list and readability (issue 15)
watch-note-year = opmerking: jaar { $year }, het enige van de gelezen plannen (--year om er een te kiezen)
watch-made = Opgesteld op { $date }
watch-no-filter = het hele plan, zonder filter
watch-filters = filters: { $filters }
watch-title = Op te volgen ({ $count })
watch-none = Geen indicator op te volgen: alle zijn behaald of zonder gegevens.
watch-no-data = Zonder gegevens: { $ids }
watch-column-gap = Verschil
watch-per-day = per dag
watch-per-week = per week
watch-per-month = per maand
watch-per-quarter = per kwartaal
watch-gap-short = { $amount } te weinig
watch-gap-over = { $amount } te veel
watch-gap-off = verschil van { $amount }
watch-gap-answer = { $actual } in plaats van { $expected }

## Next year's plan: plan rollover (issue 15)
cmd-rollover-about = Het plan van volgend jaar schrijven vanuit dat van dit jaar, met het resultaat van dit jaar als nulmeting waar indicatoren niet behaald zijn
cmd-rollover-long-about =
    Het planbestand van volgend jaar schrijven vanuit dat van dit jaar: dezelfde sectoren, doelstellingen en indicatoren met dezelfde id's, de id, het jaar en de titel van het plan op het nieuwe jaar gezet, en de streefwaarden behouden zodat u ze kunt herzien.

    Elke indicator die dit jaar niet behaald is (gedeeltelijk of niet behaald in `plan report --year JAAR` over dezelfde paden) krijgt het resultaat van dit jaar als nulmeting, met een commentaar dat dat zegt; een nulmeting die hij had, wordt vervangen en in dat commentaar genoemd. Een indicator waarvan het resultaat de streefwaarde al voorbij is, een ja/nee-indicator die niet de verwachte waarde had en een indicator zonder gegevens krijgen alleen een commentaar. Het nieuwe bestand behoudt de commentaren en de opmaak van dat van dit jaar en is meteen geldig.

    Het komt naast het planbestand van dit jaar, onder zijn naam met het jaar veranderd (plans/molenbeek-2024.yaml), of in -o BESTAND (-o - voor de standaarduitvoer). Een bestaand bestand wordt nooit vervangen: rollover stopt met afsluitcode 1 en schrijft niets.
arg-rollover-year = Het jaar van het plan waarvan wordt uitgegaan; zijn rapport geeft de nulmetingen
arg-rollover-to = Het jaar van het nieuwe plan (na --year)
arg-rollover-output = Het nieuwe plan naar BESTAND schrijven (- voor de standaarduitvoer), nooit over een bestaand bestand. Standaard: naast het planbestand, onder zijn naam met het jaar veranderd
rollover-note-made = Plan { $to } opgesteld met `plan rollover` vanuit { $file }: de nulmetingen zijn de resultaten { $from } van de niet behaalde indicatoren; streefwaarden te herzien.
rollover-note-revise = noemt { $from }: te herzien voor { $to }
rollover-note-achieved = resultaat { $year } ({ $status }): { $actual }
rollover-note-previous = { $achieved }; vorige nulmeting: { $previous }
rollover-note-beyond = { $achieved }, voorbij de streefwaarde: niet als nulmeting overgenomen
rollover-note-out-of-range = { $achieved }, te groot voor een nulmeting
rollover-note-yes-no = { $achieved } (een ja/nee-indicator heeft geen nulmeting)
rollover-note-no-data = niets gemeten in { $year }
rollover-error-not-after = --to { $to } moet na --year { $year } komen
rollover-error-several-plans = de bestanden bevatten meerdere plannen van { $year } ({ $plans }): -o noemt één bestand; zonder -o wordt naast elk plan een bestand geschreven
rollover-error-layout = { $path }: { $id } is geschreven op een manier die rollover niet kan bewerken (via een alias?)
rollover-error-exists = { $path } bestaat al: rollover schrijft nooit over een bestand (verwijder het, of noem een ander met -o)
rollover-wrote = plan: { $path } geschreven: { $counts }
rollover-printed = plan: plan van volgend jaar naar de standaarduitvoer geschreven: { $counts }
rollover-count-indicators = { $count ->
        [one] { $count } indicator
       *[other] { $count } indicatoren
    }
rollover-count-baselines = { $count ->
        [one] { $count } nulmeting
       *[other] { $count } nulmetingen
    } uit { $year }
rollover-count-beyond = { $count ->
        [one] { $count } alleen met commentaar
       *[other] { $count } alleen met commentaar
    } (streefwaarde al voorbij)
rollover-count-yes-no = { $count ->
        [one] { $count } alleen met commentaar
       *[other] { $count } alleen met commentaar
    } (ja/nee niet zoals verwacht)
rollover-count-out-of-range = { $count ->
        [one] { $count } alleen met commentaar
       *[other] { $count } alleen met commentaar
    } (te groot voor een nulmeting)
rollover-count-no-data = { $count ->
        [one] { $count } commentaar
       *[other] { $count } commentaren
    } (niets gemeten in { $year })

## Progress charts (issue 15)
# Above the charts of a service's indicators in the HTML report.
chart-heading = Voortgang per maand
# A month on a chart's axis, abbreviated; $month is 1 to 12.
chart-month-short = { $month ->
        [1] jan.
        [2] feb.
        [3] mrt.
        [4] apr.
        [5] mei
        [6] jun.
        [7] jul.
        [8] aug.
        [9] sep.
        [10] okt.
        [11] nov.
       *[12] dec.
    }
# A month and its year, in a point's text: $month is 1 to 12.
chart-month = { $month ->
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
# Beside the line of --as-of on a chart: $date is a long date.
chart-as-of = op { $date }
# The legend above a chart.
chart-legend-cumulative = Gerealiseerd, cumulatief
chart-legend-pro-rated = Doel naar rato
chart-legend-month = Gerealiseerd per maand
chart-legend-target = Doel
# A chart's text alternative: $actual and $target are amounts with their unit, $date a
# long date, $month a month and its year.
chart-cumulative-title = { $id }: cumulatief { $actual } op { $date }, doel naar rato { $target }
chart-month-title = { $id }: { $actual } in { $month } (laatst gemeten maand), doel { $target }
chart-no-data-title = { $id }: geen metingen, doel { $target }
# The text of one point of a chart.
chart-point-cumulative = { $date }: cumulatief { $value }
chart-point-cumulative-target = { $date }: doel naar rato { $value }
chart-point-month = { $month }: { $value }
chart-point-month-target = { $month }: doel { $value }
chart-point-yes-no = { $date }: { $value }
# A yes/no indicator's chart: $last and $expected are the words yes or no.
chart-yes-no-title = { $id }: { $count ->
        [one] één meting
       *[other] { $count } metingen
    }, de laatste „{ $last }” op { $date }; verwacht: { $expected }
chart-yes-no-none = { $id }: geen metingen; verwacht: { $expected }
# The legend of the shaded lane of a yes/no chart: $value is the word yes or no.
chart-expected = verwacht: { $value }

## Compare with another year: --compare (issue 15)
arg-compare = Naast elke indicator (zelfde id) het resultaat, de realisatiegraad en de status van een ander jaar tonen: het plan van dat JAAR van dezelfde gemeente, tussen de PADEN, en zijn metingen; met --as-of wordt dat jaar op dezelfde dag en maand afgesneden
compare-error-same-year = --compare { $year } is het jaar van het rapport zelf: kies een ander jaar (--year en --compare verschillen)
compare-error-no-plan = geen plan van { $commune } voor { $year } (--compare); gelezen jaren voor deze gemeente: { $years }
compare-export-only-other = plan: alleen in het plan { $year }, dus zonder rij in de export: { $ids }
# CSV and JSON headers with --lang.
compare-column-previous-actual = vorig_gerealiseerd
compare-column-previous-attainment-pct = vorige_realisatie_pct
compare-column-previous-status = vorige_status
# The workbook's headers for people.
compare-workbook-column-actual = Vorig resultaat
compare-workbook-column-attainment = Vorige realisatiegraad
compare-workbook-column-status = Vorige status
# The report's columns: $year is the other year.
compare-column-previous = { $year }
compare-column-actual = Gerealiseerd { $year }
compare-column-attainment = Realisatie { $year }
compare-column-status = Status { $year }
compare-column-change = Evolutie
# The change of an indicator's status since the other year.
compare-trend-better = status vooruit
compare-trend-worse = status achteruit
compare-trend-same = status ongewijzigd
# An indicator that the other year's plan does not have.
compare-not-in-plan = niet in het plan { $year }
# The short section of the comparison: where the other year is cut, the ids of one year.
compare-only-in-title = Vergelijking met { $year }
compare-cut = { $year } geteld tot { $date }: dezelfde dag als --as-of
compare-only-in = alleen in { $year }: { $ids }
compare-only-in-none = dezelfde indicatoren in { $year } en { $other }
# A count beside the other year's: "18/31 behaald (2022: 15/29 behaald)".
compare-beside = { $share } ({ $year }: { $previous })

## Performance (issue 16)
perf-notes-more = … (+{ $count } meer)
arg-jobs = Hoeveel bestanden tegelijk lezen en controleren: 1 leest ze na elkaar; standaard het aantal kernen (of PLAN_JOBS). De uitvoer is dezelfde, welk aantal ook.
placeholder-jobs = N
perf-jobs-refused = een aantal taken is een geheel getal vanaf 1, zoals 2
perf-jobs-env-refused = PLAN_JOBS is { $value }: een aantal taken is een geheel getal vanaf 1, zoals 2
