### The words of plan in English.
### One message per line: `id = text`; `{ $name }` is an argument, written as is.
### docs/translating.md says how to add a language.

## Languages, numbers and dates

# The name of this language, in this language.
language-name = English
# How numbers are written: 1,234.5 in English.
number-decimal-mark = .
number-group-mark = ,
# A percentage; $value is already written with the marks above.
percent = { $value }%
# A date in a heading: 30 June 2023.
long-date = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }

## Report, tree, workbook and document labels (render)

# The words of a status (SPEC §4.3), in reports, workbooks and exports with --lang.
status-met = met
status-partial = partially met
status-not-met = not met
status-no-data = no data
# The heading of a report: $period is 2023 (or 2023-Q1), $plan the plan's id.
report-subtitle = Report { $period } · { $plan }
# After the heading, with --as-of: $date is a long date (30 June 2023).
report-as-of = as of { $date }
# How many indicators meet their target: 4/6 met.
report-met-share = { $met }/{ $total } met
# A strategic objective that another body handles (the police zone).
report-handled-by = handled by { $by }
# The heading of a service's table.
report-service = Service { $service }
# The columns of an indicator table.
report-column-id = Id
report-column-indicator = Indicator
report-column-target = Target
report-column-actual = Actual
report-column-attainment = Attainment
report-column-status = Status
# The target under an indicator's label, in a narrow terminal.
report-target-below = Target: { $target }
# A yearly target cut to the days reported: $target as written, then the target applied.
report-pro-rated = { $target } → { $op } { $value } (pro-rated)
# A yes/no actual value.
report-yes = yes
report-no = no
# An indicator listed once and shared by other objectives (merged cells).
report-shared-with = cell shared with { $objectives }
report-buckets-legend = (n/m): days, weeks, months or quarters meeting the target / with data
# The summaries: their titles, first columns and last line.
report-summary-sector = Summary by sector
report-summary-service = Summary by service
report-column-sector = Sector
report-column-service = Service
report-total = Total
# The HTML page: the summary at the top, its bars and their legend.
report-summary = Summary
report-distribution = Distribution
report-bar-legend = Bars: attainment as a percentage of the target, up to 150%; the vertical line marks the target (100%).
# The sheets of the Excel workbook.
workbook-indicators-sheet = Indicators
workbook-summary-sheet = Summary
# plan tree: after a strategic objective handled elsewhere, a service, an objective
# sharing the results or indicators of another.
tree-handled-by = [handled by { $by }]
tree-service = (service)
tree-shares = [shares { $what }]
tree-shares-results = results of { $objective }
tree-shares-indicators = indicators of { $objective }
# The columns of plan export with --lang (and of the workbook). Without --lang they are
# the names of SPEC §5.1, which scripts rely on: keep them short, lower case, with _.
column-plan-id = plan_id
column-commune = commune
column-year = year
column-period = period
column-sector-id = sector_id
column-sector = sector
column-general-objective-id = general_objective_id
column-general-objective = general_objective
column-strategic-objective-id = strategic_objective_id
column-strategic-objective = strategic_objective
column-service = service
column-operational-objective-id = operational_objective_id
column-operational-objective = operational_objective
column-indicator-id = indicator_id
column-indicator = indicator
column-target = target
column-target-op = target_op
column-target-value = target_value
column-target-unit = target_unit
column-target-per = target_per
column-baseline = baseline
column-actual = actual
column-attainment-pct = attainment_pct
column-status = status
column-buckets-met = buckets_met
column-buckets = buckets
column-measurements = measurements
column-notes = notes

## Diagnostics: messages, labels, help (render/diagnostics/words.rs)

# Numbers are written as the language writes them (1,234); ids, keys, values the user
# wrote and the codes of periods are passed as they are, often between `backticks`.

# The headings of the human format: `error[E102]: …`, `help: …`, `note: …`.
diag-level-error = error
diag-level-warning = warning
diag-level-help = help
diag-level-note = note

# Pieces of messages.
diag-or = or
diag-row = row { $row }
diag-rows = rows { $first } to { $last }
diag-did-you-mean = did you mean `{ $best }`?
diag-see = see
diag-opened-here = opened here

# The levels of a plan, as a message names them.
diag-level-plan = plan
diag-level-sector = sector
diag-level-general-objective = general objective
diag-level-strategic-objective = strategic objective
diag-level-project = project
diag-level-operational-objective = operational objective
diag-level-indicator = indicator

# Where a key belongs: "`x` is a key of { … }".
diag-in-plan = the plan (top of the file)
diag-in-sector = a sector
diag-in-general-objective = a general objective
diag-in-strategic-objective = a strategic objective
diag-in-project = a project
diag-in-operational-objective = an operational objective
diag-in-indicator = an indicator
diag-in-shares = `shares`
diag-in-target = a target written as `op`, `value`, `unit`, `per`
diag-in-measurements-file = the top of a measurements file
diag-in-measurement = a measurement

# The lists an operational objective shares.
diag-shared-results = results
diag-shared-indicators = indicators

# Kinds of values, as a wrong type names them.
diag-type-whole-number = a whole number
diag-type-number = a number
diag-type-true-or-false = true or false
diag-type-yes-no = yes/no (true or false)
diag-type-text = text
diag-type-list = a list
diag-type-keys = keys with values (`key: value` lines)
diag-type-nothing = nothing
diag-type-number-or-yes-no = a number or yes/no
diag-type-plan-or-measurements = a plan or a measurements mapping
diag-type-key = a key

# Options of `plan report` and `plan export` that filter, and dates.
diag-unknown-filter = { $option } { $value } matches nothing in the plan
diag-unknown-filter-suggested = { $option } { $value } matches nothing in the plan: did you mean `{ $best }`?
diag-not-a-date = `{ $text }` is not a date written YYYY-MM-DD
diag-no-such-day = `{ $text }` is not a date of the calendar
diag-not-a-period = `{ $text }` is not a period (2023, 2023-Q1, 2023-03 or 2023-W05)
diag-no-such-period = `{ $text }` names a period that does not exist
diag-csv-header = the header is plan,indicator,date,period,value,note

