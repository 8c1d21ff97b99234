#!/usr/bin/env python3
"""Writes the three exports of this folder and children.csv, the same children as anthro reads
them (one row per child: the measurement the tool uses). Deterministic: run it again and the
files are the same. See README.md."""
import csv
import datetime
import random

DATE = datetime.date(2024, 6, 1)
EARLIER = datetime.date(2024, 2, 1)
# (age in days, median length/height cm, median weight kg), roughly WHO's, to draw around.
CURVE = [(0, 50, 3.3), (182, 67, 7.6), (365, 75, 9.5), (730, 87, 12.2), (1095, 96, 14.3),
         (1460, 103, 16.3), (1830, 110, 18.5)]


def median(age):
    for (a0, h0, w0), (a1, h1, w1) in zip(CURVE, CURVE[1:]):
        if a0 <= age <= a1:
            d = (age - a0) / (a1 - a0)
            return h0 + d * (h1 - h0), w0 + d * (w1 - w0)
    raise ValueError(age)


rng = random.Random(20261207)
ETHNIC = ["Kinh", "Tày", "Dao", "H'Mông"]
POVERTY = ["poor", "near-poor", "none"]


def child(unit, n, sex, age, dh=0.0, dw=1.0, oedema=False, weight=True, resident=True,
          ethnicity="draw", poverty="draw", earlier=False):
    h, w = median(age)
    height = round(h + dh, 1)
    kg = round(w * dw, 1) if weight else None
    return dict(unit=unit, id=f"C{unit}{n:03d}", sex=sex, age=age, height=height, kg=kg,
                position="lying" if age < 731 else "standing", oedema=oedema, resident=resident,
                ethnicity=rng.choice(ETHNIC) if ethnicity == "draw" else ethnicity,
                poverty=rng.choice(POVERTY) if poverty == "draw" else poverty, earlier=earlier)


children = []
# Commune A (a xã): random children from 12 months to 5 years (none under 183 days, and the
# 6-11 months are the edges below), and the edges.
for n in range(60):
    age = rng.randint(365, 1826)
    children.append(child("A", n, rng.choice("MF"), age, dh=rng.gauss(-5, 5), dw=rng.gauss(0.97, 0.1),
                          earlier=(n % 7 == 0)))
edges = [
    # 06-11 months, girls: every one below -3 HAZ, none below -2 WHZ.
    dict(sex="F", age=200, dh=-13, dw=0.62), dict(sex="F", age=250, dh=-14, dw=0.6), dict(sex="F", age=300, dh=-15, dw=0.6),
    # oedema: with a weight, without a weight, and with a flagged HAZ.
    dict(sex="M", age=400, dh=-3, oedema=True), dict(sex="F", age=900, oedema=True, weight=False),
    dict(sex="M", age=1000, dh=-40, oedema=True),
    # flagged: HAZ (|z| > 6), WAZ and WHZ and BAZ (far too heavy), WHZ < -5.
    dict(sex="M", age=800, dh=-35), dict(sex="F", age=1200, dw=3.2), dict(sex="M", age=1300, dw=0.45),
    # the age limit: 1,826 days counts, 1,827 does not.
    dict(sex="F", age=1826, dh=-9), dict(sex="M", age=1827, dh=-9),
    # no resident record of its id; a resident without an ethnic group; no weight.
    dict(sex="M", age=700, dh=-8, resident=False), dict(sex="F", age=600, ethnicity=None),
    dict(sex="M", age=1500, weight=False),
]
for n, edge in enumerate(edges, start=60):
    children.append(child("A", n, **edge))
# Commune B (a thị trấn): fewer children, better off.
for n in range(25):
    age = rng.randint(365, 1826)
    children.append(child("B", n, rng.choice("MF"), age, dh=rng.gauss(-1, 4), dw=rng.gauss(1.02, 0.1)))
# Commune C (a xã): one child, N = 1.
children.append(child("C", 0, "F", 500, dh=-6))

COMMUNES = {
    "A": ("02326", "Xã Xuân Quang"),
    "B": ("02287", "Thị trấn Vĩnh Lộc"),
    "C": ("02329", "Xã Ngọc Hội"),
}


def attr(value):
    return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")


for unit, (code, name) in COMMUNES.items():
    kids = [c for c in children if c["unit"] == unit]
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<healthStationExport xmlns="urn:commune-health:export:1" version="1.0" generated="2024-07-01T08:00:00+07:00">',
             f'  <commune code="{code}" name="{name}" provinceCode="08" provinceName="Tỉnh Tuyên Quang" districtCode="073" districtName="Huyện Chiêm Hóa"/>',
             '  <period from="2024-01-01" to="2024-12-31"/>',
             '  <residents>']
    for c in kids:
        if not c["resident"]:
            continue
        birth = DATE - datetime.timedelta(days=c["age"])
        extra = f' ethnicity="{attr(c["ethnicity"])}"' if c["ethnicity"] else ""
        extra += f' poverty="{c["poverty"]}"' if c["poverty"] != "none" else ""
        lines.append(f'    <resident id="{c["id"]}" sex="{c["sex"]}" birthDate="{birth}"{extra}/>')
    lines.append('    <resident id="ADULT1" sex="F" birthDate="1990-01-01" ethnicity="Kinh"/>')
    lines.append('  </residents>')
    lines.append('  <growthMonitoring>')
    for c in kids:
        birth = DATE - datetime.timedelta(days=c["age"])
        common = f'childId="{c["id"]}" sex="{c["sex"]}" birthDate="{birth}"'
        if c["earlier"]:
            # An earlier measurement in the period: not the one used.
            lines.append(f'    <measurement {common} date="{EARLIER}" heightCm="{round(c["height"] - 3, 1)}" weightKg="3.0"/>')
        weight = f' weightKg="{c["kg"]}"' if c["kg"] is not None else ""
        oedema = ' oedema="true"' if c["oedema"] else ""
        lines.append(f'    <measurement {common} date="{DATE}" heightCm="{c["height"]}" position="{c["position"]}"{weight}{oedema}/>')
    lines.append('  </growthMonitoring>')
    lines.append('</healthStationExport>')
    with open(f"{code}.xml", "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

with open("children.csv", "w", newline="", encoding="utf-8") as f:
    out = csv.writer(f, lineterminator="\n")
    out.writerow(["unit", "id", "sex", "age", "weight", "lenhei", "measure", "oedema", "typeres", "poverty", "ethnicity"])
    for c in children:
        out.writerow([c["unit"], c["id"], 1 if c["sex"] == "M" else 2, c["age"],
                      "" if c["kg"] is None else c["kg"], c["height"], "l" if c["position"] == "lying" else "h",
                      "y" if c["oedema"] else "n", "Urban" if c["unit"] == "B" else "Rural",
                      {"poor": "Poor", "near-poor": "Near-poor", "none": "Not poor"}[c["poverty"]] if c["resident"] else "",
                      (c["ethnicity"] or "") if c["resident"] else ""])
