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
# Used by the tests of number formatting.
number-example = { $value }

## Report, tree, workbook and document labels (render)

label-met = met
label-partial = partially met
label-not-met = not met
label-no-data = no data
label-met-count = met
label-report = Report
label-as-of = as of
label-year = year
label-handled-by = handled by
label-service = Service
label-sector-col = Sector
label-id = Id
label-indicator-col = Indicator
label-target-col = Target
label-actual-col = Actual
label-attainment-col = Attainment
label-status-col = Status
label-total = Total
label-summary-sector = Summary by sector
label-summary-service = Summary by service
label-pro-rated = pro-rated
label-indicators-sheet = Indicators
label-summary-sheet = Summary
label-buckets-legend = (n/m): days, weeks, months or quarters meeting the target / with data
label-shared-with = cell shared with
label-summary = Summary
label-distribution = Distribution
label-bar-legend = Bars: attainment as a percentage of the target, up to 150 %; the vertical line marks the target (100 %).
label-yes = yes
label-no = no
label-plan-id = plan_id
label-commune = commune
label-period = period
label-sector-id = sector_id
label-sector = sector
label-general-objective-id = general_objective_id
label-general-objective = general_objective
label-strategic-objective-id = strategic_objective_id
label-strategic-objective = strategic_objective
label-service-col = service
label-operational-objective-id = operational_objective_id
label-operational-objective = operational_objective
label-indicator-id = indicator_id
label-indicator = indicator
label-target = target
label-target-op = target_op
label-target-value = target_value
label-target-unit = target_unit
label-target-per = target_per
label-baseline = baseline
label-actual = actual
label-attainment-pct = attainment_pct
label-status = status
label-buckets-met = buckets_met
label-buckets = buckets
label-measurements = measurements
label-notes = notes

## Diagnostics: messages, labels, help (render/diagnostics/words.rs)

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
arg-paths = Files or directories (walked for *.yaml, *.yml, *.csv and workbooks; hidden entries skipped)
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