# Targets.
diag-target-empty = target is empty
diag-target-no-operator = `{ $text }` is not a comparison (>=, >, <=, <, =, ≥, ≤, >/=) nor a yes/no target
diag-target-no-number = expected a number after `{ $op }` in `{ $text }`
diag-target-unknown-period = unknown period `{ $word }`
diag-target-bad-boolean = `{ $text }` is not a yes/no pair
diag-target-unknown-operator = unknown operator `{ $op }` in the target's `op:`
diag-target-bad-number = target number must be between 0 and 10^12
diag-target-ambiguous = `{ $text }` could be { $thousands } or { $decimal }: is `{ $mark }` between thousands or before decimals?
diag-target-period-one-word = a period is one word ({ $periods }): write the target per one of them, or as a yearly total without a period
diag-target-periods = periods: { $periods }
diag-target-yes-no-help = write a yes/no target as `Oui/Non` (yes expected), `oui`, `non`, `ja`, `nee`, `yes`, `no`
diag-target-help = write a target like `>= 12 par an`, `>/= 3 heures/jour`, `<= 5 %` or `Oui/Non`

# Faults of YAML syntax, and what to do.
diag-syntax-key-not-allowed = a `:` here starts a key where no key can stand
diag-syntax-item-not-allowed = a list item (`- `) cannot stand here
diag-syntax-key-expected = a `key: value` line, or a `,` between items, was expected here
diag-syntax-indentation = this line is not indented like the lines it belongs with
diag-syntax-unexpected-end = the file ends before the list or the keys above are closed
diag-syntax-bracket-not-closed = this bracket is never closed
diag-syntax-bracket-mismatch = this bracket closes no bracket opened before it
diag-syntax-escape = a `\` in double quotes starts an escape that YAML does not know
diag-syntax-character = this character cannot start a value
diag-syntax-after-quote = text after a closing quote
diag-syntax-other = this cannot be read as YAML
diag-syntax-key-not-allowed-help = put text that holds `: ` between quotes ('Nombre : 12'), or check the indentation of this line
diag-syntax-indentation-help = check the indentation: the keys of one item start in the same column, with spaces
diag-syntax-unexpected-end-help = check the last lines: is a bracket or a quote left open?
diag-syntax-bracket-help = close each `[` with `]` and each `{"{"}` with `{"}"}`, or put text that holds a bracket between quotes
diag-syntax-escape-help = write the text between single quotes ('…'), or write `\\` for a backslash
diag-syntax-character-help = put the value between quotes when it starts with `@`, `` ` ``, `%`, `|` or `>`
diag-syntax-after-quote-help = put the whole value between the quotes, or none of it
diag-syntax-other-help = check the quotes, brackets, colons and indentation here

# Numbers as written.
diag-number-exponent = `{ $text }` is written with an exponent
diag-number-radix = `{ $text }` is written in another base than ten
diag-number-underscore = `{ $text }` groups its digits with `_`
diag-number-no-leading-digit = `{ $text }` has no digit before its decimal mark
diag-number-grouping = `{ $text }` has separators where no number has them
diag-number-digits-help = write numbers in plain digits, with a decimal comma or point: 1000, 2,5, 1 000
diag-number-underscore-help = write thousands without `_`: 1000 or 1 000
diag-number-no-leading-digit-help = write a digit before the decimal mark: 0{ $text }
diag-number-grouping-help = group thousands by three (1 000, 1.000,5) or not at all (1000), with one decimal mark (2,5)
diag-ambiguity-help = write { $thousands } or { $decimal } to say which

# Reading files: messages.
diag-tab = a tab is used for indentation
diag-second-document = a second YAML document: a file holds one plan or one measurements list
diag-unclosed-quote-runs-on = this quote is not closed on its line: its text runs on over the next lines
diag-unclosed-quote = this quote is never closed
diag-too-many-fields = row has { $found } fields, the header { $expected }
diag-too-few-fields = row has { $found ->
        [one] { $found } field
       *[other] { $found } fields
    }, the header { $expected }
diag-csv-quote-swallows = a quote opened here is not closed on its row: { $rows } would be read as part of this field
diag-csv-quote-never-closed = a quote opened here is never closed
diag-unreadable-row = this row cannot be read as CSV
diag-invalid-utf8 = file is not valid UTF-8
diag-kind-expected = { $what }: expected a plan (a file with a `sectors:` key) or measurements (a file with a `measurements:` key)
diag-kind-other-mapping = this file has neither a `sectors:` nor a `measurements:` key
diag-kind-list = the file is a list
diag-kind-scalar = the file is a single value
diag-kind-empty = the file is empty
diag-kind-export = this CSV file is an export of `plan export`, not measurements
diag-kind-workbook = a workbook with no sheet of measurements: no header row names the columns `indicator`, `value` and `date` or `period`
diag-duplicate-key = duplicate key `{ $key }`
diag-duplicate-key-unnamed = duplicate key
diag-duplicate-column = duplicate column `{ $name }`
diag-unknown-key = unknown key `{ $key }`
diag-misplaced-key = key `{ $key }` does not belong here
diag-unknown-column = unknown column `{ $name }`
diag-missing-key = missing key `{ $key }`
diag-missing-column = missing column { $names }
diag-empty-cell = empty `{ $column }` cell
diag-wrong-type-found = wrong type: found { $found }, expected { $expected }
diag-wrong-type = wrong type: expected { $expected }
diag-wrong-type-other = wrong type: this is not the kind of value expected here
diag-unknown-value = unknown value `{ $value }`
diag-target-shape = wrong type: expected a target such as `>= 12 par an`, or the keys op, value, unit and per
diag-not-a-value = `{ $text }` is neither a number nor yes/no
diag-file-too-large = file is { $size } bytes, larger than the limit of { $limit } bytes: not read
diag-kind-undecided = no `sectors` or `measurements` key in the first { $limit } bytes: not read further
diag-nesting-too-deep = nesting deeper than { $max } levels
diag-alias-bomb = aliases expand to too much data (an alias bomb?)
diag-too-many-nodes = more than { $max } YAML nodes in one file
diag-limit-text = the file exceeds a safety limit (too much text)
diag-limit-documents = the file exceeds a safety limit (too many YAML documents)
diag-limit-merge-keys = the file exceeds a safety limit (too many `<<` merge keys)
diag-limit-unbalanced = the file exceeds a safety limit (a list or block is closed that was never opened)
diag-limit-other = the file exceeds a safety limit
diag-row-too-long = a row longer than { $limit } bytes: the rest of the file is not read
diag-read-denied = the system refused to read on (no permission): the rest of the file is not read
diag-read-gone = the file went away while it was read: the rest of the file is not read
diag-read-cut-short = the file ended sooner than the system said: the rest of the file is not read
diag-read-other = the system could not read the file further: the rest of the file is not read
diag-empty-folder = this folder holds no plan or measurements file: nothing was read from it
diag-no-measurements = { $read ->
        [0] no measurements were read: every indicator of plan `{ $plan }` will show as no data
        [1] the one measurement read is not for plan `{ $plan }`: every indicator will show as no data
       *[other] none of the { $read } measurements read is for plan `{ $plan }`: every indicator will show as no data
    }

