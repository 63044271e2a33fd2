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

# Die Hilfe von `plan` und seinen Befehlen (IDs nach einer Regel, siehe src/cli/words.rs).
cmd-plan-about = Den Sicherheits- und Präventionsplan einer belgischen Gemeinde, in YAML geführt, prüfen, messen und auswerten
cmd-plan-long-about =
    Den Sicherheits- und Präventionsplan einer belgischen Gemeinde (Contrat de sécurité et de société / PSSP), in YAML geführt, prüfen, messen und auswerten.

    Der Plan steht in einer YAML-Datei, die Messungen in YAML- oder CSV-Dateien; jeder Befehl, der sie liest, nimmt Dateien oder Ordner (Standard: `plans`). `plan validate` prüft sie, `plan report` zeigt, wo jeder Indikator in einem Jahr steht, `plan export` schreibt eine Zeile je Indikator als CSV, JSON oder Excel-Arbeitsmappe.

    Rückgabewert: 0 in Ordnung (Warnungen erlaubt), 1 Befunde, die scheitern lassen (Fehler, oder Warnungen mit --strict), 2 Fehler beim Aufruf, beim Lesen oder beim Schreiben.
cmd-validate-about = Plan- und Messdateien prüfen; Code 1 bei Fehlern (oder Warnungen mit --strict)
cmd-tree-about = Den Aufbau des Plans mit IDs und Zielen anzeigen
cmd-report-about = Anzeigen, wo jeder Indikator in einem Jahr steht (Tabellen, Markdown oder HTML)
cmd-export-about = Eine Zeile je Indikator (CSV, JSON oder Excel) für ein Jahr exportieren
cmd-schema-about = Das JSON-Schema der Plan- oder Messdateien anzeigen (für die YAML-Unterstützung von Editoren)
cmd-completions-about = Das Vervollständigungsskript einer Shell anzeigen (bash, zsh, fish, powershell, elvish)
cmd-man-about = Die Handbuchseite (roff) anzeigen, für `man`
arg-color = Wann Farben verwenden: auto (ein Terminal ohne NO_COLOR), always (immer) oder never (nie)
arg-lang = Sprache der Meldungen sowie der Berichte, Dokumente und Arbeitsmappen (fr, nl, en, de; auch FR, fr-BE, nl_BE geschrieben). Meldungen folgen standardmäßig PLAN_LANG, sonst der Sprache des Systems; Berichte und Arbeitsmappen der `language` des Plans; ohne diese Option behalten CSV- und JSON-Exporte ihre englischen Spaltenköpfe und Statuscodes
arg-paths = Dateien oder Ordner (durchsucht nach *.yaml, *.yml, *.csv und Arbeitsmappen; versteckte Einträge werden übersprungen)
arg-validate-format = Wie die Befunde ausgegeben werden
value-validate-format-human = wie rustc: Meldung, `--> Datei:Zeile:Spalte`, die Zeile der Datei und eine Markierung
value-validate-format-short = Eine Zeile je Befund: `Datei:Zeile:Spalte: error[E102]: Meldung`
value-validate-format-json = Eine JSON-Liste der Befunde
value-validate-format-github = Workflow-Befehle von GitHub Actions (`::error file=…,line=…,col=…::…`)
value-validate-format-sarif = SARIF-2.1.0-JSON, für das Code-Scanning von GitHub: ein Lauf, eine Regel je Code
arg-strict = Auch bei Warnungen scheitern (Code 1)
arg-depth = Auf dieser Ebene aufhören: 1 Sektoren, 2 allgemeine Ziele, 3 strategische Ziele, 4 Projekte, 5 operative Ziele, 6 Indikatoren
arg-year = Das Jahr des Berichts
arg-as-of = Nur Messungen bis zu diesem Datum zählen (YYYY-MM-DD); summierte Jahresziele werden anteilig nach den verstrichenen Tagen berechnet
arg-sector = Nur diesen Sektor behalten (ID, z. B. S2); wiederholbar
arg-service = Nur diesen Dienst behalten (z. B. GDP, SCAPI); wiederholbar
arg-indicator = Nur diesen Indikator behalten (ID, z. B. GDP-1-a); wiederholbar
arg-report-format = Ausgabeformat (Standard: nach der Endung von -o, sonst table)
value-report-format-table = Tabellen für das Terminal (reiner Text in einer Datei)
value-report-format-markdown = Markdown, für ein Wiki oder eine E-Mail
value-report-format-html = Eine eigenständige HTML-Seite mit Balken, auf A4 druckbar
arg-report-output = In DATEI statt auf die Standardausgabe schreiben: .txt, .md oder .html (eine vorhandene Datei wird erst ersetzt, wenn die neue vollständig ist)
arg-export-format = Ausgabeformat (Standard: nach der Endung von -o, sonst csv)
arg-by = Eine Zeile je Indikator und Monat oder Quartal
arg-excel = CSV für Excel in Belgien: Trennzeichen `;`, UTF-8-BOM, Dezimalkomma, CRLF
arg-export-output = In DATEI statt auf die Standardausgabe schreiben (eine vorhandene Datei wird erst ersetzt, wenn die neue vollständig ist)
arg-shell = Die Shell, in der `plan` vervollständigt wird
arg-kind = Welches Dateiformat
# Die Namen der Werte in den Aufrufzeilen: --year <JAHR>.
placeholder-color = FARBE
placeholder-lang = SPRACHE
placeholder-paths = PFADE
placeholder-format = FORMAT
placeholder-depth = EBENE
placeholder-year = JAHR
placeholder-date = DATUM
placeholder-id = ID
placeholder-name = NAME
placeholder-file = DATEI
placeholder-by = ZEITRAUM
placeholder-shell = SHELL
placeholder-kind = ART
placeholder-command = BEFEHL
# Die Teile jeder Hilfe.
help-usage = Aufruf:
help-commands = Befehle:
help-arguments = Argumente:
help-options = Optionen:
help-options-placeholder = [OPTIONEN]
help-flag = Hilfe anzeigen
help-flag-more = Hilfe anzeigen (mehr mit --help)
help-flag-summary = Hilfe anzeigen (eine Zusammenfassung mit -h)
help-version-flag = Version anzeigen
help-command-about = Diese Hilfe oder die Hilfe der angegebenen Befehle anzeigen
help-command-arg = Die Hilfe dieser Befehle anzeigen
help-default = [Standard: { $value }]
help-possible-values = [mögliche Werte: { $values }]
help-possible-values-list = Mögliche Werte:
# Die letzte Zeile jeder Hilfe.
help-footer = Meldungen auf { $language } ({ $source }); eine andere Sprache mit --lang oder PLAN_LANG ({ $codes }).
# Die zweite Zeile von `plan --version`.
version-messages = Meldungen: { $language } ({ $source })
language-source-option = --lang
language-source-variable = { $name }={ $value }
language-source-default = Standard
# Die Abschnittstitel von `plan man`.
man-name = NAME
man-synopsis = ÜBERSICHT
man-description = BESCHREIBUNG
man-options = OPTIONEN
man-commands = BEFEHLE
man-version = VERSION
# Fehler beim Aufruf.
error-heading = Fehler:
usage-value-missing = { $option } braucht einen Wert, es wurde keiner angegeben
usage-invalid-value = ungültiger Wert { $value } für { $option }
usage-refused-value = ungültiger Wert { $value } für { $option }: { $why }
usage-unknown-argument = unerwartetes Argument { $argument }
usage-unknown-command = unbekannter Befehl { $command }
usage-missing-arguments = diese Pflichtangaben fehlen:
usage-missing-command = ein Befehl wird gebraucht
usage-possible-commands = [Befehle: { $commands }]
usage-used-twice = das Argument { $option } darf nur einmal angegeben werden
usage-conflict = das Argument { $option } kann nicht zusammen mit { $others } verwendet werden
usage-too-many-values = unerwarteter Wert { $value } für { $option }; es wurde kein weiterer erwartet
usage-number-of-values = { $option } nimmt { $expected } Werte; { $count ->
        [one] { $count } wurde angegeben
       *[other] { $count } wurden angegeben
    }
