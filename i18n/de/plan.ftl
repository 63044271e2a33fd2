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

# Zahlen werden so geschrieben, wie die Sprache sie schreibt (1.234); IDs, Schlüssel,
# Werte des Benutzers und die Codes der Zeiträume werden unverändert übergeben.

# Die Überschriften des menschlichen Formats: `Fehler[E102]: …`, `Hilfe: …`, `Hinweis: …`.
diag-level-error = Fehler
diag-level-warning = Warnung
diag-level-help = Hilfe
diag-level-note = Hinweis

# Teile von Meldungen.
diag-or = oder
diag-row = Zeile { $row }
diag-rows = die Zeilen { $first } bis { $last }
diag-did-you-mean = meinten Sie `{ $best }`?
diag-see = siehe
diag-opened-here = hier geöffnet

# Die Ebenen eines Plans, wie eine Meldung sie nennt.
diag-level-plan = Plan
diag-level-sector = Bereich
diag-level-general-objective = allgemeines Ziel
diag-level-strategic-objective = strategisches Ziel
diag-level-project = Projekt
diag-level-operational-objective = operatives Ziel
diag-level-indicator = Indikator

# Wohin ein Schlüssel gehört: „`x` ist ein Schlüssel { … }“.
diag-in-plan = des Plans (oben in der Datei)
diag-in-sector = eines Bereichs
diag-in-general-objective = eines allgemeinen Ziels
diag-in-strategic-objective = eines strategischen Ziels
diag-in-project = eines Projekts
diag-in-operational-objective = eines operativen Ziels
diag-in-indicator = eines Indikators
diag-in-shares = von `shares`
diag-in-target = eines Zielwerts, geschrieben mit `op`, `value`, `unit`, `per`
diag-in-measurements-file = des Anfangs einer Messdatei
diag-in-measurement = einer Messung

# Die Listen, die ein operatives Ziel teilt.
diag-shared-results = Ergebnisse
diag-shared-indicators = Indikatoren

# Arten von Werten.
diag-type-whole-number = eine ganze Zahl
diag-type-number = eine Zahl
diag-type-true-or-false = true oder false
diag-type-yes-no = ja/nein (true oder false)
diag-type-text = Text
diag-type-list = eine Liste
diag-type-keys = Schlüssel mit Werten (Zeilen `Schlüssel: Wert`)
diag-type-nothing = nichts
diag-type-number-or-yes-no = eine Zahl oder ja/nein
diag-type-plan-or-measurements = ein Plan oder Messungen
diag-type-key = ein Schlüssel

# Filteroptionen von `plan report` und `plan export`, und Daten.
diag-unknown-filter = { $option } { $value } passt zu nichts im Plan
diag-unknown-filter-suggested = { $option } { $value } passt zu nichts im Plan: meinten Sie `{ $best }`?
diag-not-a-date = `{ $text }` ist kein Datum der Form JJJJ-MM-TT (YYYY-MM-DD)
diag-no-such-day = `{ $text }` ist kein Datum des Kalenders
diag-not-a-period = `{ $text }` ist kein Zeitraum (2023, 2023-Q1, 2023-03 oder 2023-W05)
diag-no-such-period = `{ $text }` nennt einen Zeitraum, den es nicht gibt
diag-csv-header = die Kopfzeile ist `plan,indicator,date,period,value,note`

# Zielwerte.
diag-target-empty = der Zielwert ist leer
diag-target-no-operator = `{ $text }` ist weder ein Vergleich (>=, >, <=, <, =, ≥, ≤, >/=) noch ein Ja/Nein-Zielwert
diag-target-no-number = nach `{ $op }` in `{ $text }` fehlt eine Zahl
diag-target-unknown-period = unbekannter Zeitraum `{ $word }`
diag-target-bad-boolean = `{ $text }` ist kein Ja/Nein-Paar
diag-target-unknown-operator = unbekannter Operator `{ $op }` im `op:` des Zielwerts
diag-target-bad-number = die Zahl des Zielwerts muss zwischen 0 und 10^12 liegen
diag-target-ambiguous = `{ $text }` kann { $thousands } oder { $decimal } sein: trennt `{ $mark }` Tausender oder Dezimalstellen?
diag-target-period-one-word = ein Zeitraum ist ein Wort ({ $periods }): schreiben Sie den Zielwert pro einem davon, oder als Jahressumme ohne Zeitraum
diag-target-periods = Zeiträume: { $periods }
diag-target-yes-no-help = schreiben Sie einen Ja/Nein-Zielwert als `Oui/Non` (ja erwartet), `oui`, `non`, `ja`, `nee`, `yes`, `no`
diag-target-help = schreiben Sie einen Zielwert wie `>= 12 par an`, `>/= 3 heures/jour`, `<= 5 %` oder `Oui/Non`

# Fehler der YAML-Syntax, und was zu tun ist.
diag-syntax-key-not-allowed = dieser `:` beginnt einen Schlüssel, wo kein Schlüssel stehen kann
diag-syntax-item-not-allowed = ein Listenelement (`- `) kann hier nicht stehen
diag-syntax-key-expected = hier wurde eine Zeile `Schlüssel: Wert` oder ein `,` zwischen zwei Elementen erwartet
diag-syntax-indentation = diese Zeile ist nicht so eingerückt wie die Zeilen, zu denen sie gehört
diag-syntax-unexpected-end = die Datei endet, bevor die Liste oder die Schlüssel oben geschlossen sind
diag-syntax-bracket-not-closed = diese Klammer wird nie geschlossen
diag-syntax-bracket-mismatch = diese Klammer schließt keine zuvor geöffnete Klammer
diag-syntax-escape = ein `\` in doppelten Anführungszeichen beginnt eine Escape-Folge, die YAML nicht kennt
diag-syntax-character = dieses Zeichen kann keinen Wert beginnen
diag-syntax-after-quote = Text nach einem schließenden Anführungszeichen
diag-syntax-other = dies kann nicht als YAML gelesen werden
diag-syntax-key-not-allowed-help = setzen Sie Text mit `: ` in Anführungszeichen ('Nombre : 12'), oder prüfen Sie die Einrückung dieser Zeile
diag-syntax-indentation-help = prüfen Sie die Einrückung: die Schlüssel eines Elements beginnen in derselben Spalte, mit Leerzeichen
diag-syntax-unexpected-end-help = prüfen Sie die letzten Zeilen: ist eine Klammer oder ein Anführungszeichen offen geblieben?
diag-syntax-bracket-help = schließen Sie jede `[` mit `]` und jede `{"{"}` mit `{"}"}`, oder setzen Sie Text mit einer Klammer in Anführungszeichen
diag-syntax-escape-help = schreiben Sie den Text in einfachen Anführungszeichen ('…'), oder schreiben Sie `\\` für einen umgekehrten Schrägstrich
diag-syntax-character-help = setzen Sie den Wert in Anführungszeichen, wenn er mit `@`, `` ` ``, `%`, `|` oder `>` beginnt
diag-syntax-after-quote-help = setzen Sie den ganzen Wert in die Anführungszeichen, oder nichts davon
diag-syntax-other-help = prüfen Sie hier Anführungszeichen, Klammern, Doppelpunkte und Einrückung