# Plans: messages.
diag-invalid-id = invalid { $level } id `{ $id }`
diag-duplicate-id = duplicate id `{ $id }`
diag-invalid-target = invalid target: { $error }
diag-share-itself = `{ $reference }` cannot share its own { $what }
diag-share-not-in-project = `{ $reference }` is not an operational objective of project `{ $service }`
diag-share-also-own = `{ $objective }` shares the { $what } of `{ $reference }` but also lists its own
diag-share-owner-shares = `{ $reference }` itself shares its { $what }: point at the objective that holds them
diag-share-nothing = `{ $reference }` has no { $what } to share
diag-duplicate-plan-id = plan id `{ $id }` is already declared by another file
diag-second-plan = a second plan for { $commune } { $year }
diag-year-out-of-range = year { $year } is out of range
diag-threshold-out-of-range = partial_threshold { $value } is not a percentage between 0 and 100
diag-boolean-baseline = a yes/no target has no baseline
diag-boolean-aggregate = a yes/no target takes no `aggregate`
diag-baseline-beyond-target = baseline { $baseline } is already beyond the target `{ $target }`
diag-baseline-out-of-range = baseline { $baseline } is not a number from 0 to 10^12
diag-handled-with-projects = strategic objective `{ $id }` is handled by { $by } but has projects
diag-no-indicator = operational objective `{ $id }` has no indicator
diag-empty-strategic-objective = strategic objective `{ $id }` has no operational objective

# Measurements: messages.
diag-unknown-plan = unknown plan `{ $id }`
diag-unknown-indicator = unknown indicator `{ $id }` in plan `{ $plan }`
diag-value-kind-yes-no = `{ $indicator }` has a yes/no target, but this value is a number
diag-value-kind-number = `{ $indicator }` has a numeric target, but this value is yes/no
diag-value-not-finite = value is not a finite number
diag-value-negative = negative value { $value }
diag-value-too-large = value { $value } is larger than 10^12
diag-date-and-period = a measurement has a `date` or a `period`, not both
diag-no-date-nor-period = a measurement needs a `date` or a `period`
# $kind and $per are day, week, month, quarter or year.
diag-coarse-granularity = a { $kind ->
        [day] day
        [week] week
        [month] month
        [quarter] quarter
       *[year] year
    } total cannot be judged against a per-{ $per ->
        [day] day
        [week] week
        [month] month
        [quarter] quarter
       *[year] year
    } target
diag-outside-year = measurement outside the plan's year { $year }
diag-duplicate-measurement = `{ $indicator }` is measured twice for the same date or period
diag-ambiguous-number-comma = `{ $text }` was read as { $value } (decimal comma)
diag-ambiguous-number-point = `{ $text }` was read as { $value } (decimal point)

# Labels under the caret, and of the other places.
diag-caret-invalid-byte = invalid byte here
diag-caret-utf16 = a UTF-16 byte-order mark
diag-caret-no-measurements = { $count ->
        [one] { $count } indicator
       *[other] { $count } indicators
    } without a measurement
diag-caret-invalid-id = ids are letters, digits, `.`, `_` and `-`, starting with a letter or digit
diag-caret-declared-again = { $level } declared again here
diag-caret-invalid-target = cannot read this target
diag-related-first-declared-as = first declared as { $level } here
diag-related-parser-stopped = the parser stopped here: { $message }
diag-related-first-declared = first declared here
diag-related-same-commune-year = plan `{ $plan }` is for the same commune and year
diag-related-first-measured = first measured here

