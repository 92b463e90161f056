#!/usr/bin/env python3
"""Reads the default energy use of a fuel-cell car (M1, hydrogen) that schema 057 loads (decision 054).

US Environmental Protection Agency, Green Vehicle Guide data file, model year 2022 (all_alpha_22.csv; download page
https://www.epa.gov/greenvehicles/download-green-vehicle-guide-data). Read from the copy committed in
Ahmed-Eladl/Fuel_Economy, all_alpha_22.csv, commit 8eb53eb9ff4ca1526293e35ccb25a7408b6df04c (sha1 of the file
e78e621f039b648f68f20b2b82fb8b0e1f462a0f; the repository's GreenVehicleGuideDocumentation.pdf defines "Cmb MPG" as
"combined city/highway fuel economy in miles per gallon"); check it against a fresh EPA download before citing anew.

Every row with Fuel "Hydrogen" and Cert Region "FA" (federal; the CA rows repeat the same figures). The column
"Cmb MPG" is miles per gallon of gasoline equivalent; for hydrogen the EPA/DOE label convention counts 1 kg of
hydrogen as 1 gallon of gasoline equivalent, so it is miles per kg (not read in the EPA's own text: the research log
docs/research/remaining-rows-2026-12-03-search.md, section 2, says so). kg/km = 1 / (Cmb MPG x 1.609344 km/mi).
Of the rows, the highest use per km is taken, since a flow does not say which car it is.

Only the standard library. Usage: select_epa_rows.py ALL_ALPHA_22_CSV OUT_DIR
Output: epa-rows-selected.csv (every hydrogen row, its line in the file, its figures and the derived kg/km; the row
taken is marked).
"""
import csv
import hashlib
import os
import sys

KM_PER_MILE = 1.609344
SHA1 = 'e78e621f039b648f68f20b2b82fb8b0e1f462a0f'


def main(path, out_dir):
    sha1 = hashlib.sha1(open(path, 'rb').read()).hexdigest()
    if sha1 != SHA1:
        print('warning: the file is not the copy cited (sha1 %s)' % sha1, file=sys.stderr)
    with open(path, newline='', encoding='latin-1') as f:  # the file has a few non-UTF-8 bytes in model names
        lines = list(csv.reader(f))
    header = lines[0]
    col = {name: i for i, name in enumerate(header)}
    hydrogen = []
    for n, r in enumerate(lines[1:], start=2):  # line 1 is the header
        if r[col['Fuel']] == 'Hydrogen' and r[col['Cert Region']] == 'FA':
            mpg = int(r[col['Cmb MPG']])
            kg_per_km = float('%.4g' % (1 / (mpg * KM_PER_MILE)))
            hydrogen.append([n, r[col['Model']], r[col['Fuel']], r[col['Cert Region']], r[col['Veh Class']],
                             r[col['City MPG']], r[col['Hwy MPG']], mpg, '%.4g' % (100 / (mpg * KM_PER_MILE)),
                             kg_per_km])
    taken = max(hydrogen, key=lambda r: r[-1])
    with open(os.path.join(out_dir, 'epa-rows-selected.csv'), 'w', newline='') as f:
        w = csv.writer(f)
        w.writerow(['line', 'Model', 'Fuel', 'Cert Region', 'Veh Class', 'City MPG', 'Hwy MPG', 'Cmb MPG',
                    'kg_per_100km', 'kg_per_km', 'taken'])
        for r in hydrogen:
            w.writerow(r + ['yes' if r is taken else ''])
    print('M1 HYDROGEN %s kg/km (line %d, %s, Cmb MPG %d)' % (taken[-1], taken[0], taken[1], taken[7]))


if __name__ == '__main__':
    main(*sys.argv[1:3])