# Zahlen, wie geschrieben.
diag-number-exponent = `{ $text }` ist mit einem Exponenten geschrieben
diag-number-radix = `{ $text }` ist in einer anderen Basis als zehn geschrieben
diag-number-underscore = `{ $text }` gruppiert seine Ziffern mit `_`
diag-number-no-leading-digit = `{ $text }` hat keine Ziffer vor dem Dezimalzeichen
diag-number-grouping = `{ $text }` hat Trennzeichen, wo keine Zahl welche hat
diag-number-digits-help = schreiben Sie Zahlen in einfachen Ziffern, mit Dezimalkomma oder -punkt: 1000, 2,5, 1 000
diag-number-underscore-help = schreiben Sie Tausender ohne `_`: 1000 oder 1 000
diag-number-no-leading-digit-help = schreiben Sie eine Ziffer vor das Dezimalzeichen: 0{ $text }
diag-number-grouping-help = gruppieren Sie Tausender zu dritt (1 000, 1.000,5) oder gar nicht (1000), mit einem Dezimalzeichen (2,5)
diag-ambiguity-help = schreiben Sie { $thousands } oder { $decimal }, um zu sagen, was gemeint ist

# Dateien lesen: Meldungen.
diag-tab = zum Einrücken wird ein Tabulator verwendet
diag-second-document = ein zweites YAML-Dokument: eine Datei enthält einen Plan oder eine Liste von Messungen
diag-unclosed-quote-runs-on = dieses Anführungszeichen wird auf seiner Zeile nicht geschlossen: sein Text läuft über die nächsten Zeilen weiter
diag-unclosed-quote = dieses Anführungszeichen wird nie geschlossen
diag-too-many-fields = die Zeile hat { $found } Felder, die Kopfzeile { $expected }
diag-too-few-fields = die Zeile hat { $found ->
        [one] { $found } Feld
       *[other] { $found } Felder
    }, die Kopfzeile { $expected }
diag-csv-quote-swallows = ein hier geöffnetes Anführungszeichen wird in seiner Zeile nicht geschlossen: dieses Feld würde { $rows } mit umfassen
diag-csv-quote-never-closed = ein hier geöffnetes Anführungszeichen wird nie geschlossen
diag-unreadable-row = diese Zeile kann nicht als CSV gelesen werden
diag-invalid-utf8 = die Datei ist kein gültiges UTF-8
diag-kind-expected = { $what }: erwartet wurde ein Plan (eine Datei mit einem Schlüssel `sectors:`) oder Messungen (eine Datei mit einem Schlüssel `measurements:`)
diag-kind-other-mapping = diese Datei hat weder einen Schlüssel `sectors:` noch `measurements:`
diag-kind-list = die Datei ist eine Liste
diag-kind-scalar = die Datei ist ein einzelner Wert
diag-kind-empty = die Datei ist leer
diag-kind-export = diese CSV-Datei ist ein Export von `plan export`, keine Messungen
diag-kind-workbook = eine Arbeitsmappe ohne Blatt mit Messungen: keine Kopfzeile nennt die Spalten `indicator`, `value` und `date` oder `period`
diag-duplicate-key = doppelter Schlüssel `{ $key }`
diag-duplicate-key-unnamed = doppelter Schlüssel
diag-duplicate-column = doppelte Spalte `{ $name }`
diag-unknown-key = unbekannter Schlüssel `{ $key }`
diag-misplaced-key = der Schlüssel `{ $key }` gehört nicht hierher
diag-unknown-column = unbekannte Spalte `{ $name }`
diag-missing-key = fehlender Schlüssel `{ $key }`
diag-missing-column = fehlende Spalte { $names }
diag-empty-cell = leere Zelle `{ $column }`
diag-wrong-type-found = falsche Art von Wert: { $found } gefunden, { $expected } erwartet
diag-wrong-type = falsche Art von Wert: { $expected } erwartet
diag-wrong-type-other = falsche Art von Wert: hier wird eine andere Art von Wert erwartet
diag-unknown-value = unbekannter Wert `{ $value }`
diag-target-shape = falsche Art von Wert: erwartet wurde ein Zielwert wie `>= 12 par an`, oder die Schlüssel `op`, `value`, `unit` und `per`
diag-not-a-value = `{ $text }` ist weder eine Zahl noch ja/nein
diag-file-too-large = die Datei hat { $size } Bytes, mehr als die Grenze von { $limit } Bytes: sie wird nicht gelesen
diag-kind-undecided = kein Schlüssel `sectors` oder `measurements` in den ersten { $limit } Bytes: es wird nicht weiter gelesen
diag-nesting-too-deep = Verschachtelung tiefer als { $max } Ebenen
diag-alias-bomb = Aliase ergeben viel zu viele Daten (eine Alias-Bombe?)
diag-too-many-nodes = mehr als { $max } YAML-Knoten in einer Datei
diag-limit-text = die Datei überschreitet eine Sicherheitsgrenze (zu viel Text)
diag-limit-documents = die Datei überschreitet eine Sicherheitsgrenze (zu viele YAML-Dokumente)
diag-limit-merge-keys = die Datei überschreitet eine Sicherheitsgrenze (zu viele `<<`-Zusammenführungsschlüssel)
diag-limit-unbalanced = die Datei überschreitet eine Sicherheitsgrenze (eine Liste oder ein Block wird geschlossen, ohne geöffnet worden zu sein)
diag-limit-other = die Datei überschreitet eine Sicherheitsgrenze
diag-row-too-long = eine Zeile länger als { $limit } Bytes: der Rest der Datei wird nicht gelesen
diag-read-denied = das System verweigert das Weiterlesen (keine Berechtigung): der Rest der Datei wird nicht gelesen
diag-read-gone = die Datei ist beim Lesen verschwunden: der Rest der Datei wird nicht gelesen
diag-read-cut-short = die Datei endet früher, als das System angab: der Rest der Datei wird nicht gelesen
diag-read-other = das System konnte die Datei nicht weiter lesen: der Rest der Datei wird nicht gelesen
diag-empty-folder = dieser Ordner enthält keine Plan- oder Messdatei: daraus wurde nichts gelesen
diag-no-measurements = { $read ->
        [0] es wurden keine Messungen gelesen: jeder Indikator des Plans `{ $plan }` erscheint ohne Daten
        [1] die einzige gelesene Messung gehört nicht zum Plan `{ $plan }`: jeder Indikator erscheint ohne Daten
       *[other] keine der { $read } gelesenen Messungen gehört zum Plan `{ $plan }`: jeder Indikator erscheint ohne Daten
    }