# Help lines.
diag-tab-help = indent with spaces: YAML does not allow tabs for indentation
diag-second-document-help = remove the `---` line and what follows, or move it to a file of its own
diag-unclosed-bracket-help = close the list or the keys it opens with `]` or `{"}"}`, or put text that holds a bracket between quotes
diag-unclosed-quote-help = close the quote on the line where it opens; a quote inside the text is written twice between '…' ('l''école') or as \" between "…"
diag-too-many-fields-help = quote a value that holds the separator: "a, b"
diag-too-few-fields-help = every row has a field for each column of the header: an empty one is nothing between two separators (,,)
diag-csv-quote-header-help = close the quote, or remove it: the rest of the file is not read
diag-csv-quote-row-help = close the quote, or remove it: this row is skipped, and the rows after it are read as rows
diag-unreadable-row-help = check the quotes and separators of this row
diag-save-as-csv-utf8 = save it as CSV UTF-8 (Excel: File › Save as › CSV UTF-8)
diag-invalid-utf8-help = save the file as UTF-8
diag-export-help = keep exports out of the folders given to `plan`, or name the files to read
diag-kind-help = a plan file has `id`, `commune`, `year`, `title` and `sectors`; a measurements file has `plan` and `measurements`
diag-duplicate-key-help = a key may appear once in the same block of keys: remove or rename one of them
diag-allowed-keys = allowed keys here: { $keys }
diag-misplaced-key-help = `{ $key }` is a key of { $belongs }: check its indentation; allowed keys here: { $allowed }
diag-missing-key-help = add `{ $key }:` beside the other keys here
diag-empty-cell-help = every row needs a plan, an indicator and a value
diag-expected-one-of = expected one of: { $values }
diag-target-shape-help = write a target as text (`>= 12 par an`, `Oui/Non`) or with the keys op, value, unit and per
diag-switch-word-help = `on`, `off`, `y` and `n` are not read as yes/no: write yes/no, oui/non, ja/nee or true/false
diag-not-a-value-help = values are numbers (3.5) or yes/no/oui/non/ja/nee/true/false
diag-plan-too-large-help = a plan file holds one commune's plan: is this the right file?
diag-measurements-too-large-help = split the measurements into several files (one a year or a service)
diag-kind-undecided-help = a plan file is at most 16 MiB; a measurements file has `plan` and `measurements` near its start
diag-limit-help = a limit against hostile input: plan and measurements files need no aliases nor deep nesting
diag-row-too-long-help = a row holds one measurement: is a quote left open?
diag-read-stopped-help = check that the file is readable and complete, then run `plan` again
diag-empty-folder-help = check the path: is it the right folder, or are its files elsewhere? the other paths were read
diag-no-measurements-help = pass the folder (or the files) of the measurements too, after the plan's: e.g. `plans measurements`
diag-invalid-id-help = ids follow [A-Za-z0-9][A-Za-z0-9._-]*, e.g. `GDP-1-a`
diag-duplicate-id-help = ids are unique across the whole plan, at every level: rename one of them
diag-invalid-share-help = `shares: {"{"}results: <id>, indicators: <id>{"}"}` names the operational objective of the same project that holds the merged cell
diag-duplicate-plan-id-help = each plan is one file: merge them or give one another id
diag-second-plan-help = a commune has one plan a year: remove the copy, or correct its commune or year
diag-year-help = write the plan's year, e.g. `year: 2023`
diag-threshold-help = the default is 50: an unmet indicator at 50 % or more of its target is `partial`
diag-boolean-baseline-help = remove `baseline`, or give the indicator a numeric target
diag-boolean-aggregate-help = a yes/no indicator's actual value is always its latest measurement
diag-baseline-beyond-target-help = the baseline is the level before the plan: below a `>=` target, above a `<=` target
diag-baseline-out-of-range-help = the baseline is the level before the plan, e.g. `baseline: 2.5`
diag-handled-with-projects-help = a placeholder handled elsewhere has no projects: remove `handled_by` or the projects
diag-no-indicator-help = add an indicator, or declare a merged cell with `shares: {"{"}indicators: <id>{"}"}`
diag-empty-strategic-objective-help = add its operational objectives, or mark a placeholder with `handled_by: Zone de Police`
diag-pass-plan-help = pass the plan file too, e.g. `plan validate plans/ measurements/`
diag-no-plan-loaded-help = no plan was loaded: pass the plan file too, e.g. `plan validate plans/ measurements/`
diag-loaded-plans-help = loaded plans: { $plans }
diag-tree-lists-ids-help = `plan tree` lists the indicator ids
diag-tree-lists-ids-of-plan-help = `plan tree` lists the indicator ids of the plan
diag-value-kind-yes-no-help = write oui/non, yes/no or ja/nee here
diag-value-kind-number-help = write a number here
diag-invalid-value-help = measured values are numbers from 0 to 10^12
diag-day-first-help = did you mean `{ $date }`? dates are written YYYY-MM-DD: year, month, day
diag-date-help = write dates as YYYY-MM-DD, e.g. 2023-02-03
diag-period-help = periods: 2023, 2023-Q1, 2023-03 or 2023-W05
diag-date-and-period-help = keep `date: YYYY-MM-DD` for a day, or `period: 2023-Q1` for a period
diag-no-date-nor-period-help = add `date: 2023-01-31` or `period: 2023-01`
# $per is day, week, month, quarter or year.
diag-coarse-granularity-help = record this indicator per { $per ->
        [day] day
        [week] week
        [month] month
        [quarter] quarter
       *[year] year
    } (or finer), e.g. with `date:`
diag-outside-year-help = it is not counted in the reports of this plan; check the year
diag-duplicate-measurement-help = both records are counted: remove one if it is a copy, or tell them apart with a `note` (e.g. the quartier)

# What each code catches: the rules of `--format sarif`.
diag-rule-syntax = A file that is not well-formed YAML or CSV
diag-rule-invalid-utf8 = A file that is not valid UTF-8
diag-rule-unknown-file-kind = A file that is neither a plan nor measurements
diag-rule-duplicate-key = A key or a column written twice
diag-rule-unknown-key = An unknown key or column
diag-rule-missing-key = A required key, column or cell left out
diag-rule-wrong-type = A value of the wrong type
diag-rule-limit-exceeded = A file beyond a limit against hostile input
diag-rule-invalid-id = An id that is not letters, digits, `.`, `_` and `-`
diag-rule-duplicate-id = An id declared twice in a plan
diag-rule-invalid-target = A target that cannot be read
diag-rule-invalid-share = A merged cell (`shares`) that names the wrong objective
diag-rule-duplicate-plan = Two plans with one id, or for one commune and year
diag-rule-invalid-plan-value = A plan value out of range: year, threshold, baseline
diag-rule-unknown-plan = A measurement for a plan that was not loaded
diag-rule-unknown-indicator = A measurement for an indicator the plan does not have
diag-rule-value-kind = A yes/no value for a numeric target, or a number for a yes/no one
diag-rule-invalid-value = A measured value that is negative, too large or not finite
diag-rule-invalid-date = An impossible date or period
diag-rule-date-period = A measurement with both or neither of `date` and `period`
diag-rule-coarse-granularity = A measurement coarser than its indicator's target
diag-rule-empty-folder = A folder named on the command line that holds nothing to read
diag-rule-no-measurements = A plan reported on without any of its measurements
diag-rule-no-indicator = An operational objective with no indicator
diag-rule-empty-strategic-objective = A strategic objective with no operational objective and no `handled_by`
diag-rule-outside-year = A measurement outside its plan's year
diag-rule-duplicate-measurement = An indicator measured twice for the same day or period
diag-rule-ambiguous-number = A measured value such as `1,000`: a thousand or one?

# The summary of a run.
diag-found-errors = { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    } found
diag-found-warnings = { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    } found
diag-found-both = { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    } and { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    } found
diag-found-not-listed = { $found }, { $count } of them not listed (at most { $max } of one code are)
diag-read-in-part = { $count ->
        [one] { $count } file
       *[other] { $count } files
    } read only in part
diag-no-problems = no problems found
diag-checked = plan: checked { $files ->
        [one] { $files } file
       *[other] { $files } files
    }: { $plans ->
        [one] { $plans } plan
       *[other] { $plans } plans
    } with { $indicators ->
        [one] { $indicators } indicator
       *[other] { $indicators } indicators
    }, { $measurements ->
        [one] { $measurements } measurement
       *[other] { $measurements } measurements
    }: { $summary }
diag-not-shown-all = { $more } more { $severity }[{ $code }] findings not shown; `plan validate --format short` lists them all
diag-not-shown-first = { $more } more { $severity }[{ $code }] findings not shown; `plan validate --format short` lists the first { $listed }
diag-not-listed = plan: { $count } more findings not listed (at most { $max } of one code are kept)


## Command line: help of commands and options, usage errors (cli, config, commands)

