#!/usr/bin/env python3
"""Compares an `analyze --format xlsx` workbook, as LibreOffice Calc reads it, with
`analyze --format json` of the same run, for every unit:

    scripts/compare-xlsx-json.py BOOK.xlsx REPORT.json

Headless LibreOffice converts every sheet to CSV with the cells' values, not as shown (15
significant digits; percentages as 12.5%). The About sheet says which JSON key each column holds
(`indicators.stunting.ci.0`; `$.` from the document's root); every such cell of the Summary,
Provinces, Districts, Communes and Data quality sheets is compared with the JSON of its unit,
found by level, code and period; every group of the Breakdowns sheet with the group of JSON's
`breakdowns`. Every JSON unit must have exactly one row in its sheets, every group one row.
Sheets whose keys name a list with `[]` (`$.completeness[].expected`,
`$.completeness[].missing[].code`, `$.duplicatePeople[].places[].file`) hold one row per element
of the innermost list, in JSON's order: the Completeness, Missing communes and Duplicate people
sheets are compared row by row, and must have as many rows as JSON has elements. A JSON list of
codes (`missing`, `unknown`, `predecessors`, `lacksDivided`) is its codes, space-separated.
Numbers must agree to 1e-13 relative (what 15 digits keep) or, for numbers below 1e-7, to the
20 decimals LibreOffice writes of a General cell; integers, texts, dates, verdicts
exactly; a blank cell stands for null. Needs an English workbook (the default language).
Exit status 0 when everything agrees, 1 otherwise. Environment: SOFFICE (default: soffice).
"""
import csv
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
import zipfile

UNIT_SHEETS = {"Summary": "provinces", "Provinces": "provinces", "Districts": "districts", "Communes": "communes"}
MIXED_SHEETS = {"Data quality"}
LEVELS = {"province": "provinces", "district": "districts", "commune": "communes"}
WORDS = {"Met": True, "Not met": False, "yes": True, "no": False}


def convert(book, folder):
    """Every sheet of BOOK as OUTDIR/NAME-SHEET.csv, values not as shown; {sheet: rows}."""
    soffice = os.environ.get("SOFFICE", "soffice")
    csv_filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
    result = subprocess.run([soffice, f"-env:UserInstallation=file://{folder}/profile", "--headless",
                             "--convert-to", csv_filter, "--outdir", folder, book],
                            capture_output=True, text=True)
    sheets = {}
    for line in result.stdout.splitlines() + result.stderr.splitlines():
        if line.startswith("Writing sheet ") and " -> " in line:
            name, path = line[len("Writing sheet "):].rsplit(" -> ", 1)
            with open(path, newline="", encoding="utf-8") as handle:
                sheets[name] = list(csv.reader(handle))
    if not sheets:
        sys.exit(f"compare-xlsx-json: LibreOffice wrote no sheet:\n{result.stdout}{result.stderr}")
    return sheets


def check_package(book):
    """What makes Excel offer a repair, short of its schemas: a broken zip, a part that is not
    well-formed XML, a part the content types or relationships do not account for."""
    with zipfile.ZipFile(book) as package:
        if package.testzip() is not None:
            sys.exit(f"compare-xlsx-json: a damaged member in {book}")
        names = package.namelist()
        for name in names:
            ElementTree.fromstring(package.read(name))
        types = ElementTree.fromstring(package.read("[Content_Types].xml"))
        overrides = {node.get("PartName").lstrip("/") for node in types if node.get("PartName")}
        defaults = {node.get("Extension") for node in types if node.get("Extension")}
        for name in names:
            if name != "[Content_Types].xml" and name not in overrides and name.rsplit(".", 1)[-1] not in defaults:
                sys.exit(f"compare-xlsx-json: {name} has no content type")
        relations = ElementTree.fromstring(package.read("xl/_rels/workbook.xml.rels"))
        for node in relations:
            target = node.get("Target").lstrip("/")
            target = target if target.startswith("xl/") else "xl/" + target
            if target not in names:
                sys.exit(f"compare-xlsx-json: the workbook refers to a missing part {target}")
    print(f"package: {len(names)} parts, every one well-formed XML with a content type; every relationship resolves")


def lookup(document, unit, path):
    value = document if path.startswith("$.") else unit
    for part in (path[2:] if path.startswith("$.") else path).split("."):
        if isinstance(value, list):
            value = value[int(part)] if value is not None else None
        elif isinstance(value, dict):
            value = value.get(part)
        else:
            return None
    return value