# Pläne: Meldungen.
diag-invalid-id = ungültige ID für { $level } `{ $id }`
diag-duplicate-id = doppelte ID `{ $id }`
diag-invalid-target = ungültiger Zielwert: { $error }
diag-share-itself = `{ $reference }` kann seine eigenen { $what } nicht teilen
diag-share-not-in-project = `{ $reference }` ist kein operatives Ziel des Projekts `{ $service }`
diag-share-also-own = `{ $objective }` teilt die { $what } von `{ $reference }`, führt aber auch eigene auf
diag-share-owner-shares = `{ $reference }` teilt seine { $what } selbst: verweisen Sie auf das Ziel, das sie enthält
diag-share-nothing = `{ $reference }` hat keine { $what } zu teilen
diag-duplicate-plan-id = die Plan-ID `{ $id }` wird bereits von einer anderen Datei verwendet
diag-second-plan = ein zweiter Plan für { $commune } { $year }
diag-year-out-of-range = das Jahr { $year } liegt außerhalb des gültigen Bereichs
diag-threshold-out-of-range = partial_threshold { $value } ist kein Prozentsatz zwischen 0 und 100
diag-boolean-baseline = ein Ja/Nein-Zielwert hat keinen Ausgangswert
diag-boolean-aggregate = ein Ja/Nein-Zielwert nimmt kein `aggregate`
diag-baseline-beyond-target = der Ausgangswert { $baseline } liegt schon jenseits des Zielwerts `{ $target }`
diag-baseline-out-of-range = der Ausgangswert { $baseline } ist keine Zahl von 0 bis 10^12
diag-handled-with-projects = das strategische Ziel `{ $id }` wird von { $by } betreut, hat aber Projekte
diag-no-indicator = das operative Ziel `{ $id }` hat keinen Indikator
diag-empty-strategic-objective = das strategische Ziel `{ $id }` hat kein operatives Ziel

# Messungen: Meldungen.
diag-unknown-plan = unbekannter Plan `{ $id }`
diag-unknown-indicator = unbekannter Indikator `{ $id }` im Plan `{ $plan }`
diag-value-kind-yes-no = `{ $indicator }` hat einen Ja/Nein-Zielwert, aber dieser Wert ist eine Zahl
diag-value-kind-number = `{ $indicator }` hat einen Zahlen-Zielwert, aber dieser Wert ist ja/nein
diag-value-not-finite = der Wert ist keine endliche Zahl
diag-value-negative = negativer Wert { $value }
diag-value-too-large = der Wert { $value } ist größer als 10^12
diag-date-and-period = eine Messung hat ein `date` oder eine `period`, nicht beides
diag-no-date-nor-period = eine Messung braucht ein `date` oder eine `period`
# $kind und $per sind day, week, month, quarter oder year.
diag-coarse-granularity = eine { $kind ->
        [day] Tagessumme
        [week] Wochensumme
        [month] Monatssumme
        [quarter] Quartalssumme
       *[year] Jahressumme
    } kann nicht an einem Zielwert pro { $per ->
        [day] Tag
        [week] Woche
        [month] Monat
        [quarter] Quartal
       *[year] Jahr
    } gemessen werden
diag-outside-year = Messung außerhalb des Jahres { $year } des Plans
diag-duplicate-measurement = `{ $indicator }` ist für dasselbe Datum oder denselben Zeitraum zweimal gemessen
diag-ambiguous-number-comma = `{ $text }` wurde als { $value } gelesen (Dezimalkomma)
diag-ambiguous-number-point = `{ $text }` wurde als { $value } gelesen (Dezimalpunkt)

# Beschriftungen unter dem ^-Zeichen, und der anderen Stellen.
diag-caret-invalid-byte = ungültiges Byte hier
diag-caret-utf16 = eine UTF-16-Bytereihenfolgemarke
diag-caret-no-measurements = { $count ->
        [one] { $count } Indikator
       *[other] { $count } Indikatoren
    } ohne Messung
diag-caret-invalid-id = IDs bestehen aus Buchstaben, Ziffern, `.`, `_` und `-` und beginnen mit einem Buchstaben oder einer Ziffer
diag-caret-declared-again = { $level } hier erneut deklariert
diag-caret-invalid-target = dieser Zielwert ist unlesbar
diag-related-first-declared-as = zuerst hier als { $level } deklariert
diag-related-parser-stopped = das Lesen hat hier angehalten: { $message }
diag-related-first-declared = zuerst hier deklariert
diag-related-same-commune-year = der Plan `{ $plan }` gilt für dieselbe Gemeinde und dasselbe Jahr
diag-related-first-measured = zuerst hier gemessen

