package eu.buyzet.portal.buyergroup.internal;

import eu.buyzet.portal.buyergroup.BuyerGroup;
import eu.buyzet.portal.buyergroup.BuyerGroupId;
import eu.buyzet.portal.buyergroup.BuyerGroupStatus;
import eu.buyzet.portal.buyergroup.DemandUnit;
import eu.buyzet.portal.buyergroup.FootprintSource;
import eu.buyzet.portal.buyergroup.GroupMember;
import eu.buyzet.portal.buyergroup.GroupStep;
import eu.buyzet.portal.buyergroup.MemberShare;
import eu.buyzet.portal.buyergroup.NoticeReference;
import eu.buyzet.portal.buyergroup.ProcedurePart;
import eu.buyzet.portal.buyergroup.SupplierInterest;
import eu.buyzet.portal.forum.ForumId;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.submission.SubmissionId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class BuyerGroupRepository {

    /** The figures copied from a member's footprint source when it saves its share. */
    public record Baseline(double co2eKg, double ttwKg, double vehicleKm) {
    }

    private static final String GROUP = """
            select g.id, g.proposal_id, s.title, s.forum_id, g.lead_organisation_id, o.name, g.central_purchasing_body,
                   g.status, g.planned_tender_date, g.notice_system, g.notice_id, g.notice_url, g.cancel_reason,
                   g.created_at, g.version, o.org_number
            from buyer_group g join submission s on s.id = g.proposal_id join organisation o on o.id = g.lead_organisation_id
            """;

    private final JdbcClient jdbc;

    BuyerGroupRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public BuyerGroupId insert(SubmissionId proposal, OrganisationId lead, @Nullable String centralPurchasingBody,
                               @Nullable LocalDate plannedTenderDate, MemberId by) {
        return BuyerGroupId.of(jdbc.sql("""
                        insert into buyer_group (proposal_id, lead_organisation_id, central_purchasing_body,
                            planned_tender_date, created_by)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(Arrays.asList(proposal.value(), lead.value(), centralPurchasingBody, plannedTenderDate,
                        by.value()))
                .query(Long.class).single());
    }

    public Optional<BuyerGroup> find(BuyerGroupId id) {
        return jdbc.sql(GROUP + " where g.id = ?").param(id.value()).query(BuyerGroupRepository::group).optional();
    }

    public Optional<BuyerGroup> findByProposal(SubmissionId proposal) {
        return jdbc.sql(GROUP + " where g.proposal_id = ?").param(proposal.value()).query(BuyerGroupRepository::group)
                .optional();
    }

    /**
     * Groups whose proposal is published in a forum the reader may see, newest first.
     *
     * @param publicForumsOnly true for anonymous readers and the open API
     */
    public List<BuyerGroup> list(@Nullable BuyerGroupStatus status, boolean publicForumsOnly, int offset, int limit) {
        return jdbc.sql(GROUP + " join forum f on f.id = s.forum_id where " + visible(status, publicForumsOnly)
                        + " order by g.created_at desc, g.id desc limit :limit offset :offset")
                .param("status", status == null ? null : status.name()).param("limit", limit).param("offset", offset)
                .query(BuyerGroupRepository::group).list();
    }

    /** Visible groups whose title (the proposal's) or lead agency's name holds every word pattern, newest first. */
    public List<BuyerGroup> findByWords(String[] wordPatterns, boolean publicForumsOnly, int limit) {
        return jdbc.sql(GROUP + " join forum f on f.id = s.forum_id where " + visible(null, publicForumsOnly)
                        + " and lower(s.title || ' ' || o.name) like all(:words)"
                        + " order by g.created_at desc, g.id desc limit :limit")
                .param("status", null).param("words", wordPatterns).param("limit", limit)
                .query(BuyerGroupRepository::group).list();
    }

    public int count(@Nullable BuyerGroupStatus status, boolean publicForumsOnly) {
        return jdbc.sql("select count(*) from buyer_group g join submission s on s.id = g.proposal_id"
                        + " join forum f on f.id = s.forum_id where " + visible(status, publicForumsOnly))
                .param("status", status == null ? null : status.name()).query(Integer.class).single();
    }

    private static String visible(@Nullable BuyerGroupStatus status, boolean publicForumsOnly) {
        return "s.status = 'PUBLISHED' and not s.hidden" + (publicForumsOnly ? " and f.visibility = 'PUBLIC'" : "")
                + (status == null ? " and cast(:status as text) is null" : " and g.status = :status");
    }

    /**
     * Takes the group's row lock for a step of its lifecycle: joins and share changes hold a
     * shared lock, so a step waits for them and they wait for a step, and none sees a stale status.
     */
    public BuyerGroupStatus lockForStep(BuyerGroupId id) {
        return BuyerGroupStatus.valueOf(jdbc.sql("select status from buyer_group where id = ? for update")
                .param(id.value()).query(String.class).single());
    }

    public BuyerGroupStatus lockShared(BuyerGroupId id) {
        return BuyerGroupStatus.valueOf(jdbc.sql("select status from buyer_group where id = ? for share")
                .param(id.value()).query(String.class).single());
    }

    public boolean setStatus(BuyerGroupId id, int version, BuyerGroupStatus to, @Nullable NoticeReference notice,
                             @Nullable String cancelReason) {
        return jdbc.sql("""
                        update buyer_group set status = ?, notice_system = coalesce(?, notice_system),
                            notice_id = coalesce(?, notice_id), notice_url = coalesce(?, notice_url),
                            cancel_reason = coalesce(?, cancel_reason), version = version + 1
                        where id = ? and version = ?""")
                .params(Arrays.asList(to.name(), notice == null ? null : notice.system().name(),
                        notice == null ? null : notice.id(), notice == null ? null : notice.url(), cancelReason,
                        id.value(), version))
                .update() == 1;
    }

    /** False when the organisation is a member already. */
    public boolean insertMember(BuyerGroupId id, OrganisationId organisation, MemberShare share, Baseline baseline,
                                MemberId by) {
        DemandUnit unit = Objects.requireNonNull(share.unit(), "the service refuses a share without a unit");
        FootprintSource footprint = Objects.requireNonNull(share.footprint(), "the service refuses a share without one");
        try {
            jdbc.sql("""
                            insert into buyer_group_member (group_id, organisation_id, quantity, unit, annual_value,
                                currency, footprint_source, footprint_source_id, baseline_co2e_kg, baseline_ttw_kg,
                                baseline_vehicle_km, contact_name, contact_email, joint_parts, visible_to_agencies,
                                visible_to_suppliers, joined_by)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(Arrays.asList(id.value(), organisation.value(), share.quantity(), unit.name(),
                            share.annualValue(), share.currency(), footprint.kind().name(), footprint.id(), baseline.co2eKg(),
                            baseline.ttwKg(), baseline.vehicleKm(), share.contactName(), share.contactEmail(),
                            parts(share), share.visibleToAgencies(), share.visibleToSuppliers(), by.value()))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** False when the member changed it since {@code version} (or is no member). */
    public boolean updateMember(BuyerGroupId id, OrganisationId organisation, int version, MemberShare share,
                                Baseline baseline) {
        DemandUnit unit = Objects.requireNonNull(share.unit(), "the service refuses a share without a unit");
        FootprintSource footprint = Objects.requireNonNull(share.footprint(), "the service refuses a share without one");
        return jdbc.sql("""
                        update buyer_group_member set quantity = ?, unit = ?, annual_value = ?, currency = ?,
                            footprint_source = ?, footprint_source_id = ?, baseline_co2e_kg = ?, baseline_ttw_kg = ?,
                            baseline_vehicle_km = ?, contact_name = ?, contact_email = ?, joint_parts = ?,
                            visible_to_agencies = ?, visible_to_suppliers = ?, version = version + 1
                        where group_id = ? and organisation_id = ? and version = ?""")
                .params(Arrays.asList(share.quantity(), unit.name(), share.annualValue(), share.currency(),
                        footprint.kind().name(), footprint.id(), baseline.co2eKg(), baseline.ttwKg(),
                        baseline.vehicleKm(), share.contactName(), share.contactEmail(), parts(share),
                        share.visibleToAgencies(), share.visibleToSuppliers(), id.value(), organisation.value(), version))
                .update() == 1;
    }

    public boolean deleteMember(BuyerGroupId id, OrganisationId organisation) {
        return jdbc.sql("delete from buyer_group_member where group_id = ? and organisation_id = ?")
                .params(id.value(), organisation.value()).update() == 1;
    }

    public boolean signLetter(BuyerGroupId id, OrganisationId organisation, String name, MemberId by) {
        return jdbc.sql("""
                        update buyer_group_member set letter_signed_by = ?, letter_signed_member = ?,
                            letter_signed_at = now(), version = version + 1
                        where group_id = ? and organisation_id = ?""")
                .params(name, by.value(), id.value(), organisation.value()).update() == 1;
    }

    public List<GroupMember> members(BuyerGroupId id) {
        return jdbc.sql("""
                        select m.organisation_id, o.name, m.quantity, m.unit, m.annual_value, m.currency,
                               m.footprint_source, m.footprint_source_id, m.baseline_co2e_kg, m.baseline_ttw_kg,
                               m.baseline_vehicle_km, m.contact_name, m.contact_email, m.joint_parts, m.visible_to_agencies,
                               m.letter_signed_by, m.letter_signed_at, m.joined_at, m.version, o.org_number,
                               m.visible_to_suppliers
                        from buyer_group_member m join organisation o on o.id = m.organisation_id
                        where m.group_id = ? order by m.joined_at, m.organisation_id""")
                .param(id.value())
                .query((rs, n) -> new GroupMember(OrganisationId.of(rs.getLong(1)), rs.getString(2), rs.getString(20),
                        rs.getBigDecimal(3),
                        DemandUnit.valueOf(rs.getString(4)), rs.getBigDecimal(5), rs.getString(6),
                        new FootprintSource(FootprintSource.Kind.valueOf(rs.getString(7)), rs.getLong(8)),
                        rs.getDouble(9), rs.getDouble(10), rs.getDouble(11), rs.getString(12), rs.getString(13),
                        Arrays.stream((String[]) rs.getArray(14).getArray()).map(ProcedurePart::valueOf)
                                .collect(Collectors.toSet()),
                        rs.getBoolean(15), rs.getBoolean(21), rs.getString(16),
                        rs.getTimestamp(17) == null ? null : rs.getTimestamp(17).toInstant(),
                        rs.getTimestamp(18).toInstant(), rs.getInt(19)))
                .list();
    }

    public void addStep(BuyerGroupId id, String step, @Nullable BuyerGroupStatus from, @Nullable BuyerGroupStatus to,
                        @Nullable String detail, MemberId by) {
        jdbc.sql("insert into buyer_group_step (group_id, step, from_status, to_status, detail, by_member)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(Arrays.asList(id.value(), step, from == null ? null : from.name(),
                        to == null ? null : to.name(), detail, by.value()))
                .update();
    }

    public List<GroupStep> steps(BuyerGroupId id) {
        return jdbc.sql("""
                        select st.step, st.from_status, st.to_status, st.detail, m.display_name, o.name, st.at
                        from buyer_group_step st join member m on m.id = st.by_member
                            join organisation o on o.id = m.organisation_id
                        where st.group_id = ? order by st.at, st.id""")
                .param(id.value())
                .query((rs, n) -> new GroupStep(rs.getString(1), status(rs.getString(2)), status(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
    }

    /**
     * Saves a supplier's interest over the one registered at {@code basedOn}, or as a first one when
     * that is null; false when another member of the organisation saved first.
     */
    public boolean saveInterest(BuyerGroupId id, OrganisationId organisation, @Nullable Instant basedOn,
                                String statement, List<SubmissionId> solutions, MemberId by) {
        Long[] solutionIds = solutions.stream().map(SubmissionId::value).toArray(Long[]::new);
        if (basedOn == null) {
            return jdbc.sql("""
                            insert into buyer_group_interest (group_id, organisation_id, statement, solution_ids, registered_by)
                            values (?, ?, ?, ?, ?) on conflict (group_id, organisation_id) do nothing""")
                    .params(id.value(), organisation.value(), statement, solutionIds, by.value()).update() == 1;
        }
        // withdrawn by a colleague since: not registered again behind their back
        return jdbc.sql("""
                        update buyer_group_interest set statement = ?, solution_ids = ?, registered_by = ?, registered_at = now()
                        where group_id = ? and organisation_id = ? and registered_at = ?""")
                .params(statement, solutionIds, by.value(), id.value(), organisation.value(), java.sql.Timestamp.from(basedOn))
                .update() == 1;
    }

    public boolean deleteInterest(BuyerGroupId id, OrganisationId organisation) {
        return jdbc.sql("delete from buyer_group_interest where group_id = ? and organisation_id = ?")
                .params(id.value(), organisation.value()).update() == 1;
    }

    public List<SupplierInterest> interests(BuyerGroupId id) {
        return jdbc.sql("""
                        select i.organisation_id, o.name, i.statement, i.solution_ids, i.registered_at, o.org_number
                        from buyer_group_interest i join organisation o on o.id = i.organisation_id
                        where i.group_id = ? order by i.registered_at, i.organisation_id""")
                .param(id.value())
                .query((rs, n) -> new SupplierInterest(OrganisationId.of(rs.getLong(1)), rs.getString(2),
                        rs.getString(6), rs.getString(3), Arrays.stream((Long[]) rs.getArray(4).getArray()).map(SubmissionId::of).toList(),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    public int interestCount(BuyerGroupId id) {
        return jdbc.sql("select count(*) from buyer_group_interest where group_id = ?").param(id.value())
                .query(Integer.class).single();
    }

    private static String[] parts(MemberShare share) {
        return share.jointParts().stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    private static @Nullable BuyerGroupStatus status(@Nullable String s) {
        return s == null ? null : BuyerGroupStatus.valueOf(s);
    }

    private static BuyerGroup group(ResultSet rs, int n) throws SQLException {
        String system = rs.getString(10);
        return new BuyerGroup(BuyerGroupId.of(rs.getLong(1)), SubmissionId.of(rs.getLong(2)), rs.getString(3),
                ForumId.of(rs.getLong(4)), OrganisationId.of(rs.getLong(5)), rs.getString(6), rs.getString(16),
                rs.getString(7),
                BuyerGroupStatus.valueOf(rs.getString(8)), rs.getObject(9, LocalDate.class),
                system == null ? null : new NoticeReference(NoticeReference.System.valueOf(system), rs.getString(11),
                        rs.getString(12)),
                rs.getString(13), rs.getTimestamp(14).toInstant(), rs.getInt(15));
    }
}