# The help of `plan` and of its commands (`plan --help`, `plan report --help`). Ids by
# rule (src/cli/words.rs): cmd-<command>-about, arg-<option>, arg-<command>-<option> for
# --format and -o, placeholder-<value name>, value-<option>-<value>.
cmd-plan-about = Check, measure and report on a Belgian commune's security and prevention plan kept as YAML
cmd-plan-long-about =
    Check, measure and report on a Belgian commune's security and prevention plan (Contrat de sécurité et de société / PSSP) kept as YAML.

    The plan lives in one YAML file, what was measured in YAML or CSV files; every command that reads them takes files or directories (default: `plans`). `plan validate` checks them, `plan report` shows where each indicator stands for a year, `plan export` writes tidy rows as CSV, JSON or an Excel workbook.

    Exit status: 0 clean (warnings allowed), 1 findings that fail (errors, or warnings with --strict), 2 usage or I/O error.
cmd-validate-about = Check plan and measurements files; exit 1 on errors (or warnings with --strict)
cmd-tree-about = Print the plan's hierarchy with ids and targets
cmd-report-about = Print where each indicator stands for a year (tables, Markdown or HTML)
cmd-export-about = Export one row per indicator (CSV, JSON or Excel) for a year
cmd-schema-about = Print the JSON Schema of plan or measurements files (for editors' YAML support)
cmd-completions-about = Print the completion script of a shell (bash, zsh, fish, powershell, elvish)
cmd-man-about = Print the manual page (roff), for `man`
arg-color = When to use colours: auto (a terminal without NO_COLOR), always or never
arg-lang = Language of messages, and of reports, documents and workbooks (fr, nl, en, de; also written FR, fr-BE, nl_BE). Messages default to PLAN_LANG, else the locale; reports and workbooks to the plan's `language`; CSV and JSON exports keep English headers and status codes unless this is given
arg-paths = Files or directories (walked for *.yaml, *.yml, *.csv and workbooks; hidden entries skipped) [default: plans and measurements, those that exist]
arg-validate-format = How to print findings
value-validate-format-human = rustc-like: message, `--> file:line:col`, the source line and a caret
value-validate-format-short = One line per finding: `file:line:col: error[E102]: message`
value-validate-format-json = A JSON array of findings
value-validate-format-github = GitHub Actions workflow commands (`::error file=…,line=…,col=…::…`)
value-validate-format-sarif = SARIF 2.1.0 JSON, for GitHub code scanning: one run, a rule per code
arg-strict = Fail (exit 1) on warnings too
arg-depth = Stop at this level: 1 sectors, 2 general objectives, 3 strategic objectives, 4 projects, 5 operational objectives, 6 indicators
arg-year = The year to report on
arg-as-of = Count only measurements up to this date (YYYY-MM-DD); yearly summed targets are pro-rated by the days elapsed
arg-sector = Keep only this sector (id, e.g. S2); repeatable
arg-service = Keep only this service (e.g. GDP, SCAPI); repeatable
arg-indicator = Keep only this indicator (id, e.g. GDP-1-a); repeatable
arg-report-format = Output format (default: from the -o extension, else table)
value-report-format-table = Tables for the terminal (plain text in a file)
value-report-format-markdown = Markdown, for a wiki or an e-mail
value-report-format-html = One self-contained HTML page with bars, printable on A4
arg-report-output = Write to FILE instead of standard output: .txt, .md or .html (a file already there is replaced only once the new one is complete)
arg-export-format = Output format (default: from the -o extension, else csv)
arg-by = One row per indicator and month or quarter
arg-excel = CSV for Belgian Excel: `;` separator, UTF-8 BOM, decimal comma, CRLF
arg-export-output = Write to FILE instead of standard output (a file already there is replaced only once the new one is complete)
arg-shell = The shell to complete `plan` in
arg-kind = Which file format
# The names of values in usage lines: --year <YEAR>.
placeholder-color = COLOR
placeholder-lang = LANG
placeholder-paths = PATHS
placeholder-format = FORMAT
placeholder-depth = DEPTH
placeholder-year = YEAR
placeholder-date = DATE
placeholder-id = ID
placeholder-name = NAME
placeholder-file = FILE
placeholder-by = BY
placeholder-shell = SHELL
placeholder-kind = KIND
placeholder-command = COMMAND
# The parts of every help: headings, the help and version options, the help command.
help-usage = Usage:
help-commands = Commands:
help-arguments = Arguments:
help-options = Options:
help-options-placeholder = [OPTIONS]
help-flag = Print help
help-flag-more = Print help (see more with '--help')
help-flag-summary = Print help (see a summary with '-h')
help-version-flag = Print version
help-command-about = Print this message or the help of the given subcommand(s)
help-command-arg = Print help for the subcommand(s)
help-default = [default: { $value }]
help-possible-values = [possible values: { $values }]
help-possible-values-list = Possible values:
# The last line of every help; $source is one of the language-source-* messages.
help-footer = Messages in { $language } ({ $source }); another language with --lang or PLAN_LANG ({ $codes }).
# The second line of `plan --version`.
version-messages = messages: { $language } ({ $source })
language-source-option = --lang
language-source-variable = { $name }={ $value }
language-source-default = default
# The section headings of `plan man`.
man-name = NAME
man-synopsis = SYNOPSIS
man-description = DESCRIPTION
man-options = OPTIONS
man-commands = COMMANDS
man-version = VERSION
# Usage errors: what is wrong with the command line. $option is written as in the help
# (`--format <FORMAT>`), $value as typed.
error-heading = error:
usage-value-missing = a value is required for { $option } but none was supplied
usage-invalid-value = invalid value { $value } for { $option }
usage-refused-value = invalid value { $value } for { $option }: { $why }
usage-unknown-argument = unexpected argument { $argument } found
usage-unknown-command = unrecognized subcommand { $command }
usage-missing-arguments = the following required arguments were not provided:
usage-missing-command = a command is needed
usage-possible-commands = [commands: { $commands }]
usage-used-twice = the argument { $option } cannot be used multiple times
usage-conflict = the argument { $option } cannot be used with { $others }
usage-too-many-values = unexpected value { $value } for { $option } found; no more were expected
usage-number-of-values = { $option } takes { $expected } values; { $count ->
        [one] { $count } was given
       *[other] { $count } were given
    }
usage-needs-equals = { $option } needs its value after an equal sign: { $option }=…
usage-invalid-utf8 = an argument is not valid UTF-8 text
usage-unreadable = the command line cannot be read
usage-tip = tip:
usage-similar-commands = { $count ->
        [one] a similar subcommand exists: { $commands }
       *[other] some similar subcommands exist: { $commands }
    }
usage-did-you-mean = a similar argument exists: { $suggestion }
usage-tip-as-value = to pass { $argument } as a value, use { $instead }
usage-tip-remove-dashes = subcommand { $command } exists; to use it, remove the '--' before it
usage-tip-exists = { $option } exists
usage-more = For more information, try '{ $command }'.
usage-lang-refused = plan speaks { $codes }
usage-year-refused = a year is written in digits, e.g. 2023
usage-depth-refused = the levels go from 1 (sectors) to 6 (indicators)
# plan's own errors: arguments that do not fit, files that cannot be read or written.
error-year-out-of-range = --year { $year } is out of range: plan knows the years { $first } to { $last }
error-as-of-outside-year = --as-of { $date } is not in the report year { $year }
error-no-plan-file = no plan file found: pass the plan's file or folder (default: plans)
error-no-plan-for-year = no plan for { $year }; plans loaded: { $plans }
error-path-not-found = { $path }: no such file or directory
error-cannot-read = { $path }: cannot be read: { $reason }
error-cannot-read-folder = { $path }: this folder cannot be read: { $reason }
error-no-files = no plan or measurements file (*.yaml, *.yml, *.csv, *.xlsx, *.xls, *.ods) in { $paths }
error-not-a-file = { $path }: neither a file nor a folder
error-stdout = cannot write to standard output: { $reason }
error-cannot-write = cannot write { $path }: { $reason }
error-unknown-extension = cannot tell the format of { $path }: use a { $names } name, or --format
error-format-mismatch = --format { $format } does not match the name { $path }
error-dangling-link = { $path } is a symbolic link that leads to no file: refusing to write through it
error-not-regular = { $path } is { $what }, not a regular file: refusing to write to it (leave out -o to write to standard output)
error-link-not-regular = { $path } is a symbolic link to { $what }, not a regular file: refusing to write to it (leave out -o to write to standard output)
error-input-clash = { $path } is one of the input files: refusing to overwrite it
error-excel-not-csv = --excel is a CSV dialect: it does not apply to { $format } output
error-xlsx-needs-file = an Excel workbook is binary: write it to a file with -o FILE.xlsx
kind-device = a device
kind-fifo = a FIFO (named pipe)
kind-socket = a socket
kind-folder = a folder
kind-special = a special file
# `a, b or c`.
list-or = { $first } or { $last }
# Why the system refused to read or write a file.
io-not-found = no such file or directory
io-permission-denied = permission denied
io-is-a-folder = it is a folder
io-not-a-folder = a part of the path is not a folder
io-already-exists = it already exists
io-disk-full = the disk is full
io-quota = the disk quota is used up
io-read-only = the disk is read-only
io-too-large = the file is too large
io-busy = the file is in use by another program
io-invalid-name = the name is not valid here
io-crosses-devices = it would be moved to another disk
io-unreadable = its content cannot be read
io-interrupted = the system stopped before the end; try again
io-loop = a symbolic link leads back into the folder
io-other-code = the system refused (error { $code })
io-other = the system refused
# What was written with -o FILE.
output-wrote-report = plan: wrote the report to { $path }
output-wrote-rows = plan: wrote { $count ->
        [one] { $count } row
       *[other] { $count } rows
    } to { $path }
output-nothing-written = ; nothing was written

## Windows-1252 CSV and the workbook for people (issue 12)

diag-read-as-windows-1252 = file read as Windows-1252, as Excel saves "CSV (séparateur: point-virgule)": it is not UTF-8
diag-caret-read-as-windows-1252 = the first character that is not UTF-8
diag-rule-windows-1252 = A CSV file read as Windows-1252
diag-not-text = file is neither UTF-8 nor Windows-1252 text: it holds bytes that no text file holds; nothing is read from here on
diag-caret-not-text = not text
diag-not-text-help = is it really a CSV file? save the measurements as CSV UTF-8 (Excel: File › Save as › CSV UTF-8)
# The headers of the workbook's rows sheet, for people (CSV and JSON keep SPEC §5.1's names).
workbook-column-indicator-id = Indicator id
workbook-column-indicator = Indicator
workbook-column-target = Target
workbook-column-actual = Actual
workbook-column-attainment = Attainment
workbook-column-status = Status
workbook-column-period = Period
workbook-column-target-op = Comparison
workbook-column-target-value = Target applied
workbook-column-target-unit = Unit
workbook-column-target-per = Target per
workbook-column-baseline = Baseline
workbook-column-buckets-met = Periods met
workbook-column-buckets = Periods with data
workbook-column-measurements = Measurements
workbook-column-notes = Notes
workbook-column-comment = Comment
workbook-column-action = Action
workbook-column-service = Service
workbook-column-operational-objective-id = Operational objective id
workbook-column-operational-objective = Operational objective
workbook-column-strategic-objective-id = Strategic objective id
workbook-column-strategic-objective = Strategic objective
workbook-column-general-objective-id = General objective id
workbook-column-general-objective = General objective
workbook-column-sector-id = Sector id
workbook-column-sector = Sector
workbook-column-plan-id = Plan
workbook-column-commune = Commune
workbook-column-year = Year
# The period a target is counted per: $per is day, week, month, quarter or year.
workbook-per = { $per ->
        [day] day
        [week] week
        [month] month
        [quarter] quarter
       *[year] year
    }

## Entry workbooks (issue 12)
diag-workbook-help = a sheet of measurements has a header row naming `indicator`, `value` and `date` or `period` (in English, French or Dutch); `plan template` writes a workbook to fill in
diag-workbook-lock-file = the lock file of a workbook open in Excel, not a workbook
diag-workbook-protected = a workbook protected by a password: it cannot be read
diag-workbook-corrupt = a damaged workbook, or not a workbook: it cannot be read
diag-workbook-lock-file-help = close the workbook in Excel, or name the workbook itself rather than its `~$` file
diag-workbook-protected-help = save a copy without a password (Excel: File › Info › Protect Workbook › Encrypt with Password, emptied)
diag-workbook-corrupt-help = open it in Excel or LibreOffice and save it again as .xlsx or .ods
cmd-template-about = Write the entry workbook (.xlsx or .ods) that the services fill in for a year
arg-template-output = The workbook to write, FILE.xlsx or FILE.ods (a file already there is replaced only once the new one is complete)
error-template-format = { $path }: an entry workbook is written as .xlsx or .ods
error-template-no-plan = no plan of { $year } was read
error-template-service = no service { $name } in the plan (services: { $known })
output-wrote-template = plan: wrote the entry workbook of { $sheets ->
        [one] { $sheets } service
       *[other] { $sheets } services
    } to { $path }
template-plan = Plan
template-year = Year
template-service = Service
template-instructions-sheet = Instructions
template-title = Entry workbook { $year } — { $commune }
template-column-indicator = Indicator
template-column-label = Label
template-column-target = Target
template-column-date = Date
template-column-period = Period
template-column-value = Value
template-column-note = Note
template-yes = yes
template-no = no
template-how-sheets = Each service has its own sheet. Fill in the Value column (and a Note if useful) of the rows of your indicators; the indicator, its label and its target are locked.
template-how-rows = One row per period at which the target is counted: a month per row for yearly counts, a day per row for daily targets, one row for a yes/no milestone (give its date).
template-how-add = To add a measurement (another place, another day), fill in one of the empty rows at the bottom of the sheet, choosing the indicator from the list.
template-how-formats = Dates: a day of { $year } (02/03/{ $year }). Periods: { $year }-03 (a month), { $year }-Q1 (a quarter), { $year }-W05 (a week) or { $year }. Values: a number of 0 or more (3,5 or 3.5), or { $yes }/{ $no } for a yes/no indicator.
template-how-empty = Rows left without a value or a note are not read.
template-send-to = Send the completed workbook back to:
template-how-check = The coordinator reads it back with `plan validate`: every mistake is named with its sheet and cell.
template-indicators = The plan's indicators
template-input-indicator = An indicator of the plan: choose it from the list.
template-input-date = A day of { $year }.
template-input-period = A period of { $year }: { $year }-03, { $year }-Q1, { $year }-W05 or { $year }.
template-input-number = A number of 0 or more.
template-input-yes-no = { $yes } or { $no }.
template-input-any = A number of 0 or more, or { $yes }/{ $no } for a yes/no indicator.
template-input-note = Optional: a place, an event, a remark.
template-invalid = This value does not fit: see the message of the cell.
diag-rule-unreadable-workbook = A workbook among the measurements that cannot be read: Excel's lock file, protected by a password, or damaged

## Comments and documents (issue 13)
diag-in-comment = a comment
diag-unknown-about = comment on `{ $id }`, which is no id of plan `{ $plan }`
diag-comment-outside-year = comment for { $period }, outside the plan's year { $year }
diag-empty-comment = comment without text
diag-duplicate-comment = a second comment on `{ $about }` for { $period }
diag-related-first-comment = first comment here
diag-unknown-about-help = a comment is about an id of the plan (sector, objective, operational objective or indicator); `plan tree` lists them
diag-comment-outside-year-help = give a period of the plan's year: the year, a quarter (2023-Q2) or a month (2023-06)
diag-empty-comment-help = write in `text` why the figures are what they are, or remove the comment
diag-duplicate-comment-help = one comment per id and period: join the two texts into one
diag-rule-unknown-about = A comment on an id that its plan does not have
diag-rule-comment-outside-year = A comment for a period outside its plan's year
diag-rule-empty-comment = A comment without text
diag-rule-duplicate-comment = Two comments on the same id and period
column-comment = comment
column-action = action
# A comment under its indicator or objective: its period, then its text.
report-comment = ({ $period }): { $text }
report-comment-action = Action: { $action }
report-comments = Comments
# The plan de projet and the evaluation as Word documents (render/docx.rs): the title
# block, headings and tables of the source document.
doc-contract = SECURITY AND SOCIETY CONTRACT
doc-plan-of-year = PROJECT PLAN { $year }
doc-commune = OF THE CITY/MUNICIPALITY OF { $commune }
doc-allocation = « { $allocation } » ALLOCATION
doc-contract-article = SECURITY AND SOCIETY CONTRACT (art. 2)
doc-sector = Sector of activity { $number }:
doc-general-objective = General objective { $number } – Sector of activity { $sector }:
doc-strategic-objective = Strategic objective { $number } – Domain:
doc-column-operational-objectives = Operational objectives
doc-column-results = Expected results
doc-column-indicators = Indicators
doc-numbered = { $number }. { $text }
doc-item = - { $text }
doc-indicator = - { $label }: { $target }
doc-running-header = { $commune } — Project plan { $year }
doc-column-operational-objective = Operational objective
doc-column-comment = Comment
doc-made-from = Made on { $date } from: { $files }
cmd-document-about = Write the plan de projet as a Word document (.docx), in the layout of the source document
arg-document-output = Write to FILE.docx (a file already there is replaced only once the new one is complete)
value-report-format-docx = A Word document (.docx) on A4 landscape: summaries, then a table per service with the comments
error-docx-needs-file = a Word document is binary: write it to a file with -o FILE.docx
error-docx-extension = `{ $path }` does not end in .docx: a Word document is written to -o FILE.docx
error-document-which-year = the files hold plans of several years ({ $years }): choose one with --year
output-wrote-document = plan: wrote the document to { $path }

## Comments in entry workbooks
template-column-comment = Comment
template-input-comment = Optional: why the figures are what they are, for the evaluation. Read as a comment on this indicator for the row's period (the day's month on a day row; the year on a yes/no row).