# Hilfezeilen.
diag-tab-help = rücken Sie mit Leerzeichen ein: YAML erlaubt keine Tabulatoren zum Einrücken
diag-second-document-help = entfernen Sie die Zeile `---` und was folgt, oder verschieben Sie es in eine eigene Datei
diag-unclosed-bracket-help = schließen Sie die Liste oder die Schlüssel, die sie öffnet, mit `]` oder `{"}"}`, oder setzen Sie Text mit einer Klammer in Anführungszeichen
diag-unclosed-quote-help = schließen Sie das Anführungszeichen auf der Zeile, wo es beginnt; ein Anführungszeichen im Text wird zwischen '…' doppelt geschrieben ('l''école') oder als \" zwischen "…"
diag-too-many-fields-help = setzen Sie einen Wert mit dem Trennzeichen in Anführungszeichen: "a, b"
diag-too-few-fields-help = jede Zeile hat ein Feld für jede Spalte der Kopfzeile: ein leeres Feld ist nichts zwischen zwei Trennzeichen (,,)
diag-csv-quote-header-help = schließen Sie das Anführungszeichen, oder entfernen Sie es: der Rest der Datei wird nicht gelesen
diag-csv-quote-row-help = schließen Sie das Anführungszeichen, oder entfernen Sie es: diese Zeile wird übersprungen, die folgenden werden als Zeilen gelesen
diag-unreadable-row-help = prüfen Sie die Anführungszeichen und Trennzeichen dieser Zeile
diag-save-as-csv-utf8 = speichern Sie sie als CSV UTF-8 (Excel: Datei › Speichern unter › CSV UTF-8)
diag-invalid-utf8-help = speichern Sie die Datei als UTF-8
diag-export-help = halten Sie Exporte aus den Ordnern heraus, die Sie `plan` geben, oder nennen Sie die zu lesenden Dateien
diag-kind-help = eine Plandatei hat `id`, `commune`, `year`, `title` und `sectors`; eine Messdatei hat `plan` und `measurements`
diag-duplicate-key-help = ein Schlüssel darf im selben Block nur einmal vorkommen: entfernen oder benennen Sie einen davon um
diag-allowed-keys = hier erlaubte Schlüssel: { $keys }
diag-misplaced-key-help = `{ $key }` ist ein Schlüssel { $belongs }: prüfen Sie seine Einrückung; hier erlaubte Schlüssel: { $allowed }
diag-missing-key-help = fügen Sie `{ $key }:` neben den anderen Schlüsseln hier hinzu
diag-empty-cell-help = jede Zeile braucht einen Plan, einen Indikator und einen Wert
diag-expected-one-of = erwartet wird einer von: { $values }
diag-target-shape-help = schreiben Sie einen Zielwert als Text (`>= 12 par an`, `Oui/Non`) oder mit den Schlüsseln `op`, `value`, `unit` und `per`
diag-switch-word-help = `on`, `off`, `y` und `n` werden nicht als ja/nein gelesen: schreiben Sie ja/nee, oui/non, yes/no oder true/false
diag-not-a-value-help = Werte sind Zahlen (3,5) oder ja/nee/oui/non/yes/no/true/false
diag-plan-too-large-help = eine Plandatei enthält den Plan einer Gemeinde: ist das die richtige Datei?
diag-measurements-too-large-help = verteilen Sie die Messungen auf mehrere Dateien (eine pro Jahr oder Dienst)
diag-kind-undecided-help = eine Plandatei hat höchstens 16 MiB; eine Messdatei hat `plan` und `measurements` nahe am Anfang
diag-limit-help = eine Grenze gegen bösartige Dateien: Plan- und Messdateien brauchen weder Aliase noch tiefe Verschachtelung
diag-row-too-long-help = eine Zeile enthält eine Messung: ist ein Anführungszeichen offen geblieben?
diag-read-stopped-help = prüfen Sie, ob die Datei lesbar und vollständig ist, und starten Sie `plan` erneut
diag-empty-folder-help = prüfen Sie den Pfad: ist es der richtige Ordner, oder liegen die Dateien anderswo? die anderen Pfade wurden gelesen
diag-no-measurements-help = geben Sie auch den Ordner (oder die Dateien) der Messungen an, nach dem des Plans: zum Beispiel `plans measurements`
diag-invalid-id-help = IDs folgen [A-Za-z0-9][A-Za-z0-9._-]*, zum Beispiel `GDP-1-a`
diag-duplicate-id-help = IDs sind im ganzen Plan eindeutig, auf jeder Ebene: benennen Sie eine davon um
diag-invalid-share-help = `shares: {"{"}results: <id>, indicators: <id>{"}"}` nennt das operative Ziel desselben Projekts, das die verbundene Zelle enthält
diag-duplicate-plan-id-help = jeder Plan ist eine Datei: führen Sie sie zusammen oder geben Sie einem eine andere ID
diag-second-plan-help = eine Gemeinde hat einen Plan pro Jahr: entfernen Sie die Kopie, oder korrigieren Sie ihre Gemeinde oder ihr Jahr
diag-year-help = schreiben Sie das Jahr des Plans, zum Beispiel `year: 2023`
diag-threshold-help = der Standard ist 50: ein nicht erreichter Indikator bei 50 % oder mehr seines Zielwerts ist `partial`
diag-boolean-baseline-help = entfernen Sie `baseline`, oder geben Sie dem Indikator einen Zahlen-Zielwert
diag-boolean-aggregate-help = der Istwert eines Ja/Nein-Indikators ist immer seine letzte Messung
diag-baseline-beyond-target-help = der Ausgangswert ist der Stand vor dem Plan: unter einem `>=`-Zielwert, über einem `<=`-Zielwert
diag-baseline-out-of-range-help = der Ausgangswert ist der Stand vor dem Plan, zum Beispiel `baseline: 2.5`
diag-handled-with-projects-help = ein anderswo betreutes Ziel hat keine Projekte: entfernen Sie `handled_by` oder die Projekte
diag-no-indicator-help = fügen Sie einen Indikator hinzu, oder deklarieren Sie eine verbundene Zelle mit `shares: {"{"}indicators: <id>{"}"}`
diag-empty-strategic-objective-help = fügen Sie seine operativen Ziele hinzu, oder markieren Sie ein anderswo betreutes Ziel mit `handled_by: Zone de Police`
diag-pass-plan-help = geben Sie auch die Plandatei an, zum Beispiel `plan validate plans/ measurements/`
diag-no-plan-loaded-help = es wurde kein Plan geladen: geben Sie auch die Plandatei an, zum Beispiel `plan validate plans/ measurements/`
diag-loaded-plans-help = geladene Pläne: { $plans }
diag-tree-lists-ids-help = `plan tree` listet die IDs der Indikatoren auf
diag-tree-lists-ids-of-plan-help = `plan tree` listet die IDs der Indikatoren des Plans auf
diag-value-kind-yes-no-help = schreiben Sie hier ja/nee, oui/non oder yes/no
diag-value-kind-number-help = schreiben Sie hier eine Zahl
diag-invalid-value-help = gemessene Werte sind Zahlen von 0 bis 10^12
diag-day-first-help = meinten Sie `{ $date }`? Daten werden JJJJ-MM-TT geschrieben: Jahr, Monat, Tag
diag-date-help = schreiben Sie Daten als JJJJ-MM-TT, zum Beispiel 2023-02-03
diag-period-help = Zeiträume: 2023, 2023-Q1, 2023-03 oder 2023-W05
diag-date-and-period-help = behalten Sie `date: JJJJ-MM-TT` für einen Tag, oder `period: 2023-Q1` für einen Zeitraum
diag-no-date-nor-period-help = fügen Sie `date: 2023-01-31` oder `period: 2023-01` hinzu
# $per ist day, week, month, quarter oder year.
diag-coarse-granularity-help = erfassen Sie diesen Indikator pro { $per ->
        [day] Tag
        [week] Woche
        [month] Monat
        [quarter] Quartal
       *[year] Jahr
    } (oder feiner), zum Beispiel mit `date:`
diag-outside-year-help = sie zählt nicht in den Berichten dieses Plans; prüfen Sie das Jahr
diag-duplicate-measurement-help = beide Einträge werden gezählt: entfernen Sie einen, wenn er eine Kopie ist, oder unterscheiden Sie sie mit einer `note` (zum Beispiel dem Viertel)

