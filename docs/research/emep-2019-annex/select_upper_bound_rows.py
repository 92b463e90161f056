#!/usr/bin/env python3
"""Selects the upper-bound rows that schema 057 adds to version 5 of the sets of 2026 (decision 054), and evaluates them.

The rule: a Euro stage the annex has no row for, for a vehicle category, fuel and segment the sets already use, takes
the row of the newest *earlier* stage the annex does have for that category, fuel and segment, never a newer one, at
the same speed, load, slope, mode and technology rules as the sets' other rows (select_exhaust_rows.py, decision 045).
The rule is applied per pollutant, to every pair of select_exhaust_rows.py and to the petrol heavy-duty trucks (the
annex's one petrol truck segment, >3,5 t); a pollutant the annex has at no earlier stage stays not covered (None).
A stage the annex has a row for is read as it is (the petrol trucks' Conventional row for pre-Euro). Pairs the sets
of version 4 already have are left alone: version 5 only adds.

Energy: the petrol heavy-duty trucks' EC row, by the same rule for Euro 3 (the stage a flow without one counts as,
select_energy_rows.py), divided by petrol's 32 MJ/l. The row is one segment for every truck above 3.5 t, so it is an
upper bound for the stage but not necessarily for the size: it is taken for a category only where it is at least the
diesel default of that category (energy-rows-selected.csv beside this script, select_energy_rows.py). A petrol truck
counted with less energy than a diesel one of its size would look cleaner for giving less; where the row is below the
diesel default (N3: 7.555 against 13.37 MJ/km) the energy stays not covered and a flow must give its own.

Input: the annex as parsed from cran/vein R/sysdata.rda (element `eea`, commit c1625d2) to CSV; a missing Load or
RoadSlope may be written as empty or as `nan`, both are read as "none"; and energy-rows-selected.csv beside this
script (the diesel defaults). Output: upper-bound-rows-selected.csv (every
annex row read, with its coefficients, so each value can be recomputed by hand), upper-bound-figures.csv (each figure
added, with the row it reads and the stage that row is for) and upper-bound-values.sql (the SQL values lists of
schema 057).

Usage: select_upper_bound_rows.py VEIN_EEA_CSV OUT_DIR
"""
import csv
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from select_energy_rows import ENERGY_CONTENT  # noqa: E402
from select_exhaust_rows import CNG, FUEL_NAMES, LIGHT, SEGMENTS, SPEED, STAGES, describe, ef, pick_row  # noqa: E402

# the annex's stages, oldest first; EEV (Enhanced Environmentally friendly Vehicle, Directive 2005/55/EC) is the
# heavy-duty stage between Euro V and Euro VI: newer than V, older than VI
ANNEX_ORDER = {
    'light': ['PRE', 'I', 'II', 'III', 'IV', 'V', 'VI A/B/C'],
    'heavy': ['PRE', 'I', 'II', 'III', 'IV', 'V', 'EEV', 'VI A/B/C'],
}
ROMAN = {'I': 'I', 'II': 'II', 'III': 'III', 'IV': 'IV', 'V': 'V', 'VI A/B/C': 'VI A/B/C'}
ARABIC = {'I': '1', 'II': '2', 'III': '3', 'IV': '4', 'V': '5', 'VI A/B/C': '6 a/b/c'}
# the portal's stage as the citation names it: roman for heavy-duty, arabic for light
PORTAL_LABEL = {'PRE_EURO': ('pre-Euro', 'pre-Euro'), 'EURO_1': ('Euro 1', 'Euro I'), 'EURO_2': ('Euro 2', 'Euro II'),
                'EURO_3': ('Euro 3', 'Euro III'), 'EURO_4': ('Euro 4', 'Euro IV'), 'EURO_5': ('Euro 5', 'Euro V'),
                'EURO_6': ('Euro 6', 'Euro VI')}
# petrol heavy-duty trucks: the annex has one segment for every size above 3.5 t
PETROL_HEAVY = {'N2': ('TRUCKS', 'G', '>3.5 t', 'Heavy Duty Trucks', '>3,5 t'),
                'N3': ('TRUCKS', 'G', '>3.5 t', 'Heavy Duty Trucks', '>3,5 t')}
ANNEX = ('EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.i-iv, Appendix 4 hot emission factors '
         'annex')
