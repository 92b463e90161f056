#!/usr/bin/env python3
"""Selects the default energy use per km that schema 053 loads (decision 046), and evaluates it.

Fuel-burning vehicles: the EC (energy consumption, MJ/km) row of the same EMEP/EEA guidebook 2019 hot-EF annex, segment
and rules as the exhaust rows of schema 051 (select_exhaust_rows.py), at the stage a flow without one counts as
(Euro 3; the oldest stage after it where the annex has no Euro 3 row), evaluated at 30 km/h and divided by the fuel's
energy content (Directive (EU) 2018/2001, Annex III; natural gas: IPCC 2006 Guidelines vol. 2 ch. 1 table 1.2).
Battery vans: the 2023 edition (update 2025) of the same annex, N1-III battery electric EC row, as copied by
TUBS-IVS/HAGRID (docs/research/footprint-tier3-hot-ef-sources.md, T4). Battery cars and fuel-cell buses: see
OTHER below.

Usage: select_energy_rows.py VEIN_EEA_CSV RLINE_DIR OUT_DIR
Output: energy-rows-selected.csv (every coefficient, so each value can be recomputed by hand) and energy-values.sql.
"""
import csv
import glob
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from select_exhaust_rows import CNG, FUEL_NAMES, SEGMENTS, SPEED, ef, stage_name  # noqa: E402

STAGE_ORDER = ['III', 'IV', 'V', 'VI A/B/C']  # Euro 3 first: the stage of a flow that declares none
ENERGY_CONTENT = {
    'DIESEL': (36.0, 'l', 'Directive (EU) 2018/2001, Annex III, row Diesel: 36 MJ/l'),
    'PETROL': (32.0, 'l', 'Directive (EU) 2018/2001, Annex III, row Petrol: 32 MJ/l'),
    'HVO100': (34.0, 'l', 'Directive (EU) 2018/2001, Annex III, row hydrotreated oil of biomass origin '
                          '(replacing diesel): 34 MJ/l'),
    'FOSSIL_GAS': (48.0, 'kg', 'IPCC 2006 Guidelines, vol. 2, ch. 1, table 1.2, row Natural Gas: 48.0 TJ/Gg'),
    'BIOGAS': (50.0, 'kg', 'Directive (EU) 2018/2001, Annex III, row biogas purified to natural gas quality: '
                           '50 MJ/kg'),
}
# N1-III battery electric EC, EMEP/EEA guidebook 2023 - update 2025 annex (COPERT 5.9.1), as copied by
# TUBS-IVS/HAGRID hagrid/analysis/kpi/data/emep_hot_factors.csv (b26fa0c); its check value at 80 km/h, 1.169166 MJ/km,
# is reproduced by these coefficients
N1_BATTERY = {'Alpha': '3635688.10191646', 'Beta': '156481167.6213405', 'Gamma': '9870603965.439905',
              'Delta': '1638783153.2615104', 'Epsilon': '-15905.98759371512', 'Zita': '4431187.310044907',
              'Hta': '20232179.2116574', 'ReductionFactor_perc': '0.9930141572254989', 'MinSpeed_kmh': '5',
              'MaxSpeed_kmh': '130'}
# figures that are no annex row: category, carrier, value, unit, citation
OTHER = [
    ('M1', 'BATTERY_ELECTRIC', 0.166, 'kWh',
     'European Environment Agency, indicator "New registrations of electric vehicles in Europe" (edition on 2021 '
     'data, from the monitoring of new cars under Regulation (EU) 2019/631): "In 2021, the average energy consumption '
     'of BEVs ... was around 166" Wh/km (printed "kWh/km"), type-approval (WLTP), charging losses not included'),
    ('M2_M3', 'HYDROGEN', 0.10, 'kg',
     'JIVE and JIVE 2 fuel-cell bus projects (Fuel Cells and Hydrogen Joint Undertaking), knowledge base '
     'fuelcellbuses.eu, "Regular operations" (August 2023): "typical 8-10 kg/100 km with the previous generation of '
     '12 m FCBs"; the upper end is taken'),
]