def agrees(cell, expected):
    """Whether a cell as LibreOffice writes it holds the JSON value; the reason when not."""
    if expected is None:
        return cell == "", "expected blank"
    if isinstance(expected, bool):
        return WORDS.get(cell) is expected, f"expected {expected}"
    if isinstance(expected, int) and cell == str(expected):
        return True, ""
    if isinstance(expected, (int, float)):  # JSON writes 1.0 as 1: a rate may parse as an integer
        try:
            value = float(cell[:-1]) / 100 if cell.endswith("%") else float(cell)
        except ValueError:
            return False, f"expected {expected!r}"
        # 15 significant digits, but LibreOffice writes a General cell with at most 20 decimals:
        # a p-value of 6.9e-13 comes out as 0.00000000000068836879.
        return abs(value - expected) <= max(1e-13 * abs(expected), 5e-21), f"expected {expected!r}"
    if isinstance(expected, list):  # a list of codes, or of communes with a code
        codes = " ".join(item["code"] if isinstance(item, dict) else str(item) for item in expected)
        return cell == codes, f"expected {codes!r}"
    text = str(expected)
    return cell == text or cell == text.replace("-", " "), f"expected {text!r}"


def list_elements(document, path):
    """The chains of elements named by PATH's lists: `$.completeness[].missing[]` gives
    [completeness row, missing commune] for every missing commune, in order."""
    chains = [[]]
    for part in path[2:].split("[]")[:-1]:
        part = part.strip(".")
        chains = [chain + [item] for chain in chains
                  for item in (lookup(None, chain[-1] if chain else document, part) or [])]
    return chains


def compare_list_sheet(sheet, rows, keys, document):
    """A sheet of one row per element of a JSON list, row by row; the number of failures."""
    header = rows[0]
    columns = [(index, heading, keys[(sheet, heading)]) for index, heading in enumerate(header)
               if "[]" in keys.get((sheet, heading), "")]
    if not columns:
        return 0
    deepest = max((path for _, _, path in columns), key=lambda path: path.count("[]"))
    chains = list_elements(document, deepest[:deepest.rindex("[]") + 2])
    failures = compared = 0
    for number, (row, chain) in enumerate(zip(rows[1:], chains), start=2):
        for index, heading, path in columns:
            level = path.count("[]")
            key = path[path.rindex("[]") + 2:].lstrip(".")
            cell = row[index] if index < len(row) else ""
            ok, why = agrees(cell, lookup(None, chain[level - 1], key))
            compared += 1
            if not ok:
                failures += 1
                if failures <= 20:
                    print(f"{sheet} row {number}, {heading} ({path}): {cell!r}, {why}")
    if len(rows) - 1 != len(chains):
        print(f"{sheet}: {len(rows) - 1} rows, JSON has {len(chains)} elements of {deepest}")
        failures += 1
    print(f"{sheet}: {len(rows) - 1} rows, {min(len(rows) - 1, len(chains))} of {len(chains)} JSON elements, {compared} cells compared")
    return failures


# The Breakdowns sheet: its columns against the members of a group in JSON's `breakdowns`, whose
# names for coverage and stunting are cli-v1's and generic for the other indicators.
GROUP_NAMES = {
    "coverage": ["population", "insured", "coverage", "coverageCI", "", "meetsCoverageTarget", "uninsuredGap"],
    "stunting": ["childrenAssessed", "stunted", "stuntingRate", "stuntingRateCI", "stuntingRateStable",
                 "meetsStuntingTarget", "stuntedExcess"],
}
GENERIC_NAMES = ["assessed", "cases", "rate", "ci", "stable", "meetsTarget", "gap"]
BREAKDOWN_COLUMNS = [("Counted", 0, None), ("Cases", 1, None), ("Rate", 2, None), ("95% CI low", 3, 0),
                     ("95% CI high", 3, 1), ("Stable", 4, None), ("Meets target", 5, None), ("Gap", 6, None)]
DIMENSIONS = {"by poverty status": "byPoverty", "by age group": "byAgeGroup", "by ethnicity": "byEthnicity",
              "by sex": "bySex"}


