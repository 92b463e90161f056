#!/usr/bin/env python3
"""Selects the upper-bound rows that schema 057 adds to version 5 of the sets of 2026 (decision 054), and evaluates them.

The rule: a Euro stage the annex has no row for, for a vehicle category, fuel and segment the sets already use, takes
the row of the newest *earlier* stage the annex does have for that category, fuel and segment, never a newer one, at
the same speed, load, slope, mode and technology rules as the sets' other rows (select_exhaust_rows.py, decision 045).
The rule is applied per pollutant to every pair of select_exhaust_rows.py, and a row is taken under it only where it
is checked to be an upper bound:
- same segment: the row is of the segment the sets use for that vehicle category (SEGMENTS, CNG of
  select_exhaust_rows.py). The annex's one petrol truck segment (">3,5 t") is none of them: it is a lighter truck than
  the sets' N2 (its pre-Euro EC, 7.555 MJ/km, is below the diesel Rigid 7,5 - 12 t pre-Euro row's 8.44), so it bounds
  neither N2 nor N3, and petrol N2 and N3 stay not covered (listed as "not taken" in upper-bound-figures.csv);
- the segment's own figures fall stage by stage: the annex's real-world figures do not in general (diesel N2 NOx
  Euro V 3.898 is above Euro IV 2.871, diesel N1 NOx Euro 5 1.196 above Euro 4 0.8754), so the rule is taken for a
  segment and pollutant only where no stage the annex has for it is above an earlier one; otherwise not covered.
A pollutant the annex has at no earlier stage stays not covered (None). Pairs the sets of version 4 already have are
left alone: version 5 only adds.

Energy is not bounded by the rule at all (a later stage may use more energy). A candidate energy row is taken only
where its well-to-wheel CO2e per km, with the sets' carrier factors (WTW_PER_UNIT), is at least that of the diesel
default of the same category (energy-rows-selected.csv beside this script, select_energy_rows.py): a petrol truck
counted with less CO2e than a diesel one of its size would look cleaner for giving less. It must also be of the
category's segment. The only candidates, the petrol truck's EC row for N2 and N3, fail both checks (N2: 0.2361 l/km x
2.6501 = 0.6257 kg CO2e/km against the diesel N2's 0.1993 l/km x 3.18183 = 0.6341), so the script takes no energy row.

Input: the annex as parsed from cran/vein R/sysdata.rda (element `eea`, commit c1625d2) to CSV; a missing Load or
RoadSlope may be written as empty or as `nan`, both are read as "none"; and energy-rows-selected.csv beside this
script (the diesel defaults). Output: upper-bound-rows-selected.csv (every
annex row read, with its coefficients, so each value can be recomputed by hand), upper-bound-figures.csv (each figure
added, with the row it reads and the stage that row is for, and each candidate not taken, with why) and
upper-bound-values.sql (the SQL values lists of schema 057).

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
# kg CO2e per litre or kg, WTT + TTW, of every set of 2026 (schema 043, the same in all three; versions 2 to 5 copy them)
WTW_PER_UNIT = {'DIESEL': 0.61101 + 2.57082, 'PETROL': 0.58094 + 2.06916, 'FOSSIL_GAS': 0.91222817 + 2.60330441}
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

    def order_of(category):
        return ANNEX_ORDER['heavy' if heavy(category) else 'light']

    def falls_stage_by_stage(category, fuel, segment, pollutant):
        """No stage the annex has for this segment and pollutant is above an earlier stage's figure."""
        values = [ef(r, SPEED) for r in (pick(category, fuel, segment, c, pollutant) for c in order_of(category))
                  if r is not None]
        return all(a >= b for a, b in zip(values, values[1:]))

    def bounded(category, fuel, segment, code, pollutant):
        """The row for the stage, or that of the newest earlier stage the annex has where it is checked to be an
        upper bound; None if there is none. A candidate that fails the check is returned as ('rejected', row)."""
        order = order_of(category)
        for earlier in reversed(order[:order.index(code) + 1]):
            r = pick(category, fuel, segment, earlier, pollutant)
            if r is None:
                continue
            if earlier != code and not falls_stage_by_stage(category, fuel, segment, pollutant):
                return ('rejected', r)
            return r
        return None

    # every pair of the sets' exhaust rows (select_exhaust_rows.py)
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
    # the petrol heavy-duty trucks are candidates only: their segment is none the sets use for N2 or N3
    candidates = [(portal, 'PETROL', category, fuel, segment, category_name, FUEL_NAMES[fuel], segment_name)
                  for portal, (category, fuel, segment, category_name, segment_name) in PETROL_HEAVY.items()]

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
            for pollutant, r in (('NOx', nox), ('PM', pm)):
                if isinstance(r, tuple):
                    figures.append([portal, carrier, stage, pollutant, '', '', '',
                                    'not taken: row %d (%s) is no checked upper bound: the segment\'s figures rise '
                                    'from one stage to a later one' % (r[1]['row'],
                                                                       annex_label(category, r[1]['EuroStandard']))])
            nox = None if isinstance(nox, tuple) else nox
            pm = None if isinstance(pm, tuple) else pm
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

    # the sets' diesel default of each category (energy-rows-selected.csv): its litres per km for the WTW check
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'energy-rows-selected.csv')) as f:
        diesel = {r['portal_category']: float(r['energy_per_km']) for r in csv.DictReader(f)
                  if r['carrier'] == 'DIESEL'}

    # petrol trucks: not covered, exhaust and energy; each candidate is listed with why it is not taken
    energy = []
    for family in candidates:
        portal, carrier, category, fuel, segment, category_name, fuel_name, segment_name = family
        own_category, own_segment, _, own_name = SEGMENTS[portal]
        ec = pick(category, fuel, segment, 'PRE', 'EC')
        mj = '%.4g' % ef(ec, SPEED)
        diesel_ec = pick(own_category, 'D', own_segment, 'PRE', 'EC')
        read[ec['row']] = ec  # kept, with the rows compared, so each reason can be recomputed by hand
        read[diesel_ec['row']] = diesel_ec
        lighter = ('segment %s is not the sets\' %s segment (%s): a lighter truck, its Conventional EC (row %d, '
                   '%s MJ/km) is below the diesel %s Conventional EC (row %d, %.4g MJ/km)'
                   % (segment_name, portal, own_name, ec['row'], mj, own_name, diesel_ec['row'],
                      ef(diesel_ec, SPEED)))
        for pollutant in ('NOx', 'PM'):
            r = pick(category, fuel, segment, 'PRE', pollutant)
            if r is not None:
                read[r['row']] = r
            figures.append([portal, carrier, 'every stage', pollutant, '', '', '',
                            'not taken: ' + ('the annex has no petrol truck row' if r is None else
                                             'row %d (Conventional): %s' % (r['row'], lighter))])
        content, unit, content_source = ENERGY_CONTENT[carrier]
        value = float('%.4g' % (float(mj) / content))
        wtw = value * WTW_PER_UNIT[carrier]
        diesel_wtw = diesel[portal] * WTW_PER_UNIT['DIESEL']
        reasons = []
        if segment != own_segment:
            reasons.append(lighter)
        if wtw < diesel_wtw:
            reasons.append('%s MJ/km = %.4g %s/km x %.6g = %.4f kg CO2e/km WTW is below the diesel %s default, '
                           '%.4g l/km x %.6g = %.4f kg CO2e/km' % (mj, value, unit, WTW_PER_UNIT[carrier], wtw,
                                                                    portal, diesel[portal],
                                                                    WTW_PER_UNIT['DIESEL'], diesel_wtw))
        if reasons:
            print('not covered: %s %s energy (row %d: %s)' % (portal, carrier, ec['row'], '; '.join(reasons)),
                  file=sys.stderr)
            figures.append([portal, carrier, 'EURO_3', 'EC', '', '', '',
                            'not taken: row %d (Conventional): %s; so it is no upper bound for %s'
                            % (ec['row'], '; '.join(reasons), portal)])
            continue
        text = cite(ec, family, 'EC', 'MJ/km', mj, 'EURO_3').replace(
            'upper bound for Euro III (decision 054)',
            'upper bound for Euro III, the stage a flow without one counts as (decision 054)')
        text += '; divided by %s = %s %s/km' % (content_source, '%.4g' % value, unit)
        energy.append("    ('%s', '%s', %s, '%s')" % (portal, carrier, '%.4g' % value, text.replace("'", "''")))
        figures.append([portal, carrier, 'EURO_3', 'EC', ec['row'], annex_label(category, ec['EuroStandard']),
                        '%s MJ/km = %.4g %s/km' % (mj, value, unit), 'upper bound'])

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