## Watch list and readability (issue 15)
watch-note-year = note: year { $year }, the only one of the plans read (--year to choose one)
watch-made = Made on { $date }
watch-no-filter = the whole plan, no filter
watch-filters = filters: { $filters }
watch-title = To watch ({ $count })
watch-none = No indicator to watch: all are met or without data.
watch-no-data = No data: { $ids }
watch-column-gap = Gap
watch-per-day = per day
watch-per-week = per week
watch-per-month = per month
watch-per-quarter = per quarter
watch-gap-short = { $amount } short
watch-gap-over = { $amount } over
watch-gap-off = off by { $amount }
watch-gap-answer = { $actual } instead of { $expected }

## Next year's plan: plan rollover (issue 15)
cmd-rollover-about = Write next year's plan file from this year's, with this year's actuals as baselines where indicators fell short
cmd-rollover-long-about =
    Write next year's plan file from this year's: the same sectors, objectives and indicators with the same ids, the plan's id, year and title changed to the new year, and the targets kept for you to revise.

    Each indicator that fell short this year (partially met or not met in `plan report --year YEAR` over the same paths) gets this year's actual as its baseline, with a comment saying so; a baseline it had is replaced and named in that comment. An indicator whose actual lies beyond its target, a yes/no one not as expected and one without data get a comment only. The new file keeps the comments and layout of this year's file and validates at once.

    It goes beside this year's plan file, under its name with the year changed (plans/molenbeek-2024.yaml), or to -o FILE (-o - for standard output). A file already there is never replaced: rollover stops with exit status 1 and writes nothing.
