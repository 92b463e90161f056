#!/usr/bin/env python3
"""Selects the heavy battery-electric and fuel-cell energy defaults that schema 055 loads (decision 050).

Source: Danish Energy Agency, Technology Data for commercial freight and passenger transport, the data-sheet workbook
data_sheets_for_commercial_freight_and_passenger_transport_0.xlsx (created 2022-07-13, last modified 2024-02-29), read
from the unmodified copy in PyPSA/technology-data, inputs/ (commit ec63b76758bcc7d2635e436368b199a8657a29a1).

Rule: the vehicle the sets' diesel default of the same category describes (a rigid N3 truck, a 12 m city bus), at
typical load, in the 2021/2022 simulation (the later columns are the sheet's own interpolations), taking the highest
energy use of the sheet's three driving cycles, since a flow does not say where it drives. The figure is the
Simulations sheet's fuel economy in the carrier's own unit (km/kWh, km/kg), inverted; the data sheet's row repeats
its MJ/km.

Usage: select_dea_rows.py WORKBOOK OUT_CSV
"""
import csv
import sys

import openpyxl

# portal category, carrier, data sheet, Simulations rows of its three cycles at typical load
PICKS = [
    ('N3', 'BATTERY_ELECTRIC', 'BEV L1', [50, 51, 52]),
    ('M2_M3', 'BATTERY_ELECTRIC', 'BEV B1', [77, 78, 79]),
    ('N3', 'HYDROGEN', 'FCV L1', [95, 96, 97]),
]
UNIT = {'km/kWh': 'kWh', 'km/kg': 'kg'}


def main(workbook, out):
    wb = openpyxl.load_workbook(workbook, data_only=True)
    sim = wb['Simulations']
    rows = []
    for category, carrier, sheet, candidates in PICKS:
        cycles = []
        for r in candidates:
            vehicle, route, engine, fuel, mj_per_km, _, _, economy, unit, case = [c.value for c in sim[r]][:10]
            assert 'TYPICAL' in vehicle and str(vehicle).startswith('2022'), (r, vehicle)
            cycles.append((1 / economy, r, vehicle, route, engine, mj_per_km, economy, unit, case))
        per_km, r, vehicle, route, engine, mj_per_km, economy, unit, case = max(cycles)
        data = wb[sheet]
        # the data sheet's typical-load rows 31-33 hold the same simulation's MJ/km in its 2021 column
        sheet_row = next(i for i in (31, 32, 33) if abs(data.cell(i, 2).value - mj_per_km) < 1e-9)
        rows.append({
            'portal_category': category, 'carrier': carrier, 'data_sheet': sheet,
            'vehicle_label': data['C1'].value or '', 'data_sheet_row': sheet_row,
            'data_sheet_row_label': data.cell(sheet_row, 1).value.replace('\xa0', ' ').strip(' -'),
            'mj_per_km_2021': round(mj_per_km, 4), 'simulations_row': r, 'simulations_vehicle': vehicle.strip(),
            'route': route, 'engine': engine, 'fuel_economy': round(economy, 4), 'fuel_economy_unit': unit,
            'case': case, 'energy_per_km': float(f'{per_km:.4g}'), 'unit': UNIT[unit],
            'other_cycles': '; '.join(f'{c[3]} {c[0]:.4g}' for c in cycles if c[1] != r),
        })
    with open(out, 'w', newline='') as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