def compare_breakdowns(rows, units):
    """Every group row of the Breakdowns sheet against its unit's JSON; (rows, cells, failures)."""
    column = {name: index for index, name in enumerate(rows[0])}
    compared = failures = 0
    groups_seen = 0
    for number, row in enumerate(rows[1:], start=2):
        level = LEVELS.get(row[column["Level"]])
        unit = units.get((level, row[column["Code"]], row[column["Period from"]], row[column["Period to"]]))
        indicator = row[column["Indicator"]].lower()
        dimension = next((key for words, key in DIMENSIONS.items() if row[column["Breakdown"]].endswith(words)), None)
        key = row[column["Group key"]] or None
        groups = (unit or {}).get("breakdowns", {}).get(indicator, {}).get(dimension, [])
        group = next((g for g in groups if g.get("group") == key), None)
        if group is None:
            print(f"Breakdowns row {number}: no JSON group {level} {row[column['Code']]} {indicator} {dimension} {key}")
            failures += 1
            continue
        groups_seen += 1
        names = GROUP_NAMES.get(indicator, GENERIC_NAMES)
        for heading, position, end in BREAKDOWN_COLUMNS:
            name = names[position]
            expected = group.get(name) if name else None
            if end is not None and expected is not None:
                expected = expected[end]
            ok, why = agrees(row[column[heading]], expected)
            compared += 1
            if not ok:
                failures += 1
                if failures <= 20:
                    print(f"Breakdowns row {number}, {heading} ({name}): {row[column[heading]]!r}, {why}")
    expected_groups = sum(len(groups) for unit in units.values()
                          for dimensions in unit.get("breakdowns", {}).values() for groups in dimensions.values())
    if groups_seen != expected_groups:
        print(f"Breakdowns: {groups_seen} rows matched, JSON has {expected_groups} groups")
        failures += 1
    print(f"Breakdowns: {len(rows) - 1} rows, {groups_seen} of {expected_groups} JSON groups, {compared} cells compared")
    return failures


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    book, report = sys.argv[1:]
    with open(report, encoding="utf-8") as handle:
        document = json.load(handle)
    check_package(book)
    with tempfile.TemporaryDirectory() as folder:
        sheets = convert(os.path.abspath(book), folder)

    keys = {}
    about = sheets.get("About")
    if not about:
        sys.exit("compare-xlsx-json: no About sheet (is the workbook in English?)")
    for row in about[1:]:
        if len(row) >= 5 and row[0] == "Column" and row[4]:
            keys[(row[1], row[2])] = row[4]

    units = {}
    for level, listed in [("provinces", document["provinces"]), ("districts", document["districts"]),
                          ("communes", document["communes"])]:
        for unit in listed:
            units[(level, unit["code"], unit["period"]["from"], unit["period"]["to"])] = unit

    failures = 0
    for sheet, rows in sheets.items():
        if sheet not in UNIT_SHEETS and sheet not in MIXED_SHEETS:
            continue
        header = rows[0]
        column = {name: index for index, name in enumerate(header)}
        compared = 0
        seen = set()
        for number, row in enumerate(rows[1:], start=2):
            level = UNIT_SHEETS.get(sheet) or LEVELS.get(row[column["Level"]])
            key = (level, row[column["Code"]], row[column["Period from"]], row[column["Period to"]])
            unit = units.get(key)
            if unit is None or key in seen:
                print(f"{sheet} row {number}: no JSON unit {key}, or a second row for it")
                failures += 1
                continue
            seen.add(key)
            for index, heading in enumerate(header):
                path = keys.get((sheet, heading))
                if path is None:
                    continue
                cell = row[index] if index < len(row) else ""
                ok, why = agrees(cell, lookup(document, unit, path))
                compared += 1
                if not ok:
                    failures += 1
                    if failures <= 20:
                        print(f"{sheet} row {number} {key[1]} {key[2]}, {heading} ({path}): {cell!r}, {why}")
        expected = {k for k in units if k[0] == UNIT_SHEETS.get(sheet)} if sheet in UNIT_SHEETS else set(units)
        missing = expected - seen
        for key in sorted(missing)[:10]:
            print(f"{sheet}: no row for JSON unit {key}")
        failures += len(missing)
        print(f"{sheet}: {len(rows) - 1} rows, {len(seen)} of {len(expected)} JSON units, {compared} cells compared")
    if "Breakdowns" in sheets:
        failures += compare_breakdowns(sheets["Breakdowns"], units)
    for sheet in ["Completeness", "Missing communes", "Duplicate people"]:
        if sheet not in sheets:
            print(f"compare-xlsx-json: no {sheet} sheet")
            failures += 1
            continue
        failures += compare_list_sheet(sheet, sheets[sheet], keys, document)
    print("compare-xlsx-json: " + ("every compared cell equals the JSON" if failures == 0 else f"{failures} differences"))
    sys.exit(0 if failures == 0 else 1)


if __name__ == "__main__":
    main()
