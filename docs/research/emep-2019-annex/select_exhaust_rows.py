#!/usr/bin/env python3
"""Selects the EMEP/EEA guidebook 2019 hot-EF annex rows that schema 051 loads, and evaluates them.

Input: the annex as parsed from cran/vein R/sysdata.rda (element `eea`, commit c1625d2c05c3f860d7fc78fd3a90463da2d1f00a)
to CSV (docs/research/footprint-tier3-hot-ef-sources.md, section 4, says how), and the edinumet/rline copy for the
cross-check. Output: exhaust-rows-selected.csv (every coefficient, so each value can be recomputed by hand) and the
SQL values list of schema 051. Decision 045 explains the choices made here: the speed, the segment per vehicle
category, the stage names, the technology and mode rules.

Usage: select_exhaust_rows.py VEIN_EEA_CSV RLINE_DIR OUT_DIR
"""
import csv
import glob
import os
import sys

SPEED = 30.0  # km/h, an urban delivery round's average speed; decision 045

# vehicle category of the portal -> (annex category, segment, name used in the citation)
SEGMENTS = {
    'M1': ('PC', 'Medium', 'Passenger Cars', 'Medium'),
    'N1': ('LCV', 'N1-III', 'Light Commercial Vehicles', 'N1-III'),
    'N2': ('TRUCKS', 'Rigid 7.5 - 12 t', 'Heavy Duty Trucks', 'Rigid 7,5 - 12 t'),
    'N3': ('TRUCKS', 'Rigid 26 - 28 t', 'Heavy Duty Trucks', 'Rigid 26 - 28 t'),
    'M2_M3': ('BUS', 'Urban Buses Standard 15 - 18 t', 'Buses', 'Urban Buses Standard 15 - 18 t'),
    'L': ('MC', 'Motorcycles 4-stroke 250 - 750 cc', 'L-Category', 'Motorcycles 4-stroke 250 - 750 cm³'),
}
CNG = {
    'M1': ('PC', 'CNG BIFUEL CNG', 'Medium', 'Petrol Bifuel CNG (CNG mode)'),
    'M2_M3': ('BUS', 'CNG', 'Urban CNG Buses', 'CNG'),
}
LIGHT = ('PC', 'LCV', 'MC')
# portal stage -> annex stage code in the vein copy, light and heavy; None: the annex has no such stage
STAGES = {
    'PRE_EURO': ('PRE', 'PRE'), 'EURO_1': ('I', 'I'), 'EURO_2': ('II', 'II'), 'EURO_3': ('III', 'III'),
    'EURO_4': ('IV', 'IV'), 'EURO_5': ('V', 'V'), 'EURO_6': ('VI A/B/C', 'VI A/B/C'),
}
FUEL_NAMES = {'D': 'Diesel', 'G': 'Petrol'}


def stage_name(category, code, fuel):
    if code == 'PRE':
        return 'Conventional'
    heavy = category in ('TRUCKS', 'BUS')
    arabic = {'I': '1', 'II': '2', 'III': '3', 'IV': '4', 'V': '5', 'VI A/B/C': '6 a/b/c'}
    return 'Euro ' + (code if heavy else arabic[code])


def ef(row, v):
    a, b, g, d, e, z, h = (float(row[k]) for k in ('Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zita', 'Hta'))
    rf = float(row['ReductionFactor_perc'] or 0)
    v = min(max(v, float(row['MinSpeed_kmh'])), float(row['MaxSpeed_kmh']))
    return (a * v * v + b * v + g + d / v) / (e * v * v + z * v + h) * (1 - rf)


def describe(r, category_name, fuel_name, segment_name, stage_label, pollutant):
    """The row as a citation names it: category, fuel, segment, stage, technology, pollutant, mode, load."""
    parts = [category_name, fuel_name, segment_name, stage_label]
    if r['Technology']:
        parts.append(r['Technology'])
    parts.append(pollutant)
    if r['Mode']:
        parts.append(r['Mode'])
    if r['Load'] == '0.5':
        parts.append('load 50 %, slope 0 %')
    return ', '.join(parts)


def pick_row(rows, category, fuel, segment, stage, pollutant):
    """The annex row the sets read for a stage and pollutant (decision 045), or None if the annex has none."""
    candidates = [r for r in rows if r['Category'] == category and r['Fuel'] == fuel
                  and r['Segment'] == segment and r['EuroStandard'] == stage and r['Pollutant'] == pollutant
                  and r['Load'] in ('nan', '0.5') and r['RoadSlope'] in ('nan', '0.0')]
    # one function for every speed where there is one, else the urban peak mode's row
    plain = [r for r in candidates if r['Mode'] == '']
    candidates = plain or [r for r in candidates if r['Mode'] == 'Urban Peak']
    if not candidates:
        return None
    # several technologies at one stage: the highest emitter, since the flow does not say which
    return max(candidates, key=lambda r: ef(r, SPEED))


