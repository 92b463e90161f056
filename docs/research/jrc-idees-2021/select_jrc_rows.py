#!/usr/bin/env python3
"""Reads the energy use of CNG vans that schema 056 loads (decision 051) from the JRC-IDEES 2021 transport workbook.

JRC-IDEES-2021 (European Commission, Joint Research Centre, v2021-1.00), Transport, Germany:
JRC-IDEES-2021_Transport_DE.xlsx, sheet TrRoad_ene, the row whose indicator code (last column) is
Eff.kgoe_per_100km.DE.Tr.Road.Freight.LCV.ICE.NGas ("Vehicle-efficiency - effective (kgoe/100 km)", light commercial
vehicles, natural gas engine), column 2021. Read from the unchanged copy in calliope-project/ec_jrc_idees,
tests/files/JRC-IDEES-2021_Transport_DE.xlsx, commit 0714eda2a02c9e4950df101ec93862fe086b3194 (sha1 of the file
ba803553147bc3960e371f4482f34cbd5287e5bc); check it against a fresh download from the JRC before citing it anew.

Only the standard library: the workbook is a zip of XML sheets, and only cached cell values are read.

Usage: select_jrc_rows.py WORKBOOK OUT_DIR
Output: jrc-rows-selected.csv (the row, its label, code and yearly values, and the derived kg/km).
"""
import csv
import os
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

MAIN = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
RELS = '{http://schemas.openxmlformats.org/officeDocument/2006/relationships}'
CODE = 'Eff.kgoe_per_100km.DE.Tr.Road.Freight.LCV.ICE.NGas'
YEAR = '2021'
MJ_PER_KGOE = 41.868  # 1 toe = 41.868 GJ (Eurostat and IEA energy balances' convention)
GAS = {  # carrier -> (MJ per kg, source), as the sets' other gas rows divide (schema 053, select_energy_rows.py)
    'FOSSIL_GAS': (48.0, 'IPCC 2006 Guidelines, vol. 2, ch. 1, table 1.2, row Natural Gas: 48.0 TJ/Gg'),
    'BIOGAS': (50.0, 'Directive (EU) 2018/2001, Annex III, row biogas purified to natural gas quality: 50 MJ/kg'),
}


def column(ref):
    n = 0
    for ch in re.match(r'[A-Z]+', ref).group():
        n = n * 26 + ord(ch) - 64
    return n


def sheet_rows(book, name):
    strings = []
    if 'xl/sharedStrings.xml' in book.namelist():
        for si in ET.fromstring(book.read('xl/sharedStrings.xml')).iter(MAIN + 'si'):
            strings.append(''.join(t.text or '' for t in si.iter(MAIN + 't')))
    workbook = ET.fromstring(book.read('xl/workbook.xml'))
    targets = {r.get('Id'): r.get('Target') for r in ET.fromstring(book.read('xl/_rels/workbook.xml.rels'))}
    sheet = next(s for s in workbook.iter(MAIN + 'sheet') if s.get('name') == name)
    path = targets[sheet.get(RELS + 'id')].lstrip('/')
    path = path if path.startswith('xl/') else 'xl/' + path
    rows = {}
    for row in ET.fromstring(book.read(path)).iter(MAIN + 'row'):
        cells = {}
        for c in row.iter(MAIN + 'c'):
            v = c.find(MAIN + 'v')
            if v is None:
                continue
            cells[column(c.get('r'))] = strings[int(v.text)] if c.get('t') == 's' else v.text
        rows[int(row.get('r'))] = cells
    return rows


def main(workbook, out_dir):
    with zipfile.ZipFile(workbook) as book:
        rows = sheet_rows(book, 'TrRoad_ene')
    header = next(cells for n, cells in sorted(rows.items()) if YEAR in cells.values())
    year_col = next(col for col, v in header.items() if v == YEAR)
    hits = [(n, cells) for n, cells in rows.items() if CODE in cells.values()]
    if len(hits) != 1:
        sys.exit('expected one row with code %s, found %d' % (CODE, len(hits)))
    n, cells = hits[0]
    label = cells.get(1)
    kgoe = float(cells[year_col])
    mj = kgoe * MJ_PER_KGOE / 100
    out = []
    for carrier, (mj_per_kg, source) in GAS.items():
        value = float('%.4g' % (mj / mj_per_kg))
        out.append([carrier, 'TrRoad_ene', n, label, CODE, YEAR, '%.4f' % kgoe, '%.4g' % mj, mj_per_kg, value, source])
        print(carrier, n, label, kgoe, '%.4g' % mj, value)
    with open(os.path.join(out_dir, 'jrc-rows-selected.csv'), 'w', newline='') as f:
        w = csv.writer(f)
        w.writerow(['carrier', 'sheet', 'row', 'label', 'code', 'year', 'kgoe_per_100km', 'mj_per_km', 'mj_per_kg',
                    'kg_per_km', 'energy_content_source'])
        w.writerows(out)


if __name__ == '__main__':
    main(*sys.argv[1:3])
