package eu.buyzet.portal.contract.internal;

import eu.buyzet.portal.shared.database.StoredJson;
import eu.buyzet.portal.contract.ContractDetails;
import eu.buyzet.portal.contract.ContractFigures;
import eu.buyzet.portal.contract.ContractId;
import eu.buyzet.portal.contract.ContractMetric;
import eu.buyzet.portal.contract.MappedContract;
import eu.buyzet.portal.contract.RankedContract;
import eu.buyzet.portal.contract.SpendEstimate;
import eu.buyzet.portal.contract.TransportCategory;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.FootprintResult;
import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.submission.SubmissionId;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import org.jspecify.annotations.Nullable;

@Repository
public class ContractRepository {

    private static final TypeReference<List<Flow>> FLOWS = new TypeReference<>() {
    };

    /** What a sum over a group of contracts gives, as the ranking by CPV category reads it. */
    public record CategoryRow(String prefix, int contracts, ContractFigures figures, int estimated) {
    }

    /** An agency with mapped contracts. */
    public record Agency(OrganisationId id, int contracts) {
    }

    /** What recomputing a contract's figures needs. */
    public record Flows(List<Flow> flows, boolean computed, java.time.@Nullable LocalDate awardDate) {
    }

    private static final String FIGURES = "c.trips, c.vehicle_km, c.co2e_wtw_kg, c.nox_g, c.pm_g";

    private final JdbcClient jdbc;
    private final StoredJson json;

    ContractRepository(JdbcClient jdbc, StoredJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * A new contract. {@code d}'s flows are the ones computed (an estimate's flow when
     * {@code estimate} is given); its category null means the proposal from the main CPV code.
     */
    public ContractId insert(OrganisationId organisation, ContractDetails d, List<CpvCode> cpv, FootprintResult result,
                             @Nullable Double trips, MemberId by, @Nullable SpendEstimate estimate) {
        return ContractId.of(jdbc.sql("""
                        insert into footprint_contract (organisation_id, title, reference, cpv_codes, main_cpv,
                            supplier_name, annual_value, currency, end_date, flows, factor_set_id, result, trips,
                            vehicle_km, co2e_wtw_kg, nox_g, pm_g, created_by, updated_by, transport_category,
                            spend_estimate, award_date, co2e_tailpipe_kg)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?,
                            ?, cast(? as jsonb), ?, ?)
                        returning id""")
                .params(Arrays.asList(organisation.value(), d.title(), d.reference(), codes(cpv), cpv.getFirst().value(),
                        d.supplierName(), d.annualValue(), d.currency(), d.endDate(), json.write(d.flows()),
                        result.factorSetId(), json.write(result), trips, result.total().vehicleKm(),
                        result.total().co2eWtwKg(), result.total().noxG(), result.total().pmG(), by.value(), by.value(),
                        d.transportCategory() == null ? null : d.transportCategory().name(), estimateJson(estimate),
                        d.awardDate(), result.total().co2eTtwKg()))
                .query(Long.class).single());
    }

    public ContractId insert(OrganisationId organisation, ContractDetails d, List<CpvCode> cpv, FootprintResult result,
                             @Nullable Double trips, MemberId by) {
        return insert(organisation, d, cpv, result, trips, by, null);
    }

    /** False when someone else changed or deleted it since {@code version}. */
    public boolean update(ContractId id, int version, ContractDetails d, List<CpvCode> cpv, FootprintResult result,
                          @Nullable Double trips, MemberId by, @Nullable SpendEstimate estimate) {
        return jdbc.sql("""
                        update footprint_contract set title = ?, reference = ?, cpv_codes = ?, main_cpv = ?,
                            supplier_name = ?, annual_value = ?, currency = ?, end_date = ?, flows = cast(? as jsonb),
                            transport_category = coalesce(?, contract_transport_category_for(?)),
                            spend_estimate = cast(? as jsonb), award_date = ?, updated_by = ?, updated_at = now(),
                            version = version + 1
                        where id = ? and version = ?""")
                .params(Arrays.asList(d.title(), d.reference(), codes(cpv), cpv.getFirst().value(), d.supplierName(), d.annualValue(),
                        d.currency(), d.endDate(), json.write(d.flows()),
                        d.transportCategory() == null ? null : d.transportCategory().name(), cpv.getFirst().value(),
                        estimateJson(estimate), d.awardDate(), by.value(), id.value(), version))
                .update() == 1 && setResult(id, result, trips);
    }

    private @Nullable String estimateJson(@Nullable SpendEstimate estimate) {
        return estimate == null ? null : json.write(estimate);
    }

