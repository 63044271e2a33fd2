"""The comparison of bench/run: the attainment of `plan report` (SPEC §4) computed by a
short Python script with PyYAML's C loader, for plans whose targets are yearly sums,
per-day means and yes/no (the shipped plan's three kinds).

    python3 bench/pyyaml_report.py PLAN.yaml MEASUREMENTS.yaml...

Prints one line per indicator: id, actual, status; `plan export` gives the same figures.
"""

import re
import sys
from collections import defaultdict

import yaml

Loader = yaml.CSafeLoader


def targets(plan):
    for sector in plan["sectors"]:
        for general in sector.get("general_objectives", []):
            for strategic in general.get("strategic_objectives", []):
                for project in strategic.get("projects", []):
                    for objective in project.get("operational_objectives", []):
                        for indicator in objective.get("indicators", []):
                            yield indicator["id"], str(indicator["target"])


def parse(target):
    if re.search(r"oui|non|yes|no", target, re.I) and not re.search(r"\d", target):
        return ("bool", None, None)
    number = float(re.search(r"\d+(?:[.,]\d+)?", target).group().replace(",", "."))
    per_day = re.search(r"/\s*jour|par jour|/day", target) is not None
    return ("day" if per_day else "sum", number, None)


def main():
    plan = yaml.load(open(sys.argv[1], encoding="utf-8"), Loader=Loader)
    threshold = plan.get("partial_threshold", 50)
    rules = {id_: parse(text) for id_, text in targets(plan)}
    sums = defaultdict(float)
    days = defaultdict(lambda: defaultdict(float))
    last = {}
    for path in sys.argv[2:]:
        data = yaml.load(open(path, encoding="utf-8"), Loader=Loader)
        for record in data["measurements"]:
            id_, value, date = record["indicator"], record["value"], str(record["date"])
            kind = rules[id_][0]
            if kind == "bool":
                if id_ not in last or date >= last[id_][0]:
                    last[id_] = (date, str(value).lower() in ("oui", "yes", "true", "ja"))
            elif kind == "day":
                days[id_][date] += float(value)
            else:
                sums[id_] += float(value)
    for id_, (kind, target, _) in rules.items():
        if kind == "bool":
            actual = last.get(id_, (None, None))[1]
        elif kind == "day":
            totals = days.get(id_, {})
            actual = sum(totals.values()) / len(totals) if totals else None
        else:
            actual = sums[id_] if id_ in sums else None
        print(id_, actual, status(kind, target, actual, threshold))


def status(kind, target, actual, threshold):
    """The status of an indicator from its actual value (SPEC §4)."""
    if actual is None:
        return "no_data"
    if kind == "bool":
        return "met" if actual else "not_met"
    if actual >= target:
        return "met"
    return "partial" if actual / target * 100 >= threshold else "not_met"


if __name__ == "__main__":
    main()