arg-rollover-year = The year of the plan to start from, whose report gives the baselines
arg-rollover-to = The year of the new plan (after --year)
arg-rollover-output = Write the new plan to FILE (- for standard output); never over an existing file. Default: beside the plan file, its name with the year changed
rollover-note-made = Plan { $to } prepared by `plan rollover` from { $file }: baselines are the { $from } actuals of the indicators that fell short; targets to revise.
rollover-note-revise = names { $from }: to revise for { $to }
rollover-note-achieved = achieved in { $year } ({ $status }): { $actual }
rollover-note-previous = { $achieved }; previous baseline: { $previous }
rollover-note-beyond = { $achieved }, beyond the target: not a baseline
rollover-note-out-of-range = { $achieved }, too large for a baseline
rollover-note-yes-no = { $achieved } (a yes/no indicator has no baseline)
rollover-note-no-data = nothing measured in { $year }
rollover-error-not-after = --to { $to } must come after --year { $year }
rollover-error-several-plans = the files hold several plans of { $year } ({ $plans }): -o names one file; leave it out to write one file beside each plan
rollover-error-layout = { $path }: { $id } is written in a way that rollover cannot edit (through an alias?)
rollover-error-exists = { $path } already exists: rollover never writes over a file (remove it, or name another with -o)
rollover-wrote = plan: wrote { $path }: { $counts }
rollover-printed = plan: wrote next year's plan to standard output: { $counts }
rollover-count-indicators = { $count ->
        [one] { $count } indicator
       *[other] { $count } indicators
    }