# Was jeder Code findet: die Regeln von `--format sarif`.
diag-rule-syntax = Eine Datei, die kein wohlgeformtes YAML oder CSV ist
diag-rule-invalid-utf8 = Eine Datei, die kein gültiges UTF-8 ist
diag-rule-unknown-file-kind = Eine Datei, die weder ein Plan noch Messungen ist
diag-rule-duplicate-key = Ein Schlüssel oder eine Spalte, zweimal geschrieben
diag-rule-unknown-key = Ein unbekannter Schlüssel oder eine unbekannte Spalte
diag-rule-missing-key = Ein fehlender Pflichtschlüssel, eine fehlende Spalte oder Zelle
diag-rule-wrong-type = Ein Wert der falschen Art
diag-rule-limit-exceeded = Eine Datei jenseits einer Grenze gegen bösartige Dateien
diag-rule-invalid-id = Eine ID, die nicht aus Buchstaben, Ziffern, `.`, `_` und `-` besteht
diag-rule-duplicate-id = Eine ID, die in einem Plan zweimal deklariert ist
diag-rule-invalid-target = Ein unlesbarer Zielwert
diag-rule-invalid-share = Eine verbundene Zelle (`shares`), die das falsche Ziel nennt
diag-rule-duplicate-plan = Zwei Pläne mit einer ID, oder für dieselbe Gemeinde und dasselbe Jahr
diag-rule-invalid-plan-value = Ein Wert des Plans außerhalb des Bereichs: Jahr, Schwelle, Ausgangswert
diag-rule-unknown-plan = Eine Messung für einen Plan, der nicht geladen wurde
diag-rule-unknown-indicator = Eine Messung für einen Indikator, den der Plan nicht hat
diag-rule-value-kind = Ein Ja/Nein-Wert für einen Zahlen-Zielwert, oder eine Zahl für einen Ja/Nein-Zielwert
diag-rule-invalid-value = Ein gemessener Wert, der negativ, zu groß oder nicht endlich ist
diag-rule-invalid-date = Ein unmögliches Datum oder ein unmöglicher Zeitraum
diag-rule-date-period = Eine Messung mit sowohl `date` als auch `period`, oder mit keinem von beiden
diag-rule-coarse-granularity = Eine Messung, gröber als der Zielwert ihres Indikators
diag-rule-empty-folder = Ein auf der Befehlszeile genannter Ordner, der nichts zu lesen enthält
diag-rule-no-measurements = Ein Plan, über den ohne eine seiner Messungen berichtet wird
diag-rule-no-indicator = Ein operatives Ziel ohne Indikator
diag-rule-empty-strategic-objective = Ein strategisches Ziel ohne operatives Ziel und ohne `handled_by`
diag-rule-outside-year = Eine Messung außerhalb des Jahres ihres Plans
diag-rule-duplicate-measurement = Ein Indikator, für denselben Tag oder Zeitraum zweimal gemessen
diag-rule-ambiguous-number = Ein gemessener Wert wie `1,000`: tausend oder eins?

# Die Zusammenfassung eines Laufs.
diag-found-errors = { $errors ->
        [one] { $errors } Fehler gefunden
       *[other] { $errors } Fehler gefunden
    }
diag-found-warnings = { $warnings ->
        [one] { $warnings } Warnung gefunden
       *[other] { $warnings } Warnungen gefunden
    }
diag-found-both = { $errors } Fehler und { $warnings ->
        [one] { $warnings } Warnung
       *[other] { $warnings } Warnungen
    } gefunden
diag-found-not-listed = { $found }, davon { $count } nicht aufgeführt (höchstens { $max } eines Codes werden aufgeführt)
diag-read-in-part = { $count ->
        [one] { $count } Datei nur teilweise gelesen
       *[other] { $count } Dateien nur teilweise gelesen
    }
diag-no-problems = keine Probleme gefunden
diag-checked = plan: { $files ->
        [one] { $files } Datei geprüft
       *[other] { $files } Dateien geprüft
    }: { $plans ->
        [one] { $plans } Plan
       *[other] { $plans } Pläne
    } mit { $indicators ->
        [one] { $indicators } Indikator
       *[other] { $indicators } Indikatoren
    }, { $measurements ->
        [one] { $measurements } Messung
       *[other] { $measurements } Messungen
    }: { $summary }
diag-not-shown-all = { $more } weitere Befunde { $severity }[{ $code }] nicht angezeigt; `plan validate --format short` listet sie alle auf
diag-not-shown-first = { $more } weitere Befunde { $severity }[{ $code }] nicht angezeigt; `plan validate --format short` listet die ersten { $listed } auf
diag-not-listed = plan: { $count } weitere Befunde nicht aufgeführt (höchstens { $max } eines Codes werden behalten)


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
arg-paths = Dateien oder Ordner (durchsucht nach *.yaml, *.yml, *.csv und Arbeitsmappen; versteckte Einträge werden übersprungen) [Standard: plans und measurements, soweit vorhanden]
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

## CSV in Windows-1252 und Arbeitsmappe für Leser (Issue 12)

diag-read-as-windows-1252 = Datei als Windows-1252 gelesen, wie Excel „CSV (séparateur: point-virgule)“ speichert: sie ist nicht UTF-8
diag-caret-read-as-windows-1252 = das erste Zeichen, das nicht UTF-8 ist
diag-rule-windows-1252 = Eine als Windows-1252 gelesene CSV-Datei
diag-not-text = die Datei ist weder UTF-8 noch Windows-1252-Text: sie enthält Bytes, die keine Textdatei enthält; ab hier wird nichts gelesen
diag-caret-not-text = kein Text
diag-not-text-help = ist es wirklich eine CSV-Datei? speichern Sie die Messungen als CSV UTF-8 (Excel: Datei › Speichern unter › CSV UTF-8)
# Die Spaltenköpfe des Zeilenblatts der Arbeitsmappe, für Leser (CSV und JSON behalten die Namen aus SPEC §5.1).
workbook-column-indicator-id = Indikator-ID
workbook-column-indicator = Indikator
workbook-column-target = Ziel
workbook-column-actual = Ist-Wert
workbook-column-attainment = Zielerreichung
workbook-column-status = Status
workbook-column-period = Zeitraum
workbook-column-target-op = Vergleich
workbook-column-target-value = Angewandtes Ziel
workbook-column-target-unit = Einheit
workbook-column-target-per = Ziel pro
workbook-column-baseline = Ausgangswert
workbook-column-buckets-met = Erreichte Zeiträume
workbook-column-buckets = Zeiträume mit Daten
workbook-column-measurements = Messungen
workbook-column-notes = Anmerkungen
workbook-column-comment = Kommentar
workbook-column-action = Maßnahme
workbook-column-service = Dienst
workbook-column-operational-objective-id = ID operatives Ziel
workbook-column-operational-objective = Operatives Ziel
workbook-column-strategic-objective-id = ID strategisches Ziel
workbook-column-strategic-objective = Strategisches Ziel
workbook-column-general-objective-id = ID allgemeines Ziel
workbook-column-general-objective = Allgemeines Ziel
workbook-column-sector-id = ID Bereich
workbook-column-sector = Bereich
workbook-column-plan-id = Plan
workbook-column-commune = Gemeinde
workbook-column-year = Jahr
# Der Zeitraum, pro dem ein Ziel gezählt wird: $per ist day, week, month, quarter oder year.
workbook-per = { $per ->
        [day] Tag
        [week] Woche
        [month] Monat
        [quarter] Quartal
       *[year] Jahr
    }

