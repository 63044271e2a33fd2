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
arg-paths = Bestanden of mappen (doorzocht op *.yaml, *.yml, *.csv en werkmappen; verborgen items worden overgeslagen)
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