rollover-count-baselines = { $count ->
        [one] { $count } baseline
       *[other] { $count } baselines
    } from { $year }
rollover-count-beyond = { $count ->
        [one] { $count } comment only
       *[other] { $count } comments only
    } (already beyond the target)
rollover-count-yes-no = { $count ->
        [one] { $count } comment only
       *[other] { $count } comments only
    } (yes/no not as expected)
rollover-count-out-of-range = { $count ->
        [one] { $count } comment only
       *[other] { $count } comments only
    } (too large for a baseline)
rollover-count-no-data = { $count ->
        [one] { $count } comment
       *[other] { $count } comments
    } (nothing measured in { $year })

## Progress charts (issue 15)
# Above the charts of a service's indicators in the HTML report.
chart-heading = Progress month by month
# A month on a chart's axis, abbreviated; $month is 1 to 12.
chart-month-short = { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    }
# A month and its year, in a point's text: $month is 1 to 12.
chart-month = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }
# Beside the line of --as-of on a chart: $date is a long date.
chart-as-of = as of { $date }
# The legend above a chart.
chart-legend-cumulative = Actual, cumulative
chart-legend-pro-rated = Pro-rated target
chart-legend-month = Actual per month
chart-legend-target = Target
# A chart's text alternative: $actual and $target are amounts with their unit, $date a
# long date, $month a month and its year.
chart-cumulative-title = { $id }: { $actual } cumulative at { $date }, pro-rated target { $target }
chart-month-title = { $id }: { $actual } in { $month } (last month measured), target { $target }
chart-no-data-title = { $id }: no measurements, target { $target }
# The text of one point of a chart.
chart-point-cumulative = { $date }: { $value } cumulative
chart-point-cumulative-target = { $date }: pro-rated target { $value }
chart-point-month = { $month }: { $value }
chart-point-month-target = { $month }: target { $value }
chart-point-yes-no = { $date }: { $value }
# A yes/no indicator's chart: $last and $expected are the words yes or no.
chart-yes-no-title = { $id }: { $count ->
        [one] one measurement
       *[other] { $count } measurements
    }, the last “{ $last }” on { $date }; expected: { $expected }
chart-yes-no-none = { $id }: no measurements; expected: { $expected }
# The legend of the shaded lane of a yes/no chart: $value is the word yes or no.
chart-expected = expected: { $value }

## Compare with another year: --compare (issue 15)
arg-compare = Show beside each indicator (same id) the actual, attainment and status of another year: the same commune's plan of that YEAR, among the PATHS, and its measurements; with --as-of, that year cut at the same day and month
compare-error-same-year = --compare { $year } is the report's own year: pick another year (--year and --compare differ)
compare-error-no-plan = no plan of { $commune } for { $year } (--compare); years read for this commune: { $years }
compare-export-only-other = plan: only in the { $year } plan, so without a row in the export: { $ids }
# CSV and JSON headers with --lang.
compare-column-previous-actual = previous_actual
compare-column-previous-attainment-pct = previous_attainment_pct
compare-column-previous-status = previous_status
# The workbook's headers for people.
compare-workbook-column-actual = Previous actual
compare-workbook-column-attainment = Previous attainment
compare-workbook-column-status = Previous status
# The report's columns: $year is the other year.
compare-column-previous = { $year }
compare-column-actual = Actual { $year }
compare-column-attainment = Attainment { $year }
compare-column-status = Status { $year }
compare-column-change = Change
# The change of an indicator's status since the other year.
compare-trend-better = status up
compare-trend-worse = status down
compare-trend-same = status unchanged
# An indicator that the other year's plan does not have.
compare-not-in-plan = not in the { $year } plan
# The short section of the comparison: where the other year is cut, the ids of one year.
compare-only-in-title = Compared with { $year }
compare-cut = { $year } counted up to { $date }: the same day as --as-of
compare-only-in = only in { $year }: { $ids }
compare-only-in-none = the same indicators in { $year } and { $other }
# A count beside the other year's: "18/31 met (2022: 15/29 met)".
compare-beside = { $share } ({ $year }: { $previous })

## Performance (issue 16)
perf-notes-more = … (+{ $count } more)
arg-jobs = How many files to read and check at once: 1 reads them one after the other; default, the number of cores (or PLAN_JOBS). Output is the same whatever the number.
placeholder-jobs = N
perf-jobs-refused = a number of jobs is a whole number from 1 up, such as 2
perf-jobs-env-refused = PLAN_JOBS is { $value }: a number of jobs is a whole number from 1 up, such as 2
