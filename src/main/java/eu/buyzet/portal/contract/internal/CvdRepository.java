package eu.buyzet.portal.contract.internal;

import eu.buyzet.portal.shared.database.StoredJson;
import eu.buyzet.portal.contract.ContractId;
import eu.buyzet.portal.contract.CvdGroup;
import eu.buyzet.portal.contract.CvdTarget;
import eu.buyzet.portal.footprint.calculator.Flow;
import eu.buyzet.portal.footprint.calculator.FootprintResult;
import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.OrganisationId;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/** The directive's stored targets, and what an agency's contracts give towards them. */
@Repository
public class CvdRepository {

    private static final TypeReference<List<Flow>> FLOWS = new TypeReference<>() {
    };

    private static final String COMPUTED =
            "select id, cpv_codes, award_date, flows::text, result::text from footprint_contract";

    /** One computed contract of an agency, as the directive's shares need it. */
    public record Computed(ContractId id, List<CpvCode> cpvCodes, @Nullable LocalDate awardDate, List<Flow> flows,
                           FootprintResult result) {
    }

    private final JdbcClient jdbc;
    private final StoredJson json;

    CvdRepository(JdbcClient jdbc, StoredJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<CvdTarget> targets() {
        return jdbc.sql("""
                        select country, vehicle_group, period_from, period_to, clean_min_percent,
                            zero_emission_min_percent, source
                        from contract_cvd_target order by country, period_from, vehicle_group""")
                .query((rs, n) -> new CvdTarget(rs.getString(1), CvdGroup.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
                        rs.getBigDecimal(5).doubleValue(), nullable(rs.getBigDecimal(6)), rs.getString(7)))
                .list();
    }

    /** The agency's contracts that have figures; the caller picks those in the directive's scope. */
    public List<Computed> computed(OrganisationId agency) {
        return jdbc.sql(COMPUTED + " where organisation_id = ? and result is not null order by id")
                .param(agency.value()).query(this::row).list();
    }

    /** These contracts, those that have figures, in no particular order. */
    public List<Computed> computed(Collection<ContractId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COMPUTED + " where id = any(?) and result is not null")
                .param(ids.stream().map(ContractId::value).toArray(Long[]::new))
                .query(this::row).list();
    }

    private Computed row(ResultSet rs, int n) throws SQLException {
        return new Computed(ContractId.of(rs.getLong(1)),
                Arrays.stream((String[]) rs.getArray(2).getArray()).map(CpvCode::new).toList(),
                rs.getObject(3, LocalDate.class), json.read(rs.getString(4), FLOWS),
                json.read(rs.getString(5), FootprintResult.class));
    }

    private static @Nullable Double nullable(@Nullable BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
