#!/usr/bin/env python3
"""The same coverage and stunting counts as `commune-health analyze`, with lxml iterparse.

A yardstick for Benchmarks/compare.sh, not a second implementation to trust: it skips the
format's error handling and resubmissions, and reads only valid files the generator wrote."""
import math, os, sys
from datetime import date
from lxml import etree

NS = "{urn:commune-health:export:1}"
TABLE = os.path.join(os.path.dirname(__file__), "..", "Sources", "CommuneHealth", "GrowthStandards",
                     "Resources", "who2006-lhfa-daily.tsv")


def load_table():
    lms = {}
    for line in open(TABLE, encoding="utf-8"):
        if line.startswith("#") or line.startswith("sex"):
            continue
        sex, day, l, m, s = line.split("\t")
        lms[(sex, int(day))] = (float(l), float(m), float(s))
    return lms


def haz(lms, sex, days, height, position):
    if position == "standing" and days / 30.4375 < 9:
        position = None
    if days < 731 and position == "standing":
        height += 0.7
    elif days >= 731 and position == "lying":
        height -= 0.7
    l, m, s = lms[(sex, days)]
    z = math.log(height / m) / s if l == 0 else ((height / m) ** l - 1) / (l * s)
    return math.floor(abs(z) * 100 + 0.5) / 100 * (1 if z >= 0 else -1)


def analyze(path, lms, totals):
    reference = first = last = None
    population = insured = 0
    latest = {}
    holds_card = False
    for event, el in etree.iterparse(path, events=("start", "end")):
        tag = el.tag
        if event == "start":
            if tag == NS + "resident":
                holds_card = False
            continue
        if tag == NS + "period":
            first = date.fromisoformat(el.get("from"))
            last = date.fromisoformat(el.get("to"))
            reference = date.fromisoformat(el.get("referenceDate") or el.get("to"))
        elif tag == NS + "insuranceCard":
            if date.fromisoformat(el.get("validFrom")) <= reference <= date.fromisoformat(el.get("validTo")):
                holds_card = True
        elif tag == NS + "resident":
            population += 1
            insured += holds_card
            el.clear()
        elif tag == NS + "measurement":
            when = date.fromisoformat(el.get("date"))
            if first <= when <= last:
                child = el.get("childId")
                if child not in latest or when >= latest[child][0]:
                    latest[child] = (when, el.get("sex"), date.fromisoformat(el.get("birthDate")),
                                     float(el.get("heightCm")), el.get("position"))
            el.clear()
    assessed = stunted = 0
    for when, sex, born, height, position in latest.values():
        days = (when - born).days
        if days > 1826:
            continue
        z = haz(lms, sex, days, height, position)
        if abs(z) > 6:
            continue
        assessed += 1
        stunted += z < -2
    for key, value in (("population", population), ("insured", insured), ("assessed", assessed), ("stunted", stunted)):
        totals[key] = totals.get(key, 0) + value


def main():
    lms = load_table()
    totals = {}
    for root in sys.argv[1:]:
        for folder, _, names in os.walk(root):
            for name in sorted(names):
                if name.endswith(".xml"):
                    analyze(os.path.join(folder, name), lms, totals)
    print(totals)


if __name__ == "__main__":
    main()