    /** The figures the ranking sorts by, computed with the result's factor set. */
    public boolean setResult(ContractId id, FootprintResult result, @Nullable Double trips) {
        return jdbc.sql("""
                        update footprint_contract set factor_set_id = ?, result = cast(? as jsonb), trips = ?,
                            vehicle_km = ?, co2e_wtw_kg = ?, nox_g = ?, pm_g = ?, co2e_tailpipe_kg = ? where id = ?""")
                .params(Arrays.asList(result.factorSetId(), json.write(result), trips, result.total().vehicleKm(),
                        result.total().co2eWtwKg(), result.total().noxG(), result.total().pmG(),
                        result.total().co2eTtwKg(), id.value()))
                .update() == 1;
    }

    public boolean delete(ContractId id, int version) {
        return jdbc.sql("delete from footprint_contract where id = ? and version = ?").params(id.value(), version)
                .update() == 1;
    }

    public void linkNeed(ContractId id, SubmissionId need) {
        jdbc.sql("update footprint_contract set need_id = ? where id = ?").params(need.value(), id.value()).update();
    }

    /**
     * The contract, with the names of its agency and of who changed it last as the organisation
     * feature gives them.
     */
    public Optional<MappedContract> find(ContractId id, Function<OrganisationId, String> organisationName,
                                         Function<MemberId, String> memberName) {
        return jdbc.sql("""
                        select c.id, c.organisation_id, c.updated_by, c.title, c.reference, c.cpv_codes, c.supplier_name,
                            c.annual_value, c.currency, c.end_date, c.flows::text, c.result::text, c.trips, c.need_id,
                            c.updated_at, c.version, c.transport_category, c.spend_estimate::text, c.award_date
                        from footprint_contract c where c.id = ?""")
                .param(id.value())
                .query((rs, n) -> new MappedContract(id, OrganisationId.of(rs.getLong(2)),
                        organisationName.apply(OrganisationId.of(rs.getLong(2))),
                        rs.getString(4), rs.getString(5), codes(rs.getArray(6)), rs.getString(7), rs.getBigDecimal(8),
                        rs.getString(9), rs.getObject(10, java.time.LocalDate.class),
                        json.read(rs.getString(11), FLOWS),
                        rs.getString(12) == null ? null : json.read(rs.getString(12), FootprintResult.class),
                        nullable(rs.getBigDecimal(13)), rs.getObject(14) == null ? null : SubmissionId.of(rs.getLong(14)),
                        memberName.apply(MemberId.of(rs.getLong(3))), rs.getTimestamp(15).toInstant(), rs.getInt(16),
                        TransportCategory.valueOf(rs.getString(17)),
                        rs.getString(18) == null ? null : json.read(rs.getString(18), SpendEstimate.class),
                        rs.getObject(19, java.time.LocalDate.class)))
                .optional();
    }

    public Optional<Flows> flows(ContractId id) {
        return jdbc.sql("select flows::text, result is not null, award_date from footprint_contract where id = ?")
                .param(id.value())
                .query((rs, n) -> new Flows(json.read(rs.getString(1), FLOWS), rs.getBoolean(2),
                        rs.getObject(3, java.time.LocalDate.class))).optional();
    }

    /**
     * Contracts in order of the measure, largest first; an unknown figure ranks last. Agencies'
     * names come from {@code organisationName}.
     */
    public List<RankedContract> rank(@Nullable OrganisationId organisation, @Nullable TransportCategory category,
                                     ContractMetric metric, int offset, int limit,
                                     Function<OrganisationId, String> organisationName) {
        String sql = "select c.id, c.organisation_id, c.title, c.main_cpv, c.supplier_name, c.annual_value,"
                + " c.currency, c.end_date, " + FIGURES + ", c.factor_set_id, c.transport_category,"
                + " c.spend_estimate is not null, c.co2e_tailpipe_kg"
                + " from footprint_contract c"
                + " where c.result is not null" + filter(organisation, category)
                + " order by c." + column(metric) + " desc nulls last, c.id limit :limit offset :offset";
        var spec = filter(jdbc.sql(sql).param("limit", limit).param("offset", offset), organisation, category);
        List<RankedContract> ranked = new ArrayList<>();
        spec.query((ResultSet rs) -> {
            OrganisationId agency = OrganisationId.of(rs.getLong(2));
            ranked.add(new RankedContract(offset + ranked.size() + 1, ContractId.of(rs.getLong(1)), agency,
                    organisationName.apply(agency), rs.getString(3), new CpvCode(rs.getString(4)),
                    rs.getString(5), rs.getBigDecimal(6), rs.getString(7), rs.getObject(8, java.time.LocalDate.class),
                    figures(rs, 9, rs.getObject(12) == null ? 1 : 0, rs.getObject(13) == null ? 1 : 0, 17),
                    rs.getString(14), TransportCategory.valueOf(rs.getString(15)), rs.getBoolean(16)));
        });
        return ranked;
    }