def main(vein_csv, rline_dir, out_dir):
    rows = list(csv.DictReader(open(vein_csv)))
    for i, r in enumerate(rows):
        r['row'] = i + 1
    # rows from 28,991 on restate earlier ones without their mode and are not annex rows
    rows = [r for r in rows if r['row'] < 28991]
    rline = {}
    for f in glob.glob(os.path.join(rline_dir, '*__sheet1.csv')):
        for r in csv.reader(open(f)):
            if r and r[0].isdigit():
                rline[int(r[0])] = r
    # pfragkiad/FilterCopertCsvs HDV_NOX.csv: every diesel truck NOx row, with its slope and load, but no row number
    s2 = {}
    s2_file = os.path.join(rline_dir, 'HDV_NOX.csv')
    if os.path.exists(s2_file):
        for r in csv.DictReader(open(s2_file)):
            if r['Fuel'] == 'Diesel' and float(r['Road Slope'] or 0) == 0 and r['Load'] in ('0.5',):
                key = (r['Segment'], r['Euro Standard'], r['Technology'])
                s2[key] = [float(r[k]) for k in ('Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zita', 'Hta')]
    selected = []

    def pick(category, fuel, segment, stage, pollutant):
        return pick_row(rows, category, fuel, segment, stage, pollutant)

    out = []
    for portal_category, (category, segment, category_name, segment_name) in SEGMENTS.items():
        carriers = [('DIESEL', 'D'), ('HVO100', 'D')] + ([('PETROL', 'G')] if category in ('PC', 'LCV', 'MC') else [])
        if category == 'MC':
            carriers = [('PETROL', 'G')]
        for carrier, fuel in carriers:
            for stage, (light, heavy) in STAGES.items():
                code = light if category in LIGHT else heavy
                if category == 'PC' and fuel == 'G' and code == 'PRE':
                    code = 'ECE 15/04'  # the last pre-Euro stage of petrol cars, 1985-1992
                out.append((portal_category, carrier, stage, category, fuel, segment, code, category_name,
                            FUEL_NAMES[fuel], segment_name))
        if portal_category in CNG:
            category, fuel, segment, fuel_name = CNG[portal_category]
            for carrier in ('FOSSIL_GAS', 'BIOGAS'):
                for stage, (light, heavy) in STAGES.items():
                    code = light if category in LIGHT else heavy
                    out.append((portal_category, carrier, stage, category, fuel, segment, code, category_name,
                                fuel_name, segment_name if category != 'BUS' else segment))
    values = []
    checked = 0
    for (portal_category, carrier, stage, category, fuel, segment, code, category_name, fuel_name,
         segment_name) in out:
        nox = pick(category, fuel, segment, code, 'NOx')
        pm = pick(category, fuel, segment, code, 'PM')
        if nox is None or pm is None:
            continue
        for r in (nox, pm):
            if r['row'] in rline:
                s1 = rline[r['row']]
                same = [float(x) for x in s1[12:19]] == [float(r[k]) for k in
                                                         ('Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zita', 'Hta')]
                if not same:
                    sys.exit('copies disagree on row %d' % r['row'])
                r['checked'] = 'edinumet/rline'
                checked += 1
            elif r['Category'] == 'TRUCKS' and r['Pollutant'] == 'NOx':
                key = (r['Segment'].replace('.', ','), stage_name('TRUCKS', r['EuroStandard'], 'D'), r['Technology'])
                if key in s2:
                    # that copy prints ten significant digits, or six in exponent notation
                    ours = [float(r[k]) for k in ('Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zita', 'Hta')]
                    if any(abs(a - b) > 5e-6 * max(abs(a), abs(b), 1e-12) + 1e-15 for a, b in zip(s2[key], ours)):
                        sys.exit('copies disagree on row %d' % r['row'])
                    r['checked'] = 'pfragkiad/FilterCopertCsvs'
                    checked += 1
            selected.append(r)

        def cite(r, pollutant, unit_value):
            stage_label = 'ECE 15/04' if r['EuroStandard'] == 'ECE 15/04' else stage_name(category, r['EuroStandard'], fuel)
            parts = [describe(r, category_name, fuel_name, segment_name, stage_label, pollutant)]
            copy = ('read from cran/vein R/sysdata.rda (c1625d2) and equal in ' + r['checked'] if r.get('checked')
                    else 'read from cran/vein R/sysdata.rda (c1625d2), one copy')
            proxy = ''
            if carrier == 'HVO100':
                proxy = '; the guidebook has no HVO row: the diesel engine\'s row is taken (decision 045)'
            if carrier == 'BIOGAS':
                proxy = '; biomethane burns as methane: the CNG row is taken (decision 045)'
            return ('EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.i-iv, Appendix 4 hot emission '
                    'factors annex, row %d (%s): speed function at %d km/h = %s g/km; %s%s'
                    % (r['row'], ', '.join(parts), SPEED, unit_value, copy, proxy))

        nox_value = '%.4g' % ef(nox, SPEED)
        pm_value = '%.4g' % ef(pm, SPEED)
        values.append("    ('%s', '%s', '%s', %s, '%s', %s, '%s')" % (
            portal_category, carrier, stage, nox_value, cite(nox, 'NOx', nox_value).replace("'", "''"),
            pm_value, cite(pm, 'PM Exhaust (taken as PM2.5)', pm_value).replace("'", "''")))
    with open(os.path.join(out_dir, 'exhaust-rows-selected.csv'), 'w', newline='') as f:
        w = csv.writer(f)
        cols = ['row', 'Category', 'Fuel', 'Segment', 'EuroStandard', 'Technology', 'Pollutant', 'Mode', 'RoadSlope',
                'Load', 'MinSpeed_kmh', 'MaxSpeed_kmh', 'Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zita', 'Hta',
                'ReductionFactor_perc']
        w.writerow(cols + ['EF_at_%d_kmh' % SPEED, 'equal_in_second_copy'])
        seen = set()
        for r in selected:
            if r['row'] in seen:
                continue
            seen.add(r['row'])
            w.writerow([r[c] for c in cols] + ['%.4g' % ef(r, SPEED), r.get('checked') or 'no second copy'])
    with open(os.path.join(out_dir, 'exhaust-values.sql'), 'w') as f:
        f.write(',\n'.join(values) + '\n')
    print('%d figures pairs, %d row reads equal in the second copy, %d distinct rows'
          % (len(values), checked, len(seen)), file=sys.stderr)


if __name__ == '__main__':
    main(*sys.argv[1:4])