def main(vein_csv, rline_dir, out_dir):
    rows = list(csv.DictReader(open(vein_csv)))
    for i, r in enumerate(rows):
        r['row'] = i + 1
    rows = [r for r in rows if r['row'] < 28991 and r['Pollutant'] == 'EC']
    rline = {}
    for f in glob.glob(os.path.join(rline_dir, '*__sheet1.csv')):
        for r in csv.reader(open(f)):
            if r and r[0].isdigit():
                rline[int(r[0])] = r

    def pick(category, fuel, segment):
        for code in STAGE_ORDER:
            candidates = [r for r in rows if r['Category'] == category and r['Fuel'] == fuel
                          and r['Segment'] == segment and r['EuroStandard'] == code
                          and r['Load'] in ('nan', '0.5') and r['RoadSlope'] in ('nan', '0.0')]
            plain = [r for r in candidates if r['Mode'] == '']
            candidates = plain or [r for r in candidates if r['Mode'] == 'Urban Peak']
            if candidates:
                # several technologies at one stage: the highest consumer, since the flow does not say which
                return max(candidates, key=lambda r: ef(r, SPEED))
        return None

    plan = []
    for portal_category, (category, segment, category_name, segment_name) in SEGMENTS.items():
        carriers = [('DIESEL', 'D'), ('HVO100', 'D')] + ([('PETROL', 'G')] if category in ('PC', 'LCV') else [])
        if category == 'MC':
            carriers = [('PETROL', 'G')]
        for carrier, fuel in carriers:
            plan.append((portal_category, carrier, category, fuel, segment, category_name, FUEL_NAMES[fuel],
                         segment_name))
        if portal_category in CNG:
            category, fuel, segment, fuel_name = CNG[portal_category]
            for carrier in ('FOSSIL_GAS', 'BIOGAS'):
                plan.append((portal_category, carrier, category, fuel, segment, category_name, fuel_name,
                             segment_name if category != 'BUS' else segment))
    values, selected = [], []
    for portal_category, carrier, category, fuel, segment, category_name, fuel_name, segment_name in plan:
        r = pick(category, fuel, segment)
        if r is None:
            sys.exit('no EC row for %s %s' % (portal_category, carrier))
        copy = 'read from cran/vein R/sysdata.rda (c1625d2), one copy'
        if r['row'] in rline:
            same = [float(x) for x in rline[r['row']][12:19]] == [float(r[k]) for k in
                                                                  ('Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon',
                                                                   'Zita', 'Hta')]
            if not same:
                sys.exit('copies disagree on row %d' % r['row'])
            copy = 'read from cran/vein R/sysdata.rda (c1625d2) and equal in edinumet/rline'
        mj = float('%.4g' % ef(r, SPEED))
        content, unit, content_source = ENERGY_CONTENT[carrier]
        value = float('%.4g' % (mj / content))
        parts = [category_name, fuel_name, segment_name, stage_name(category, r['EuroStandard'], fuel)]
        if r['Technology']:
            parts.append(r['Technology'])
        parts.append('EC')
        if r['Mode']:
            parts.append(r['Mode'])
        if r['Load'] == '0.5':
            parts.append('load 50 %, slope 0 %')
        stage_note = ('' if r['EuroStandard'] == 'III'
                      else '; the annex has no Euro 3 row for it: its oldest stage after Euro 3 is taken')
        proxy = ''
        if carrier == 'HVO100':
            proxy = '; the guidebook has no HVO row: the diesel engine\'s row is taken (decision 045)'
        if carrier == 'BIOGAS':
            proxy = '; biomethane burns as methane: the CNG row is taken (decision 045)'
        citation = ('EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.i-iv, Appendix 4 hot emission '
                    'factors annex, row %d (%s): speed function at %d km/h = %s MJ/km; %s%s%s; divided by %s = %s %s/km'
                    % (r['row'], ', '.join(parts), SPEED, '%.4g' % mj, copy, stage_note, proxy, content_source,
                       '%.4g' % value, unit))
        values.append((portal_category, carrier, value, citation))
        selected.append([portal_category, carrier, r['row']] + [r[c] for c in COLS] + ['%.4g' % mj, content,
                                                                                       '%.4g' % value, unit])
    n1 = ef(N1_BATTERY, SPEED)
    n1_kwh = float('%.4g' % (n1 / 3.6))
    values.append(('N1', 'BATTERY_ELECTRIC', n1_kwh,
                   'EMEP/EEA air pollutant emission inventory guidebook 2023 (update 2025, COPERT 5.9.1), 1.A.3.b.i-iv, '
                   'Appendix 4 hot emission factors annex, row Light Commercial Vehicles, Battery electric, N1-III, EC: '
                   'speed function at %d km/h = %s MJ/km; read from TUBS-IVS/HAGRID '
                   'hagrid/analysis/kpi/data/emep_hot_factors.csv (b26fa0c), its check value at 80 km/h reproduced; '
                   'divided by 3.6 MJ/kWh = %s kWh/km (vehicle side: charging losses not included)'
                   % (SPEED, '%.4g' % n1, '%.4g' % n1_kwh)))
    selected.append(['N1', 'BATTERY_ELECTRIC', '2023-U2025', 'LCV', 'Battery electric', 'N1-III', '', '', 'EC', '',
                     '', '', N1_BATTERY['MinSpeed_kmh'], N1_BATTERY['MaxSpeed_kmh']]
                    + [N1_BATTERY[k] for k in ('Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zita', 'Hta',
                                               'ReductionFactor_perc')] + ['%.4g' % n1, 3.6, '%.4g' % n1_kwh, 'kWh'])
    for category, carrier, value, unit, citation in OTHER:
        values.append((category, carrier, value, citation))
    with open(os.path.join(out_dir, 'energy-rows-selected.csv'), 'w', newline='') as f:
        w = csv.writer(f)
        w.writerow(['portal_category', 'carrier', 'row'] + COLS + ['EC_MJ_per_km_at_%d_kmh' % SPEED,
                                                                   'MJ_per_unit', 'energy_per_km', 'unit'])
        w.writerows(selected)
    with open(os.path.join(out_dir, 'energy-values.sql'), 'w') as f:
        f.write(',\n'.join("    ('%s', '%s', %s, '%s')" % (c, k, v, t.replace("'", "''")) for c, k, v, t in values)
                + '\n')
    for c, k, v, t in values:
        print(c, k, v)


COLS = ['Category', 'Fuel', 'Segment', 'EuroStandard', 'Technology', 'Pollutant', 'Mode', 'RoadSlope', 'Load',
        'MinSpeed_kmh', 'MaxSpeed_kmh', 'Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zita', 'Hta',
        'ReductionFactor_perc']

if __name__ == '__main__':
    main(*sys.argv[1:4])
