package eu.buyzet.portal.organisation.internal;

import eu.buyzet.portal.organisation.Member;
import eu.buyzet.portal.organisation.MemberDetails;
import eu.buyzet.portal.organisation.MemberFilter;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.OrganisationId;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.SqlText;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class MemberRepository {

    private static final String SELECT = """
            select m.id, m.email, m.display_name, m.organisation_id, o.name as organisation_name, m.roles,
                   m.keycloak_subject, m.active, m.version, m.preferred_locale, o.status as organisation_status
            from member m join organisation o on o.id = m.organisation_id""";

    private final JdbcClient jdbc;

    MemberRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Member> findById(MemberId id) {
        return jdbc.sql(SELECT + " where m.id = ?").param(id.value()).query(MemberRepository::map).optional();
    }

    public List<Member> find(MemberFilter filter, PageRequest page) {
        OrganisationRepository.Where where = where(filter);
        return jdbc.sql(SELECT + where.sql + " order by lower(m.display_name), m.id offset ? limit ?")
                .params(where.withPaging(page)).query(MemberRepository::map).list();
    }

    public int count(MemberFilter filter) {
        OrganisationRepository.Where where = where(filter);
        return jdbc.sql("select count(*) from member m" + where.sql).params(where.params)
                .query(Integer.class).single();
    }

    public long insert(MemberDetails d) {
        return jdbc.sql("""
                        insert into member (organisation_id, email, display_name, roles, active)
                        values (?, ?, ?, ?::text[], ?) returning id""")
                .params(Objects.requireNonNull(d.organisationId(), "the service refuses a member without one").value(), d.email(), d.displayName(), rolesLiteral(d.roles()), d.active())
                .query(Long.class).single();
    }

    /** The same rule as the sign-in queries above, for a member already signed in. */
    public boolean maySignIn(MemberId id) {
        return jdbc.sql("""
                        select exists (select 1 from member m join organisation o on o.id = m.organisation_id
                                       where m.id = ? and m.active and o.status <> 'BLOCKED'
                                         and (m.suspended_until is null or m.suspended_until <= now()))""")
                .param(id.value()).query(Boolean.class).single();
    }

    /** Until (exclusive) the member cannot sign in; null lifts it. */
    public boolean suspend(MemberId id, java.time.@Nullable Instant until, @Nullable String reason) {
        return jdbc.sql("update member set suspended_until = ?, suspension_reason = ? where id = ?")
                .params(Arrays.asList(until == null ? null : java.sql.Timestamp.from(until), reason, id.value())).update() == 1;
    }

    public java.util.Optional<java.time.Instant> suspendedUntil(MemberId id) {
        return jdbc.sql("select suspended_until from member where id = ? and suspended_until > now()")
                .param(id.value()).query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }

    public @Nullable String localeOf(MemberId id) {
        return jdbc.sql("select preferred_locale from member where id = ?").param(id.value())
                .query((rs, n) -> rs.getString(1)).optional().orElse(null);
    }

    public void setLocale(MemberId id, String localeTag) {
        jdbc.sql("update member set preferred_locale = ? where id = ?").params(localeTag, id.value()).update();
    }

    public boolean update(MemberId id, int version, MemberDetails d) {
        return jdbc.sql("""
                        update member set organisation_id = ?, email = ?, display_name = ?, roles = ?::text[],
                               active = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(Objects.requireNonNull(d.organisationId(), "the service refuses a member without one").value(), d.email(), d.displayName(), rolesLiteral(d.roles()), d.active(),
                        id.value(), version)
                .update() == 1;
    }

    public Map<MemberId, String> displayNames(Collection<MemberId> ids) {
        Map<MemberId, String> names = new HashMap<>();
        jdbc.sql("select id, display_name from member where id = any(?)")
                .param(ids.stream().map(MemberId::value).toArray(Long[]::new))
                .query((rs, n) -> names.put(MemberId.of(rs.getLong(1)), rs.getString(2))).list();
        return names;
    }

    /** Whether anyone in the organisation moderates or administers the portal. */
    public boolean hasInsiders(OrganisationId organisation) {
        return jdbc.sql("select exists (select 1 from member where organisation_id = ? and roles && array['MODERATOR', 'ADMIN'])")
                .param(organisation.value()).query(Boolean.class).single();
    }

    /** At most a few hundred people hold a role such as moderator, so no paging here. */
    public List<Member> findActiveWithRole(Role role) {
        return jdbc.sql(SELECT + " where m.active and ? = any(m.roles) order by lower(m.display_name), m.id limit 500")
                .param(role.name()).query(MemberRepository::map).list();
    }

    /** Active members of organisations that are not blocked: the ones allowed to sign in. */
    public Optional<PortalUser> findSignInByEmail(String email) {
        return jdbc.sql(SELECT + " where lower(m.email) = lower(?) and m.active and o.status <> 'BLOCKED'"
                        + " and (m.suspended_until is null or m.suspended_until <= now())")
                .param(email).query(MemberRepository::mapUser).optional();
    }

    public Optional<PortalUser> findSignInBySubject(String subject) {
        return jdbc.sql(SELECT + " where m.keycloak_subject = ? and m.active and o.status <> 'BLOCKED'"
                        + " and (m.suspended_until is null or m.suspended_until <= now())")
                .param(subject).query(MemberRepository::mapUser).optional();
    }

    /** Links the subject only where the member has none yet, so a subject can never be re-pointed. */
    public boolean linkSubject(String email, String subject) {
        return jdbc.sql("update member set keycloak_subject = ? where lower(email) = lower(?) and keycloak_subject is null")
                .params(subject, email).update() == 1;
    }

    public void setRoles(String subject, Set<Role> roles) {
        jdbc.sql("update member set roles = ?::text[] where keycloak_subject = ? and roles <> ?::text[]")
                .params(rolesLiteral(roles), subject, rolesLiteral(roles)).update();
    }

    private static String rolesLiteral(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).reduce((a, b) -> a + "," + b)
                .map(s -> "{" + s + "}").orElse("{}");
    }

    private static Set<Role> roles(ResultSet rs) throws SQLException {
        Array array = rs.getArray("roles");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }

    private static Member map(ResultSet rs, int row) throws SQLException {
        return new Member(MemberId.of(rs.getLong("id")), rs.getString("email"), rs.getString("display_name"),
                OrganisationId.of(rs.getLong("organisation_id")), rs.getString("organisation_name"), roles(rs),
                rs.getString("keycloak_subject") != null, rs.getBoolean("active"), rs.getInt("version"));
    }

    private static PortalUser mapUser(ResultSet rs, int row) throws SQLException {
        return new PortalUser(MemberId.of(rs.getLong("id")), rs.getString("email"), rs.getString("display_name"),
                OrganisationId.of(rs.getLong("organisation_id")), rs.getString("organisation_name"), roles(rs),
                rs.getString("preferred_locale"));
    }

    private static OrganisationRepository.Where where(MemberFilter filter) {
        OrganisationRepository.Where where = new OrganisationRepository.Where();
        if (filter.text() != null && !filter.text().isBlank()) {
            String text = SqlText.containsPattern(filter.text());
            where.add("(lower(m.display_name) like ? or lower(m.email) like ?)", text, text);
        }
        if (filter.organisationId() != null) {
            where.add("m.organisation_id = ?", filter.organisationId().value());
        }
        return where;
    }
}