## Entry workbooks (issue 12)
diag-workbook-help = ein Blatt mit Messungen hat eine Kopfzeile, die `indicator`, `value` und `date` oder `period` nennt (auf Englisch, Französisch oder Niederländisch); `plan template` schreibt eine auszufüllende Arbeitsmappe
diag-workbook-lock-file = die Sperrdatei einer in Excel geöffneten Arbeitsmappe, keine Arbeitsmappe
diag-workbook-protected = eine durch ein Kennwort geschützte Arbeitsmappe: sie kann nicht gelesen werden
diag-workbook-corrupt = eine beschädigte Arbeitsmappe oder keine Arbeitsmappe: sie kann nicht gelesen werden
diag-workbook-lock-file-help = schließen Sie die Arbeitsmappe in Excel, oder nennen Sie die Arbeitsmappe selbst statt ihrer `~$`-Datei
diag-workbook-protected-help = speichern Sie eine Kopie ohne Kennwort (Excel: Datei › Informationen › Arbeitsmappe schützen › Mit Kennwort verschlüsseln, geleert)
diag-workbook-corrupt-help = öffnen Sie sie in Excel oder LibreOffice und speichern Sie sie erneut als .xlsx oder .ods
cmd-template-about = Die Erfassungsmappe (.xlsx oder .ods) schreiben, die die Dienste für ein Jahr ausfüllen
arg-template-output = Die zu schreibende Arbeitsmappe, DATEI.xlsx oder DATEI.ods (eine vorhandene Datei wird erst ersetzt, wenn die neue vollständig ist)
error-template-format = { $path }: eine Erfassungsmappe wird als .xlsx oder .ods geschrieben
error-template-no-plan = es wurde kein Plan für { $year } gelesen
error-template-service = kein Dienst { $name } im Plan (Dienste: { $known })
output-wrote-template = plan: Erfassungsmappe für { $sheets ->
        [one] { $sheets } Dienst
       *[other] { $sheets } Dienste
    } nach { $path } geschrieben
template-plan = Plan
template-year = Jahr
template-service = Dienst
template-instructions-sheet = Anleitung
template-title = Erfassungsmappe { $year } — { $commune }
template-column-indicator = Indikator
template-column-label = Bezeichnung
template-column-target = Zielwert
template-column-date = Datum
template-column-period = Zeitraum
template-column-value = Wert
template-column-note = Anmerkung
# The words that plan reads as yes and no (German "nein" is not among them).
template-yes = ja
template-no = nee
template-how-sheets = Jeder Dienst hat ein eigenes Blatt. Füllen Sie die Spalte Wert (und bei Bedarf eine Anmerkung) in den Zeilen Ihrer Indikatoren aus; Indikator, Bezeichnung und Zielwert sind gesperrt.
template-how-rows = Eine Zeile je Zeitraum, über den der Zielwert gezählt wird: ein Monat je Zeile für Jahressummen, ein Tag je Zeile für Tagesziele, eine Zeile für einen Ja/Nein-Meilenstein (mit seinem Datum).
template-how-add = Um eine Messung hinzuzufügen (ein anderer Ort, ein anderer Tag), füllen Sie eine der leeren Zeilen am Ende des Blattes aus und wählen den Indikator aus der Liste.
template-how-formats = Daten: ein Tag des Jahres { $year } (02/03/{ $year }). Zeiträume: { $year }-03 (ein Monat), { $year }-Q1 (ein Quartal), { $year }-W05 (eine Woche) oder { $year }. Werte: eine Zahl ab 0 (3,5 oder 3.5), oder { $yes }/{ $no } für einen Ja/Nein-Indikator.
template-how-empty = Zeilen ohne Wert und ohne Anmerkung werden nicht gelesen.
template-send-to = Senden Sie die ausgefüllte Mappe zurück an:
template-how-check = Die Koordination liest sie mit `plan validate` ein: jeder Fehler wird mit Blatt und Zelle genannt.
template-indicators = Die Indikatoren des Plans
template-input-indicator = Ein Indikator des Plans: wählen Sie ihn aus der Liste.
template-input-date = Ein Tag des Jahres { $year }.
template-input-period = Ein Zeitraum des Jahres { $year }: { $year }-03, { $year }-Q1, { $year }-W05 oder { $year }.
template-input-number = Eine Zahl ab 0.
template-input-yes-no = { $yes } oder { $no }.
template-input-any = Eine Zahl ab 0, oder { $yes }/{ $no } für einen Ja/Nein-Indikator.
template-input-note = Freiwillig: ein Ort, ein Ereignis, eine Bemerkung.
template-invalid = Dieser Wert passt nicht: siehe die Meldung der Zelle.
diag-rule-unreadable-workbook = Eine Arbeitsmappe unter den Messungen, die nicht gelesen werden kann: Sperrdatei von Excel, kennwortgeschützt oder beschädigt

