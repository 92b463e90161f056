package eu.buyzet.portal.footprint.internal;

import eu.buyzet.portal.footprint.FactorSetSummary;
import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.EuroClass;
import eu.buyzet.portal.footprint.calculator.FactorSet;
import eu.buyzet.portal.footprint.calculator.FactorSet.CarrierFactors;
import eu.buyzet.portal.footprint.calculator.FactorSet.ExhaustFactors;
import eu.buyzet.portal.footprint.calculator.FactorSet.ExhaustKey;
import eu.buyzet.portal.footprint.calculator.FactorSet.VehicleFactors;
import eu.buyzet.portal.footprint.calculator.FactorSet.VehicleKey;
import eu.buyzet.portal.footprint.calculator.FactorSet.WearFactors;
import eu.buyzet.portal.footprint.calculator.FactorSet.WearKey;
import eu.buyzet.portal.footprint.calculator.HydrogenRoute;
import eu.buyzet.portal.footprint.calculator.Sourced;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import eu.buyzet.portal.footprint.calculator.WearSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class FactorSetRepository {

    private final JdbcClient jdbc;

    FactorSetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<FactorSetSummary> list() {
        return jdbc.sql("""
                        select s.id, s.name, s.version, s.valid_from, s.is_default,
                               (select count(nox_g_per_km) + count(pm25_g_per_km) from footprint_exhaust_factor e
                                where e.set_id = s.id),
                               (select count(pm25_g_per_km) + count(pm10_g_per_km) from footprint_wear_factor w
                                where w.set_id = s.id),
                               s.default_euro_class, s.undeclared_stage = 'HIGHEST'
                        from footprint_factor_set s order by s.is_default desc, s.valid_from desc, s.id""")
                .query((rs, n) -> new FactorSetSummary(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getDate(4).toLocalDate(), rs.getBoolean(5), rs.getInt(6), rs.getInt(7),
                        rs.getString(8) == null ? null : EuroClass.valueOf(rs.getString(8)), rs.getBoolean(9)))
                .list();
    }

    public Optional<String> defaultId() {
        return jdbc.sql("select id from footprint_factor_set where is_default").query(String.class).optional();
    }

    public Optional<FactorSet> find(String id) {
        return jdbc.sql("""
                        select id, name, version, valid_from, boundary, gwp_basis, electricity_basis, default_euro_class,
                               undeclared_stage = 'HIGHEST'
                        from footprint_factor_set where id = ?""").param(id)
                .query((rs, n) -> new FactorSet(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getDate(4).toLocalDate(), rs.getString(5), rs.getString(6), rs.getString(7),
                        carriers(id), vehicles(id), exhaust(id), wear(id),
                        rs.getString(8) == null ? null : EuroClass.valueOf(rs.getString(8)), hydrogenRoutes(id),
                        rs.getBoolean(9)))
                .optional();
    }

    private Map<EnergyCarrier, CarrierFactors> carriers(String setId) {
        return jdbc.sql("select carrier, wtt_kg_per_unit, wtt_source, ttw_kg_per_unit, ttw_source"
                        + " from footprint_carrier_factor where set_id = ?").param(setId)
                .query((rs, n) -> new CarrierFactors(EnergyCarrier.valueOf(rs.getString(1)),
                        new Sourced(rs.getDouble(2), rs.getString(3)), new Sourced(rs.getDouble(4), rs.getString(5))))
                .list().stream().collect(Collectors.toMap(CarrierFactors::carrier, Function.identity()));
    }

    private Map<HydrogenRoute, CarrierFactors> hydrogenRoutes(String setId) {
        return jdbc.sql("select route, wtt_kg_per_unit, wtt_source, ttw_kg_per_unit, ttw_source"
                        + " from footprint_hydrogen_route_factor where set_id = ?").param(setId)
                .query((rs, n) -> Map.entry(HydrogenRoute.valueOf(rs.getString(1)),
                        new CarrierFactors(EnergyCarrier.HYDROGEN, new Sourced(rs.getDouble(2), rs.getString(3)),
                                new Sourced(rs.getDouble(4), rs.getString(5)))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private Map<VehicleKey, VehicleFactors> vehicles(String setId) {
        return jdbc.sql("""
                        select category, carrier, energy_per_km, energy_source, nox_g_per_km, nox_source,
                               pm_exhaust_g_per_km, pm_exhaust_source, pm_non_exhaust_g_per_km, pm_non_exhaust_source
                        from footprint_vehicle_factor where set_id = ?""").param(setId)
                .query((rs, n) -> new VehicleFactors(new VehicleKey(VehicleCategory.valueOf(rs.getString(1)),
                        EnergyCarrier.valueOf(rs.getString(2))), sourced(rs, 3), sourced(rs, 5), sourced(rs, 7),
                        sourced(rs, 9)))
                .list().stream().collect(Collectors.toMap(VehicleFactors::key, Function.identity()));
    }

    private Map<ExhaustKey, ExhaustFactors> exhaust(String setId) {
        return jdbc.sql("""
                        select category, carrier, euro_class, nox_g_per_km, nox_source, pm25_g_per_km, pm25_source
                        from footprint_exhaust_factor where set_id = ?""").param(setId)
                .query((rs, n) -> new ExhaustFactors(new ExhaustKey(VehicleCategory.valueOf(rs.getString(1)),
                        EnergyCarrier.valueOf(rs.getString(2)), EuroClass.valueOf(rs.getString(3))), sourced(rs, 4),
                        sourced(rs, 6)))
                .list().stream().collect(Collectors.toMap(ExhaustFactors::key, Function.identity()));
    }

    private Map<WearKey, WearFactors> wear(String setId) {
        return jdbc.sql("""
                        select category, wear, pm25_g_per_km, pm25_source, pm10_g_per_km, pm10_source
                        from footprint_wear_factor where set_id = ?""").param(setId)
                .query((rs, n) -> new WearFactors(new WearKey(VehicleCategory.valueOf(rs.getString(1)),
                        WearSource.valueOf(rs.getString(2))), sourced(rs, 3), sourced(rs, 5)))
                .list().stream().collect(Collectors.toMap(WearFactors::key, Function.identity()));
    }

    /** A set with this id, or with this name and version (unique too, whatever its id, e.g. a seeded set). */
    public boolean exists(String id, String name, String version) {
        return jdbc.sql("""
                        select exists (select 1 from footprint_factor_set
                                       where id = ? or (name = ? and version = ?))""")
                .params(id, name, version).query(Boolean.class).single();
    }

    public void insert(FactorSet set) {
        jdbc.sql("""
                        insert into footprint_factor_set (id, name, version, valid_from, boundary, gwp_basis, electricity_basis,
                        default_euro_class, undeclared_stage) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(set.id(), set.name(), set.version(), set.validFrom(), set.boundary(),
                        set.gwpBasis(), set.electricityBasis(),
                        set.defaultEuroClass() == null ? null : set.defaultEuroClass().name(),
                        set.undeclaredStageHighest() ? "HIGHEST" : null))
                .update();
        set.carriers().values().forEach(c -> jdbc.sql("""
                        insert into footprint_carrier_factor (set_id, carrier, wtt_kg_per_unit, wtt_source, ttw_kg_per_unit,
                        ttw_source) values (?, ?, ?, ?, ?, ?)""")
                .params(set.id(), c.carrier().name(), c.wttKgPerUnit().value(), c.wttKgPerUnit().source(),
                        c.ttwKgPerUnit().value(), c.ttwKgPerUnit().source())
                .update());
        set.hydrogenRoutes().forEach((route, c) -> jdbc.sql("insert into footprint_hydrogen_route_factor"
                        + " (set_id, route, wtt_kg_per_unit, wtt_source, ttw_kg_per_unit, ttw_source)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(set.id(), route.name(), c.wttKgPerUnit().value(), c.wttKgPerUnit().source(),
                        c.ttwKgPerUnit().value(), c.ttwKgPerUnit().source())
                .update());
        set.vehicles().values().forEach(v -> jdbc.sql("""
                        insert into footprint_vehicle_factor (set_id, category, carrier, energy_per_km, energy_source,
                        nox_g_per_km, nox_source, pm_exhaust_g_per_km, pm_exhaust_source, pm_non_exhaust_g_per_km,
                        pm_non_exhaust_source) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(set.id(), v.key().category().name(), v.key().carrier().name(), value(v.energyPerKm()),
                        source(v.energyPerKm()), value(v.noxGPerKm()), source(v.noxGPerKm()), value(v.pmExhaustGPerKm()),
                        source(v.pmExhaustGPerKm()), value(v.pmNonExhaustGPerKm()), source(v.pmNonExhaustGPerKm())))
                .update());
        set.exhaust().values().forEach(e -> jdbc.sql("""
                        insert into footprint_exhaust_factor (set_id, category, carrier, euro_class, nox_g_per_km, nox_source,
                        pm25_g_per_km, pm25_source) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(set.id(), e.key().category().name(), e.key().carrier().name(),
                        e.key().euroClass().name(), value(e.noxGPerKm()), source(e.noxGPerKm()), value(e.pm25GPerKm()),
                        source(e.pm25GPerKm())))
                .update());
        set.wear().values().forEach(w -> jdbc.sql("""
                        insert into footprint_wear_factor (set_id, category, wear, pm25_g_per_km, pm25_source, pm10_g_per_km,
                        pm10_source) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(set.id(), w.key().category().name(), w.key().source().name(),
                        value(w.pm25GPerKm()), source(w.pm25GPerKm()), value(w.pm10GPerKm()), source(w.pm10GPerKm())))
                .update());
    }

    /** Makes the set the default; call in a transaction, so that others always see exactly one. */
    public boolean makeDefault(String id) {
        // the partial unique index is checked row by row: clear the old default before setting the new
        jdbc.sql("update footprint_factor_set set is_default = false where is_default and id <> ?").param(id).update();
        return jdbc.sql("update footprint_factor_set set is_default = true where id = ?").param(id).update() == 1;
    }

    private static @Nullable Double value(@Nullable Sourced s) {
        return s == null ? null : s.value();
    }

    private static @Nullable String source(@Nullable Sourced s) {
        return s == null ? null : s.source();
    }

    private static @Nullable Sourced sourced(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : new Sourced(value, rs.getString(column + 1));
    }
}