usage-needs-equals = { $option } braucht seinen Wert nach einem Gleichheitszeichen: { $option }=…
usage-invalid-utf8 = ein Argument ist kein gültiger UTF-8-Text
usage-unreadable = die Befehlszeile kann nicht gelesen werden
usage-tip = Tipp:
usage-similar-commands = { $count ->
        [one] es gibt einen ähnlichen Befehl: { $commands }
       *[other] es gibt ähnliche Befehle: { $commands }
    }
usage-did-you-mean = es gibt ein ähnliches Argument: { $suggestion }
usage-tip-as-value = um { $argument } als Wert zu übergeben, schreiben Sie { $instead }
usage-tip-remove-dashes = der Befehl { $command } existiert; um ihn zu verwenden, entfernen Sie das '--' davor
usage-tip-exists = { $option } existiert
usage-more = Mehr dazu: '{ $command }'.
usage-lang-refused = plan spricht { $codes }
usage-year-refused = ein Jahr wird in Ziffern geschrieben, z. B. 2023
usage-depth-refused = die Ebenen gehen von 1 (Sektoren) bis 6 (Indikatoren)
# Fehler von plan selbst.
error-year-out-of-range = --year { $year } liegt außerhalb des Bereichs: plan kennt die Jahre { $first } bis { $last }
error-as-of-outside-year = --as-of { $date } liegt nicht im Berichtsjahr { $year }
error-no-plan-file = keine Plandatei gefunden: geben Sie die Datei oder den Ordner des Plans an (Standard: plans)
error-no-plan-for-year = kein Plan für { $year }; gelesene Pläne: { $plans }
error-path-not-found = { $path }: diese Datei oder dieser Ordner existiert nicht
error-cannot-read = { $path }: kann nicht gelesen werden: { $reason }
error-cannot-read-folder = { $path }: dieser Ordner kann nicht gelesen werden: { $reason }
error-no-files = keine Plan- oder Messdatei (*.yaml, *.yml, *.csv, *.xlsx, *.xls, *.ods) in { $paths }
error-not-a-file = { $path }: weder eine Datei noch ein Ordner
error-stdout = kann nicht auf die Standardausgabe schreiben: { $reason }
error-cannot-write = kann { $path } nicht schreiben: { $reason }
error-unknown-extension = das Format von { $path } ist nicht erkennbar: verwenden Sie einen Namen auf { $names } oder --format
error-format-mismatch = --format { $format } passt nicht zum Namen { $path }
error-dangling-link = { $path } ist eine symbolische Verknüpfung, die zu keiner Datei führt: plan schreibt nicht darüber
error-not-regular = { $path } ist { $what }, keine gewöhnliche Datei: plan schreibt nicht hinein (ohne -o geht die Ausgabe auf die Standardausgabe)
error-link-not-regular = { $path } ist eine symbolische Verknüpfung, deren Ziel { $what } ist, keine gewöhnliche Datei: plan schreibt nicht hinein (ohne -o geht die Ausgabe auf die Standardausgabe)
error-input-clash = { $path } ist eine der gelesenen Dateien: plan überschreibt sie nicht
error-excel-not-csv = --excel ist eine CSV-Variante: es gilt nicht für die Ausgabe als { $format }
error-xlsx-needs-file = eine Excel-Arbeitsmappe ist binär: schreiben Sie sie mit -o DATEI.xlsx in eine Datei
kind-device = ein Gerät
kind-fifo = eine benannte Pipe (FIFO)
kind-socket = ein Socket
kind-folder = ein Ordner
kind-special = eine Spezialdatei
list-or = { $first } oder { $last }
# Warum das System das Lesen oder Schreiben einer Datei abgelehnt hat.
io-not-found = diese Datei oder dieser Ordner existiert nicht
io-permission-denied = Zugriff verweigert
io-is-a-folder = es ist ein Ordner
io-not-a-folder = ein Teil des Pfads ist kein Ordner
io-already-exists = es existiert bereits
io-disk-full = der Datenträger ist voll
io-quota = das Speicherkontingent ist aufgebraucht
io-read-only = der Datenträger ist schreibgeschützt
io-too-large = die Datei ist zu groß
io-busy = die Datei wird von einem anderen Programm verwendet
io-invalid-name = dieser Name ist hier nicht erlaubt
io-crosses-devices = es müsste auf einen anderen Datenträger verschoben werden
io-unreadable = der Inhalt kann nicht gelesen werden
io-interrupted = das System hat vor dem Ende aufgehört; versuchen Sie es erneut
io-loop = eine symbolische Verknüpfung führt zurück in den Ordner
io-other-code = das System hat abgelehnt (Fehler { $code })
io-other = das System hat abgelehnt
# Was mit -o DATEI geschrieben wurde.
output-wrote-report = plan: Bericht nach { $path } geschrieben
output-wrote-rows = plan: { $count ->
        [one] { $count } Zeile
       *[other] { $count } Zeilen
    } nach { $path } geschrieben
output-nothing-written = ; es wurde nichts geschrieben