## Comments and documents (issue 13)
diag-in-comment = eines Kommentars
diag-unknown-about = Kommentar zu `{ $id }`, das keine ID des Plans `{ $plan }` ist
diag-comment-outside-year = Kommentar für { $period }, außerhalb des Jahres { $year } des Plans
diag-empty-comment = Kommentar ohne Text
diag-duplicate-comment = ein zweiter Kommentar zu `{ $about }` für { $period }
diag-related-first-comment = erster Kommentar hier
diag-unknown-about-help = ein Kommentar betrifft eine ID des Plans (Sektor, Ziel, operatives Ziel oder Indikator); `plan tree` listet sie auf
diag-comment-outside-year-help = geben Sie einen Zeitraum des Jahres des Plans an: das Jahr, ein Quartal (2023-Q2) oder einen Monat (2023-06)
diag-empty-comment-help = schreiben Sie in `text`, warum die Zahlen so sind, wie sie sind, oder entfernen Sie den Kommentar
diag-duplicate-comment-help = ein Kommentar je ID und Zeitraum: fassen Sie die beiden Texte zusammen
diag-rule-unknown-about = Ein Kommentar zu einer ID, die sein Plan nicht hat
diag-rule-comment-outside-year = Ein Kommentar für einen Zeitraum außerhalb des Jahres seines Plans
diag-rule-empty-comment = Ein Kommentar ohne Text
diag-rule-duplicate-comment = Zwei Kommentare zur selben ID und zum selben Zeitraum
column-comment = kommentar
column-action = massnahme
# A comment under its indicator or objective: its period, then its text.
report-comment = ({ $period }): { $text }
report-comment-action = Maßnahme: { $action }
report-comments = Kommentare
# The plan de projet and the evaluation as Word documents (render/docx.rs): the title
# block, headings and tables of the source document.
doc-contract = SICHERHEITS- UND GESELLSCHAFTSVERTRAG
doc-plan-of-year = PROJEKTPLAN { $year }
doc-commune = DER STADT/GEMEINDE { $commune }
doc-allocation = ZUWENDUNG « { $allocation } »
doc-contract-article = SICHERHEITS- UND GESELLSCHAFTSVERTRAG (Art. 2)
doc-sector = Tätigkeitsbereich { $number }:
doc-general-objective = Allgemeines Ziel { $number } – Tätigkeitsbereich { $sector }:
doc-strategic-objective = Strategisches Ziel { $number } – Bereich:
doc-column-operational-objectives = Operative Ziele
doc-column-results = Erwartete Ergebnisse
doc-column-indicators = Indikatoren
doc-numbered = { $number }. { $text }
doc-item = - { $text }
doc-indicator = - { $label }: { $target }
doc-running-header = { $commune } — Projektplan { $year }
doc-column-operational-objective = Operatives Ziel
doc-column-comment = Kommentar
doc-made-from = Erstellt am { $date } aus: { $files }
cmd-document-about = Den Projektplan als Word-Dokument (.docx) schreiben, im Layout des Quelldokuments
arg-document-output = In DATEI.docx schreiben (eine vorhandene Datei wird erst ersetzt, wenn die neue vollständig ist)
value-report-format-docx = Ein Word-Dokument (.docx) auf A4 quer: Übersichten, dann eine Tabelle je Dienst mit den Kommentaren
error-docx-needs-file = ein Word-Dokument ist binär: schreiben Sie es mit -o DATEI.docx in eine Datei
error-docx-extension = `{ $path }` endet nicht auf .docx: ein Word-Dokument wird nach -o DATEI.docx geschrieben
error-document-which-year = die Dateien enthalten Pläne mehrerer Jahre ({ $years }): wählen Sie eines mit --year
output-wrote-document = plan: Dokument nach { $path } geschrieben

## Comments in entry workbooks
template-column-comment = Kommentar
template-input-comment = Freiwillig: was die Zahlen erklärt, für die Auswertung. Gelesen als Kommentar zu diesem Indikator für den Zeitraum der Zeile (den Monat des Tages in einer Tageszeile; das Jahr in einer Ja/Nein-Zeile).

## Watch list and readability (issue 15)
watch-note-year = Hinweis: Jahr { $year }, das einzige der gelesenen Pläne (--year, um eines zu wählen)
watch-made = Erstellt am { $date }
watch-no-filter = der ganze Plan, ohne Filter
watch-filters = Filter: { $filters }
watch-title = Zu beobachten ({ $count })
watch-none = Kein Indikator zu beobachten: alle sind erreicht oder ohne Daten.
watch-no-data = Ohne Daten: { $ids }
watch-column-gap = Abstand
watch-per-day = pro Tag
watch-per-week = pro Woche
watch-per-month = pro Monat
watch-per-quarter = pro Quartal
watch-gap-short = { $amount } zu wenig
watch-gap-over = { $amount } zu viel
watch-gap-off = Abweichung von { $amount }
watch-gap-answer = { $actual } statt { $expected }

## Next year's plan: plan rollover (issue 15)
cmd-rollover-about = Den Plan des nächsten Jahres aus dem dieses Jahres schreiben, mit dem Ist-Wert dieses Jahres als Ausgangswert, wo Indikatoren verfehlt wurden
cmd-rollover-long-about =
    Die Plandatei des nächsten Jahres aus der dieses Jahres schreiben: dieselben Sektoren, Ziele und Indikatoren mit denselben IDs, ID, Jahr und Titel des Plans auf das neue Jahr gesetzt, und die Zielwerte beibehalten, damit Sie sie überarbeiten.

    Jeder Indikator, der dieses Jahr verfehlt wurde (teilweise erreicht oder nicht erreicht in `plan report --year JAHR` über dieselben Pfade), erhält den Ist-Wert dieses Jahres als Ausgangswert, mit einem Kommentar, der das sagt; ein bisheriger Ausgangswert wird ersetzt und in diesem Kommentar genannt. Ein Indikator, dessen Ist-Wert schon jenseits des Zielwerts liegt, ein Ja/Nein-Indikator mit einem anderen als dem erwarteten Wert und einer ohne Daten erhalten nur einen Kommentar. Die neue Datei behält die Kommentare und das Layout der diesjährigen und ist sofort gültig.

    Sie wird neben die Plandatei dieses Jahres geschrieben, unter ihrem Namen mit geändertem Jahr (plans/molenbeek-2024.yaml), oder nach -o DATEI (-o - für die Standardausgabe). Eine vorhandene Datei wird nie ersetzt: rollover bricht mit Exit-Status 1 ab und schreibt nichts.
arg-rollover-year = Das Jahr des Ausgangsplans, dessen Bericht die Ausgangswerte liefert
arg-rollover-to = Das Jahr des neuen Plans (nach --year)
arg-rollover-output = Den neuen Plan nach DATEI schreiben (- für die Standardausgabe), nie über eine vorhandene Datei. Standard: neben die Plandatei, unter ihrem Namen mit geändertem Jahr
rollover-note-made = Plan { $to }, erstellt mit `plan rollover` aus { $file }: die Ausgangswerte sind die Ist-Werte { $from } der verfehlten Indikatoren; Zielwerte zu überarbeiten.
rollover-note-revise = nennt { $from }: für { $to } zu überarbeiten
rollover-note-achieved = Ist-Wert { $year } ({ $status }): { $actual }
rollover-note-previous = { $achieved }; bisheriger Ausgangswert: { $previous }
rollover-note-beyond = { $achieved }, jenseits des Zielwerts: nicht als Ausgangswert übernommen
rollover-note-out-of-range = { $achieved }, zu groß für einen Ausgangswert
rollover-note-yes-no = { $achieved } (ein Ja/Nein-Indikator hat keinen Ausgangswert)
rollover-note-no-data = nichts gemessen in { $year }
rollover-error-not-after = --to { $to } muss nach --year { $year } kommen
rollover-error-several-plans = die Dateien enthalten mehrere Pläne von { $year } ({ $plans }): -o nennt eine Datei; ohne -o wird neben jeden Plan eine Datei geschrieben
rollover-error-layout = { $path }: { $id } ist auf eine Weise geschrieben, die rollover nicht bearbeiten kann (über einen Alias?)
rollover-error-exists = { $path } existiert bereits: rollover schreibt nie über eine Datei (entfernen Sie sie oder nennen Sie mit -o eine andere)
rollover-wrote = plan: { $path } geschrieben: { $counts }
rollover-printed = plan: Plan des nächsten Jahres auf die Standardausgabe geschrieben: { $counts }
rollover-count-indicators = { $count ->
        [one] { $count } Indikator
       *[other] { $count } Indikatoren
    }