COPY = 'read from cran/vein R/sysdata.rda (c1625d2), one copy'
COLS = ['row', 'Category', 'Fuel', 'Segment', 'EuroStandard', 'Technology', 'Pollutant', 'Mode', 'RoadSlope', 'Load',
        'MinSpeed_kmh', 'MaxSpeed_kmh', 'Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zita', 'Hta',
        'ReductionFactor_perc']


def heavy(category):
    return category in ('TRUCKS', 'BUS')


def annex_label(category, code):
    if code == 'PRE':
        return 'Conventional'
    if code == 'EEV':
        return 'EEV'
    return 'Euro ' + (ROMAN[code] if heavy(category) else ARABIC[code])


def main(vein_csv, out_dir):
    rows = list(csv.DictReader(open(vein_csv)))
    for i, r in enumerate(rows):
        r['row'] = i + 1
        for k in ('Load', 'RoadSlope'):
            if r[k] == '':
                r[k] = 'nan'
    # rows from 28,991 on restate earlier ones without their mode and are not annex rows
    rows = [r for r in rows if r['row'] < 28991]

    def pick(category, fuel, segment, code, pollutant):
        # the rules of the sets' other rows: load 50 % and a flat road where the row has them, one function for
        # every speed where there is one, else the urban peak mode's row, and of several technologies the highest
        return pick_row(rows, category, fuel, segment, code, pollutant)

    def bounded(category, fuel, segment, code, pollutant):
        """The row for the stage, or that of the newest earlier stage the annex has; None if there is none."""
        order = ANNEX_ORDER['heavy' if heavy(category) else 'light']
        for earlier in reversed(order[:order.index(code) + 1]):
            r = pick(category, fuel, segment, earlier, pollutant)
            if r is not None:
                return r
        return None

    # every pair of the sets' exhaust rows (select_exhaust_rows.py), and the petrol heavy-duty trucks
    families = []
    for portal, (category, segment, category_name, segment_name) in SEGMENTS.items():
        carriers = [('DIESEL', 'D'), ('HVO100', 'D')] + ([('PETROL', 'G')] if category in LIGHT else [])
        if category == 'MC':
            carriers = [('PETROL', 'G')]
        for carrier, fuel in carriers:
            families.append((portal, carrier, category, fuel, segment, category_name, FUEL_NAMES[fuel], segment_name))
        if portal in CNG:
            category, fuel, segment, fuel_name = CNG[portal]
            for carrier in ('FOSSIL_GAS', 'BIOGAS'):
                families.append((portal, carrier, category, fuel, segment, category_name, fuel_name,
                                 segment_name if category != 'BUS' else segment))
    for portal, (category, fuel, segment, category_name, segment_name) in PETROL_HEAVY.items():
        families.append((portal, 'PETROL', category, fuel, segment, category_name, FUEL_NAMES[fuel], segment_name))

    def cite(r, family, pollutant, unit, value, declared):
        portal, carrier, category, fuel, segment, category_name, fuel_name, segment_name = family
        read = annex_label(category, r['EuroStandard'])
        text = '%s, row %d (%s): speed function at %d km/h = %s %s; %s' % (
            ANNEX, r['row'], describe(r, category_name, fuel_name, segment_name, read, pollutant), SPEED, value, unit,
            COPY)
        wanted = STAGES[declared][1 if heavy(category) else 0]
        if r['EuroStandard'] != wanted:
            label = PORTAL_LABEL[declared][1 if heavy(category) else 0]
            text += ('; the annex has no %s row for this category, fuel and segment: the row of the newest earlier '
                     'stage it has, %s, is taken as an upper bound for %s (decision 054)' % (label, read, label))
        if carrier == 'BIOGAS':
            text += '; biomethane burns as methane: the CNG row is taken (decision 045)'
        return text

    exhaust, figures, read = [], [], {}
    for family in families:
        portal, carrier, category, fuel, segment = family[:5]
        for stage, (light, heavy_code) in STAGES.items():
            code = heavy_code if heavy(category) else light
            if category == 'PC' and fuel == 'G' and code == 'PRE':
                code = 'ECE 15/04'
            if pick(category, fuel, segment, code, 'NOx') and pick(category, fuel, segment, code, 'PM'):
                continue  # version 4 has this pair (select_exhaust_rows.py)
            if code == 'ECE 15/04':
                continue
            nox = bounded(category, fuel, segment, code, 'NOx')
            pm = bounded(category, fuel, segment, code, 'PM')
            if nox is None and pm is None:
                print('not covered: %s %s %s' % (portal, carrier, stage), file=sys.stderr)
                continue
            values = []
            for r, pollutant, name in ((nox, 'NOx', 'NOx'), (pm, 'PM', 'PM Exhaust (taken as PM2.5)')):
                if r is None:
                    values.append(('null', 'null'))
                    figures.append([portal, carrier, stage, pollutant, '', '', '', 'no row at this or an earlier stage'])
                    continue
                read[r['row']] = r
                value = '%.4g' % ef(r, SPEED)
                values.append((value, "'%s'" % cite(r, family, name, 'g/km', value, stage).replace("'", "''")))
                figures.append([portal, carrier, stage, pollutant, r['row'], annex_label(category, r['EuroStandard']),
                                value, 'upper bound' if r['EuroStandard'] != code else 'the stage\'s own row'])
            exhaust.append("    ('%s', '%s', '%s', %s, %s, %s, %s)" % (
                portal, carrier, stage, values[0][0], values[0][1], values[1][0], values[1][1]))

    # the sets' diesel default of each category, MJ/km at the same speed: a petrol figure below it is no upper bound
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'energy-rows-selected.csv')) as f:
        diesel = {r['portal_category']: float(r['EC_MJ_per_km_at_%d_kmh' % SPEED]) for r in csv.DictReader(f)
                  if r['carrier'] == 'DIESEL'}
    energy = []
    for family in families:
        portal, carrier, category, fuel, segment = family[:5]
        if category != 'TRUCKS' or fuel != 'G':
            continue
        r = bounded(category, fuel, segment, 'III', 'EC')
        mj = '%.4g' % ef(r, SPEED)
        if float(mj) < diesel[portal]:
            print('not covered: %s %s energy (row %d, %s MJ/km, is below the diesel %s default, %.4g MJ/km)'
                  % (portal, carrier, r['row'], mj, portal, diesel[portal]), file=sys.stderr)
            figures.append([portal, carrier, 'EURO_3', 'EC', '', '', '',
                            'not taken: row %d (%s, %s MJ/km) is below the diesel %s default (%.4g MJ/km), so it is '
                            'no upper bound for %s' % (r['row'], annex_label(category, r['EuroStandard']), mj, portal,
                                                       diesel[portal], portal)])
            continue
        read[r['row']] = r
        content, unit, content_source = ENERGY_CONTENT[carrier]
        value = '%.4g' % (float(mj) / content)
        text = cite(r, family, 'EC', 'MJ/km', mj, 'EURO_3').replace(
            'upper bound for Euro III (decision 054)',
            'upper bound for Euro III, the stage a flow without one counts as (decision 054)')
        text += '; divided by %s = %s %s/km' % (content_source, value, unit)
        energy.append("    ('%s', '%s', %s, '%s')" % (portal, carrier, value, text.replace("'", "''")))
        figures.append([portal, carrier, 'EURO_3', 'EC', r['row'], annex_label(category, r['EuroStandard']),
                        '%s MJ/km = %s %s/km' % (mj, value, unit), 'upper bound'])

    with open(os.path.join(out_dir, 'upper-bound-rows-selected.csv'), 'w', newline='') as f:
        w = csv.writer(f)
        w.writerow(COLS + ['EF_at_%d_kmh' % SPEED])
        for n in sorted(read):
            w.writerow([read[n][c] for c in COLS] + ['%.4g' % ef(read[n], SPEED)])
    with open(os.path.join(out_dir, 'upper-bound-figures.csv'), 'w', newline='') as f:
        w = csv.writer(f)
        w.writerow(['portal_category', 'carrier', 'euro_class', 'pollutant', 'row', 'annex_stage_read',
                    'value_at_%d_kmh' % SPEED, 'rule'])
        w.writerows(figures)
    with open(os.path.join(out_dir, 'upper-bound-values.sql'), 'w') as f:
        f.write('-- exhaust\n' + ',\n'.join(exhaust) + '\n-- energy\n' + ',\n'.join(energy) + '\n')
    print('%d exhaust pairs, %d energy figures, %d annex rows read' % (len(exhaust), len(energy), len(read)),
          file=sys.stderr)


if __name__ == '__main__':
    main(*sys.argv[1:3])
