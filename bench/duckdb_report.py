"""The peer of bench/run for CSV (issue 16): what an analyst would write instead of
`plan report` over the same CSV files, the attainment (SPEC §4) computed with SQL by
DuckDB, for the shipped plan's three kinds of target (yearly sums, per-day means,
yes/no). The plan's targets are read as bench/pyyaml_report.py reads them.

    python3 bench/duckdb_report.py PLAN.yaml MEASUREMENTS.csv...

Prints one line per indicator: id, actual, status; `plan export` gives the same figures.
"""

import sys

import duckdb
import yaml

from pyyaml_report import parse, status, targets

QUERY = """
with records as (
    select indicator, date, value, row_number() over () as line
    from read_csv(?, header = true, all_varchar = true)
),
days as (
    select indicator, date, sum(try_cast(value as double)) as total
    from records group by indicator, date
)
select r.indicator,
       sum(try_cast(r.value as double)) as total,
       (select avg(d.total) from days d where d.indicator = r.indicator) as day_mean,
       arg_max(r.value, (r.date, r.line)) as last
from records r group by r.indicator
"""


def main():
    plan = yaml.load(open(sys.argv[1], encoding="utf-8"), Loader=yaml.CSafeLoader)
    threshold = plan.get("partial_threshold", 50)
    rules = {id_: parse(text) for id_, text in targets(plan)}
    found = {
        row[0]: row[1:]
        for row in duckdb.connect().execute(QUERY, [sys.argv[2:]]).fetchall()
    }
    for id_, (kind, target, _) in rules.items():
        total, day_mean, last = found.get(id_, (None, None, None))
        if kind == "bool":
            actual = None if last is None else last.lower() in ("oui", "yes", "true", "ja")
        elif kind == "day":
            actual = day_mean
        else:
            actual = total
        print(id_, actual, status(kind, target, actual, threshold))


main()
