# Writes the review fixture: exports with chosen counts, 2021 on the legacy map, 2025 on the 2025
# map (Tuyên Quang 08 after the merger). Run from this folder: python3 make-review.py
# A resident is insured or not; a child of about 38 months measures 89.0 cm (stunted, HAZ < -2)
# or 97.5 cm (not stunted), so every figure of ReviewTests is written here.
import os

# (year, code, name, province, provinceName, district, districtName, residents, insured, children, stunted)
FILES = [
    # 02296 Xã Bình An (2025) <- 02290 Xã Bình An + 02296 Xã Thổ Bình: stunting 40/100 -> 18/100
    # (improves beyond noise, reaches the target), coverage 95/100 -> 100/100 (reached).
    (2021, "02290", "Xã Bình An", "08", "Tỉnh Tuyên Quang", "071", "Huyện Lâm Bình", 50, 45, 50, 20),
    (2021, "02296", "Xã Thổ Bình", "08", "Tỉnh Tuyên Quang", "071", "Huyện Lâm Bình", 50, 50, 50, 20),
    (2025, "02296", "Xã Bình An", "08", "Tỉnh Tuyên Quang", None, None, 100, 100, 100, 18),
    # 02524 Phường Bình Thuận <- 02521 Xã Thái Long + 02524 Phường Đội Cấn: stunting 30/60 -> 25/60
    # (within noise, still short), coverage 100/100 -> 95/100 (worsened, fell back).
    (2021, "02521", "Xã Thái Long", "08", "Tỉnh Tuyên Quang", "070", "Thành phố Tuyên Quang", 50, 50, 30, 15),
    (2021, "02524", "Phường Đội Cấn", "08", "Tỉnh Tuyên Quang", "070", "Thành phố Tuyên Quang", 50, 50, 30, 15),
    (2025, "02524", "Phường Bình Thuận", "08", "Tỉnh Tuyên Quang", None, None, 100, 95, 60, 25),
    # 00958 Xã Thượng Sơn (Hà Giang 02 until 2025): stunting 5/60 -> 20/60 (worsened, fell back),
    # coverage 60/60 in both.
    (2021, "00958", "Xã Thượng Sơn", "02", "Tỉnh Hà Giang", "030", "Huyện Vị Xuyên", 60, 60, 60, 5),
    (2025, "00958", "Xã Thượng Sơn", "08", "Tỉnh Tuyên Quang", None, None, 60, 60, 60, 20),
    # 02287 Xã Chiêm Hóa <- five legacy communes of 4 children each: 20 children, 5 -> 2 stunted
    # (too few children: never ranked); coverage 25/25 -> 24/25 (no clear change, fell back).
    (2021, "02287", "Thị trấn Vĩnh Lộc", "08", "Tỉnh Tuyên Quang", "073", "Huyện Chiêm Hóa", 5, 5, 4, 1),
    (2021, "02326", "Xã Xuân Quang", "08", "Tỉnh Tuyên Quang", "073", "Huyện Chiêm Hóa", 5, 5, 4, 1),
    (2021, "02329", "Xã Ngọc Hội", "08", "Tỉnh Tuyên Quang", "073", "Huyện Chiêm Hóa", 5, 5, 4, 1),
    (2021, "02338", "Xã Phúc Thịnh", "08", "Tỉnh Tuyên Quang", "073", "Huyện Chiêm Hóa", 5, 5, 4, 1),
    (2021, "02347", "Xã Trung Hòa", "08", "Tỉnh Tuyên Quang", "073", "Huyện Chiêm Hóa", 5, 5, 4, 1),
    (2025, "02287", "Xã Chiêm Hóa", "08", "Tỉnh Tuyên Quang", None, None, 25, 24, 20, 2),
    # 02221 Xã Nà Hang <- 02221, 02281, 02284: 02284 Xã Thanh Tương sent nothing in 2021, so the
    # commune is incomplete (no change), and so is province 08.
    (2021, "02221", "Thị trấn Na Hang", "08", "Tỉnh Tuyên Quang", "072", "Huyện Na Hang", 50, 40, 50, 25),
    (2021, "02281", "Xã Năng Khả", "08", "Tỉnh Tuyên Quang", "072", "Huyện Na Hang", 50, 40, 50, 25),
    (2025, "02221", "Xã Nà Hang", "08", "Tỉnh Tuyên Quang", None, None, 150, 150, 150, 15),
]

for (year, code, name, province, provinceName, district, districtName, residents, insured, children, stunted) in FILES:
    os.makedirs(str(year), exist_ok=True)
    where = f' districtCode="{district}" districtName="{districtName}"' if district else ""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             f'<healthStationExport xmlns="urn:commune-health:export:1" version="1.0" generated="{year + 1}-01-05T09:00:00+07:00">',
             f'  <commune code="{code}" name="{name}" provinceCode="{province}" provinceName="{provinceName}"{where}/>',
             f'  <period from="{year}-01-01" to="{year}-12-31"/>',
             f'  <residents count="{residents}">']
    for i in range(residents):
        card = (f'<insuranceCard number="GD4{province}{code}{i:05d}" validFrom="{year}-01-01" validTo="{year}-12-31"/>'
                if i < insured else "")
        lines.append(f'    <resident id="R{i + 1}" sex="F" birthDate="1990-01-01">{card}</resident>')
    lines.append('  </residents>')
    lines.append('  <growthMonitoring>')
    for i in range(children):
        height = "89.0" if i < stunted else "97.5"
        lines.append(f'    <measurement childId="K{i + 1}" sex="M" birthDate="{year - 3}-04-03" date="{year}-06-01" heightCm="{height}"/>')
    lines.append('  </growthMonitoring>')
    lines.append('</healthStationExport>')
    with open(f"{year}/{code}-{year}.xml", "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
