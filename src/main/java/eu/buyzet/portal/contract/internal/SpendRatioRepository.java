package eu.buyzet.portal.contract.internal;

import eu.buyzet.portal.contract.SpendRatio;
import eu.buyzet.portal.contract.SpendRatioDetails;
import eu.buyzet.portal.contract.SpendRatioId;
import eu.buyzet.portal.footprint.calculator.EnergyCarrier;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import eu.buyzet.portal.shared.MemberId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The trips-per-spend table ({@code contract_spend_ratio}). */
@Repository
public class SpendRatioRepository {

    private static final String COLUMNS = "id, cpv_prefix, trips_per_million, km_per_trip, vehicle_category,"
            + " energy_carrier, currency, source, updated_at, version, energy_per_km";

    private final JdbcClient jdbc;

    SpendRatioRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every row, by CPV prefix. */
    public List<SpendRatio> all() {
        return jdbc.sql("select " + COLUMNS + " from contract_spend_ratio order by cpv_prefix")
                .query((rs, n) -> row(rs)).list();
    }

    public Optional<SpendRatio> find(SpendRatioId id) {
        return jdbc.sql("select " + COLUMNS + " from contract_spend_ratio where id = ?").param(id.value())
                .query((rs, n) -> row(rs)).optional();
    }

    /** The row with the longest prefix of the CPV code's digits, if any. */
    public Optional<SpendRatio> matching(String cpvDigits) {
        return jdbc.sql("select " + COLUMNS + " from contract_spend_ratio where ? like cpv_prefix || '%'"
                        + " order by length(cpv_prefix) desc limit 1")
                .param(cpvDigits).query((rs, n) -> row(rs)).optional();
    }

    public boolean prefixTaken(String prefix, SpendRatioId except) {
        return jdbc.sql("select count(*) from contract_spend_ratio where cpv_prefix = ? and id <> ?")
                .params(prefix, except.value()).query(Integer.class).single() > 0;
    }

    public SpendRatioId insert(SpendRatioDetails d, MemberId by) {
        return SpendRatioId.of(jdbc.sql("""
                        insert into contract_spend_ratio (cpv_prefix, trips_per_million, km_per_trip, vehicle_category,
                            energy_carrier, energy_per_km, source, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(java.util.Arrays.asList(d.cpvPrefix(), number(d.tripsPerMillion()), number(d.kmPerTrip()),
                        name(d.vehicleCategory()), name(d.energyCarrier()), d.energyPerKm(), d.source(), by.value()))
                .query(Long.class).single());
    }

    /** False when someone else changed it since {@code version}. */
    public boolean update(SpendRatioId id, int version, SpendRatioDetails d, MemberId by) {
        return jdbc.sql("""
                        update contract_spend_ratio set cpv_prefix = ?, trips_per_million = ?, km_per_trip = ?,
                            vehicle_category = ?, energy_carrier = ?, energy_per_km = ?, source = ?, updated_by = ?,
                            updated_at = now(), version = version + 1
                        where id = ? and version = ?""")
                .params(java.util.Arrays.asList(d.cpvPrefix(), number(d.tripsPerMillion()), number(d.kmPerTrip()),
                        name(d.vehicleCategory()), name(d.energyCarrier()), d.energyPerKm(), d.source(), by.value(),
                        id.value(), version))
                .update() == 1;
    }

    private static Double number(@org.jspecify.annotations.Nullable Double value) {
        return java.util.Objects.requireNonNull(value, "validated by the service");
    }

    private static String name(@org.jspecify.annotations.Nullable Enum<?> value) {
        return java.util.Objects.requireNonNull(value, "validated by the service").name();
    }

    private static SpendRatio row(ResultSet rs) throws SQLException {
        return new SpendRatio(SpendRatioId.of(rs.getLong(1)), rs.getString(2), rs.getDouble(3), rs.getDouble(4),
                VehicleCategory.valueOf(rs.getString(5)), EnergyCarrier.valueOf(rs.getString(6)),
                rs.getBigDecimal(11) == null ? null : rs.getBigDecimal(11).doubleValue(), rs.getString(7),
                rs.getString(8), rs.getTimestamp(9).toInstant(), rs.getInt(10));
    }
}