    public List<RankedContract> rank(@Nullable OrganisationId organisation, ContractMetric metric, int offset, int limit,
                                     Function<OrganisationId, String> organisationName) {
        return rank(organisation, null, metric, offset, limit, organisationName);
    }

    public int count(@Nullable OrganisationId organisation, @Nullable TransportCategory category) {
        String sql = "select count(*) from footprint_contract c where c.result is not null"
                + filter(organisation, category);
        return filter(jdbc.sql(sql), organisation, category).query(Integer.class).single();
    }

    private static String filter(@Nullable OrganisationId organisation, @Nullable TransportCategory category) {
        return (organisation == null ? "" : " and c.organisation_id = :organisation")
                + (category == null ? "" : " and c.transport_category = :category");
    }

    private static JdbcClient.StatementSpec filter(JdbcClient.StatementSpec spec, @Nullable OrganisationId organisation,
                                                   @Nullable TransportCategory category) {
        JdbcClient.StatementSpec s = organisation == null ? spec : spec.param("organisation", organisation.value());
        return category == null ? s : s.param("category", category.name());
    }

    /** Sums per leading {@code digits} of the main CPV code, largest first. */
    public List<CategoryRow> categories(@Nullable OrganisationId organisation, @Nullable TransportCategory category,
                                        int digits, ContractMetric metric) {
        String sql = "select left(c.main_cpv, :digits), count(*), sum(c.trips), sum(c.vehicle_km), sum(c.co2e_wtw_kg),"
                + " sum(c.nox_g), sum(c.pm_g), count(*) filter (where c.nox_g is null),"
                + " count(*) filter (where c.pm_g is null), count(*) filter (where c.spend_estimate is not null),"
                // a group with any contract lacking the stored figure has no tailpipe sum: unknown is not 0
                + " case when bool_and(c.co2e_tailpipe_kg is not null) then sum(c.co2e_tailpipe_kg) end"
                + " from footprint_contract c where c.result is not null" + filter(organisation, category)
                + " group by 1 order by sum(c." + column(metric) + ") desc nulls last, 1";
        return filter(jdbc.sql(sql).param("digits", digits), organisation, category)
                .query((rs, n) -> new CategoryRow(rs.getString(1), rs.getInt(2),
                        figures(rs, 3, rs.getInt(8), rs.getInt(9), 11), rs.getInt(10))).list();
    }

    /** Agencies with mapped contracts, unordered: their names live with the organisation feature. */
    public List<Agency> agencies() {
        return jdbc.sql("select organisation_id, count(*) from footprint_contract group by organisation_id")
                .query((rs, n) -> new Agency(OrganisationId.of(rs.getLong(1)), rs.getInt(2))).list();
    }

    /** Contracts whose figures were not computed with this factor set (or not at all), optionally of one agency. */
    public List<ContractId> notComputedWith(String factorSetId, @Nullable OrganisationId organisation) {
        String sql = "select id from footprint_contract where factor_set_id is distinct from :set"
                + (organisation == null ? "" : " and organisation_id = :organisation") + " order by id";
        var spec = jdbc.sql(sql).param("set", factorSetId);
        if (organisation != null) {
            spec = spec.param("organisation", organisation.value());
        }
        return spec.query((rs, n) -> ContractId.of(rs.getLong(1))).list();
    }

    private static ContractFigures figures(ResultSet rs, int from, int noxMissing, int pmMissing, int tailpipe)
            throws SQLException {
        return new ContractFigures(nullable(rs.getBigDecimal(from)), rs.getDouble(from + 1), rs.getDouble(from + 2),
                nullable(rs.getBigDecimal(from + 3)), nullable(rs.getBigDecimal(from + 4)), noxMissing, pmMissing,
                nullable(rs.getBigDecimal(tailpipe)));
    }

    private static String column(ContractMetric metric) {
        return switch (metric) {
            case TRIPS -> "trips";
            case VEHICLE_KM -> "vehicle_km";
            case CO2E -> "co2e_wtw_kg";
            case NOX -> "nox_g";
            case PM -> "pm_g";
        };
    }

    private static @Nullable Double nullable(@Nullable BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private static String[] codes(List<CpvCode> cpv) {
        return cpv.stream().map(CpvCode::value).toArray(String[]::new);
    }

    private static List<CpvCode> codes(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(CpvCode::new).toList();
    }
}