rollover-count-baselines = { $count ->
        [one] { $count } Ausgangswert
       *[other] { $count } Ausgangswerte
    } aus { $year }
rollover-count-beyond = { $count ->
        [one] { $count } nur Kommentar
       *[other] { $count } nur Kommentare
    } (Zielwert schon überschritten)
rollover-count-yes-no = { $count ->
        [one] { $count } nur Kommentar
       *[other] { $count } nur Kommentare
    } (Ja/Nein nicht wie erwartet)
rollover-count-out-of-range = { $count ->
        [one] { $count } nur Kommentar
       *[other] { $count } nur Kommentare
    } (zu groß für einen Ausgangswert)
rollover-count-no-data = { $count ->
        [one] { $count } Kommentar
       *[other] { $count } Kommentare
    } (nichts gemessen in { $year })

## Progress charts (issue 15)
# Above the charts of a service's indicators in the HTML report.
chart-heading = Fortschritt Monat für Monat
# A month on a chart's axis, abbreviated; $month is 1 to 12.
chart-month-short = { $month ->
        [1] Jan.
        [2] Feb.
        [3] März
        [4] Apr.
        [5] Mai
        [6] Juni
        [7] Juli
        [8] Aug.
        [9] Sept.
        [10] Okt.
        [11] Nov.
       *[12] Dez.
    }
# A month and its year, in a point's text: $month is 1 to 12.
chart-month = { $month ->
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
# Beside the line of --as-of on a chart: $date is a long date.
chart-as-of = Stand { $date }
# The legend above a chart.
chart-legend-cumulative = Ist, kumuliert
chart-legend-pro-rated = Anteiliges Ziel
chart-legend-month = Ist je Monat
chart-legend-target = Ziel
# A chart's text alternative: $actual and $target are amounts with their unit, $date a
# long date, $month a month and its year.
chart-cumulative-title = { $id }: kumuliert { $actual } am { $date }, anteiliges Ziel { $target }
chart-month-title = { $id }: { $actual } im { $month } (letzter gemessener Monat), Ziel { $target }
chart-no-data-title = { $id }: keine Messungen, Ziel { $target }
# The text of one point of a chart.
chart-point-cumulative = { $date }: kumuliert { $value }
chart-point-cumulative-target = { $date }: anteiliges Ziel { $value }
chart-point-month = { $month }: { $value }
chart-point-month-target = { $month }: Ziel { $value }
chart-point-yes-no = { $date }: { $value }
# A yes/no indicator's chart: $last and $expected are the words yes or no.
chart-yes-no-title = { $id }: { $count ->
        [one] eine Messung
       *[other] { $count } Messungen
    }, zuletzt „{ $last }“ am { $date }; erwartet: { $expected }
chart-yes-no-none = { $id }: keine Messungen; erwartet: { $expected }
# The legend of the shaded lane of a yes/no chart: $value is the word yes or no.
chart-expected = erwartet: { $value }

## Compare with another year: --compare (issue 15)
arg-compare = Neben jedem Indikator (gleiche Id) Ist-Wert, Zielerreichung und Status eines anderen Jahres zeigen: den Plan dieses JAHRES derselben Gemeinde, unter den PFADEN, und seine Messungen; mit --as-of wird jenes Jahr am selben Tag und Monat abgeschnitten
compare-error-same-year = --compare { $year } ist das Jahr des Berichts selbst: wählen Sie ein anderes Jahr (--year und --compare unterscheiden sich)
compare-error-no-plan = kein Plan von { $commune } für { $year } (--compare); gelesene Jahre dieser Gemeinde: { $years }
compare-export-only-other = plan: nur im Plan { $year }, daher ohne Zeile im Export: { $ids }
# CSV and JSON headers with --lang.
compare-column-previous-actual = vorheriger_ist_wert
compare-column-previous-attainment-pct = vorherige_zielerreichung_pct
compare-column-previous-status = vorheriger_status
# The workbook's headers for people.
compare-workbook-column-actual = Vorheriger Ist-Wert
compare-workbook-column-attainment = Vorherige Zielerreichung
compare-workbook-column-status = Vorheriger Status
# The report's columns: $year is the other year.
compare-column-previous = { $year }
compare-column-actual = Ist-Wert { $year }
compare-column-attainment = Zielerreichung { $year }
compare-column-status = Status { $year }
compare-column-change = Veränderung
# The change of an indicator's status since the other year.
compare-trend-better = Status verbessert
compare-trend-worse = Status verschlechtert
compare-trend-same = Status unverändert
# An indicator that the other year's plan does not have.
compare-not-in-plan = nicht im Plan { $year }
# The short section of the comparison: where the other year is cut, the ids of one year.
compare-only-in-title = Vergleich mit { $year }
compare-cut = { $year } gezählt bis zum { $date }: derselbe Tag wie --as-of
compare-only-in = nur { $year }: { $ids }
compare-only-in-none = dieselben Indikatoren { $year } und { $other }
# A count beside the other year's: "18/31 erreicht (2022: 15/29 erreicht)".
compare-beside = { $share } ({ $year }: { $previous })

## Performance (issue 16)
perf-notes-more = … (+{ $count } weitere)
arg-jobs = Wie viele Dateien gleichzeitig gelesen und geprüft werden: 1 liest sie nacheinander; standardmäßig die Zahl der Kerne (oder PLAN_JOBS). Die Ausgabe ist bei jeder Zahl dieselbe.
placeholder-jobs = N
perf-jobs-refused = eine Zahl von Aufträgen ist eine ganze Zahl ab 1, etwa 2
perf-jobs-env-refused = PLAN_JOBS ist { $value }: eine Zahl von Aufträgen ist eine ganze Zahl ab 1, etwa 2
