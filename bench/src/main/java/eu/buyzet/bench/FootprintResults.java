package eu.buyzet.bench;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;

/**
 * Results for the generated footprint declarations, in one statement per table instead of the
 * portal's start-up backfill (which computes them one by one, some minutes for 100,000 on this
 * machine). It follows the calculator for the single declared flow the generator writes: distance
 * (vehicle-km, or trips × km per trip) × the declared energy per km × the default factor set's
 * well-to-tank and tank-to-wheel factors of the carrier, and the Clean Vehicles Directive's class.
 * NOx and particles are left out (null: "not computed"). The JSON has the shape of the portal's
 * {@code FootprintResult}, so pages and the API read it as any other result. The portal's backfill
 * then finds nothing left to do.
 *
 * <p>Usage: {@code FootprintResults <bench-dir> <postgres-port>}.
 */
public final class FootprintResults {

    private FootprintResults() {
    }

    static final String FLOW_RESULT = """
              select jsonb_build_object(
                'vehicleKm', x.km, 'tonneKm', null, 'energy', x.km * x.per_km,
                'energyUnit', case when x.carrier in ('DIESEL', 'PETROL', 'HVO100') then 'LITRE'
                                   when x.carrier = 'BATTERY_ELECTRIC' then 'KWH' else 'KG' end,
                'co2eWtwKg', x.km * x.per_km * (c.wtt_kg_per_unit + c.ttw_kg_per_unit),
                'co2eWttKg', x.km * x.per_km * c.wtt_kg_per_unit,
                'co2eTtwKg', x.km * x.per_km * c.ttw_kg_per_unit,
                'noxG', null, 'pmG', null,
                'zeroEmissionShare', case when x.carrier in ('BATTERY_ELECTRIC', 'HYDROGEN') then 1 else 0 end,
                'cvdClass', case when x.category = 'L' then 'NOT_COVERED'
                                 when x.carrier in ('BATTERY_ELECTRIC', 'HYDROGEN') then 'ZERO_EMISSION'
                                 when x.category in ('N2', 'N3', 'M2_M3')
                                      and x.carrier in ('HVO100', 'BIOGAS', 'FOSSIL_GAS') then 'CLEAN'
                                 else 'NEITHER' end,
                'energyFromDefault', false) as flow
              from (select F ->> 'vehicleCategory' as category, F ->> 'energyCarrier' as carrier,
                           coalesce((F ->> 'vehicleKmPerYear')::float8,
                                    (F ->> 'tripsPerYear')::float8 * (F ->> 'kmPerTrip')::float8) as km,
                           (F ->> 'energyPerKm')::float8 as per_km) x
              join footprint_carrier_factor c on c.set_id = fs.id and c.carrier = x.carrier""";

    static final String RESULTS = """
            insert into footprint_result (submission_id, factor_set_id, result, baseline_result, reason, computed_at)
            select d.submission_id, fs.id,
                   jsonb_build_object('factorSetId', fs.id, 'factorSetName', fs.name, 'factorSetVersion', fs.version,
                                      'flows', jsonb_build_array(r.flow), 'total', r.flow),
                   case when b.flow is null then null
                        else jsonb_build_object('factorSetId', fs.id, 'factorSetName', fs.name,
                                                'factorSetVersion', fs.version, 'flows', jsonb_build_array(b.flow),
                                                'total', b.flow) end,
                   'PUBLISHED', s.published_at
            from footprint_declaration d
            join submission s on s.id = d.submission_id
            cross join (select id, name, version from footprint_factor_set where is_default) fs
            cross join lateral (FLOW_OF_DECLARED) r
            left join lateral (FLOW_OF_BASELINE) b on d.baseline_flows is not null
            where s.status = 'PUBLISHED'
              and not exists (select 1 from footprint_result x where x.submission_id = d.submission_id)""";

    static final String LATEST = """
            insert into footprint_latest (submission_id, co2e_wtw_kg, computed_at)
            select distinct on (submission_id) submission_id, (result -> 'total' ->> 'co2eWtwKg')::numeric, computed_at
            from footprint_result order by submission_id, computed_at desc, id desc
            on conflict (submission_id) do nothing""";

    public static void main(String[] args) throws Exception {
        Path benchDir = Path.of(args[0]);
        Properties passwords = new Properties();
        try (Reader in = Files.newBufferedReader(benchDir.resolve("pg/buyzet-passwords.properties"))) {
            passwords.load(in);
        }
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + args[1] + "/postgres",
                "buyzet_owner", passwords.getProperty("owner"));
             Statement s = c.createStatement()) {
            int results = s.executeUpdate(RESULTS
                    .replace("FLOW_OF_DECLARED", FLOW_RESULT.replace("F ->>", "(d.flows -> 0) ->>"))
                    .replace("FLOW_OF_BASELINE", FLOW_RESULT.replace("F ->>", "(d.baseline_flows -> 0) ->>")));
            int latest = s.executeUpdate(LATEST);
            s.execute("vacuum (analyze) footprint_result");
            s.execute("vacuum (analyze) footprint_latest");
            System.out.printf(Locale.ROOT, "%,d footprint results, %,d latest figures in %.0f s%n", results, latest,
                    (System.nanoTime() - start) / 1e9);
        }
    }
}
