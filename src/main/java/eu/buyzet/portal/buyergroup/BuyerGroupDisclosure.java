package eu.buyzet.portal.buyergroup;

import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.shared.OrganisationId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Who may see which fact of a buyer group: the one place that decides it (decision 016). Every
 * channel (the page's read model, the open API, the OCDS release, the members CSV, the step
 * notifications) asks here and decides nothing itself.
 *
 * <p>The rule for figures: <b>a hidden share never enters a figure shown to a reader who may not
 * see it, not even inside a total.</b> A total is shown only when the reader sees every share in
 * it; otherwise it is null. Withholding the total rather than the visible members' figures keeps
 * the hidden share safe however many shares are hidden (one, two or three), from subtraction
 * (total minus the visible shares), from a member who knows its own share (one of two hidden
 * shares minus its own), from comparing channels, and from comparing the figures over time
 * (before and after a member joins, changes its share, or is left out at commitment for want of a
 * letter), which a withheld breakdown under a published total would not.
 *
 * <p>Who sees a hidden share: its own agency; the lead buyer, which procures on every member's
 * behalf and must state each share in the tender documents; the forum's moderators and the
 * administrators, who oversee the group and can cancel it. Fellow members do not: the agency hid
 * its figures and they do not need them to decide on their own part, only the totals they are
 * shown when nothing is hidden from them and the shares made visible.
 *
 * <table>
 * <caption>Fact → who sees it (relation to the group; anyone who sees the group at all
 * sees what the anonymous column shows)</caption>
 * <tr><th>fact</th><th>anonymous, supplier, other agency, other signed-in (moderator of another
 *     forum)</th><th>member (not lead)</th><th>lead buyer</th><th>forum moderator, admin</th></tr>
 * <tr><td>the group: title, status, lead buyer, central purchasing body, planned date, cancel reason,
 *     tender notice (once tendering)</td><td>yes (anonymous: public forums only)</td><td>yes</td>
 *     <td>yes</td><td>yes</td></tr>
 * <tr><td>who the members are; how many are counted (all while forming, signers once committed), and
 *     how many in each demand unit</td>
 *     <td>yes</td><td>yes</td><td>yes</td><td>yes</td></tr>
 * <tr><td>a member's own figures (quantity and unit, baseline CO2e well-to-wheel and tailpipe,
 *     vehicle-km) when it shows its share to suppliers (and so to everyone)</td><td>yes</td><td>yes</td><td>yes</td>
 *     <td>yes</td></tr>
 * <tr><td>the same when it shows its share to the other agencies only</td><td>other agencies yes; anonymous,
 *     suppliers and other signed-in no</td><td>yes</td><td>yes</td><td>yes</td></tr>
 * <tr><td>the same when its share is hidden</td><td>no</td><td>its own only</td><td>yes</td><td>yes</td></tr>
 * <tr><td>the proposal's footprint (the sum of its linked needs' declared flows), as the proposal's page
 *     shows it</td><td>yes (the open API: not given)</td><td>yes</td><td>yes</td><td>yes</td></tr>
 * <tr><td>a member's annual value and currency</td><td>no</td><td>visible shares and its own</td>
 *     <td>yes</td><td>yes</td></tr>
 * <tr><td>total per demand unit</td><td colspan="4">only when the reader sees every counted share in
 *     that unit; otherwise null ("withheld")</td></tr>
 * <tr><td>total baseline CO2e (well-to-wheel, tailpipe) and vehicle-km</td><td colspan="4">only
 *     when the reader sees every counted share; otherwise null</td></tr>
 * <tr><td>the breakdown</td><td colspan="4">the counted members whose figures the reader sees, and
 *     how many counted shares are hidden from it</td></tr>
 * <tr><td>joint parts; contact person and address; letter of intent (signed or not, signer, time,
 *     and its step in the timeline)</td><td>no</td><td>yes</td><td>yes</td><td>yes</td></tr>
 * <tr><td>supplier interest: how many, and the threshold of three</td><td>yes</td><td>yes</td>
 *     <td>yes</td><td>yes</td></tr>
 * <tr><td>which suppliers are interested, their statements and solutions (and the interest steps)</td>
 *     <td>no; a supplier its own interest only</td><td>yes</td><td>yes</td><td>yes</td></tr>
 * <tr><td>step history: formed, joined, share changed, left, committed, tendering, awarded, cancelled,
 *     with the organisation and time; the tender notice and the cancel reason as their detail</td>
 *     <td>yes</td><td>yes</td><td>yes</td><td>yes</td></tr>
 * <tr><td>step history: who (the person) took each step</td><td>no</td><td>yes</td><td>yes</td>
 *     <td>yes</td></tr>
 * <tr><td>step history: the figures of a join or share change</td><td>no</td><td>no</td><td>yes</td>
 *     <td>yes</td></tr>
 * <tr><td>a notification of a step (the step's name and the group's title, never a figure), in the
 *     bell, by mail or in the digest</td><td colspan="4">the people of the lead agency and of every
 *     member agency (whatever their role), except whoever took the step; no one else</td></tr>
 * </table>
 *
 * <p>Channels: the open API always answers as the anonymous column, whatever session comes with
 * the request. The OCDS release is meant for publication, so its demand is the anonymous column
 * whoever downloads it; only its interested parties follow the reader's row. The members CSV has
 * the rows and cells of the page's member list for that reader.
 */
public final class BuyerGroupDisclosure {

    /** How a reader stands to a group, strongest first. */
    public enum Relation {
        ADMIN, MODERATOR, LEAD, MEMBER, OTHER_AGENCY, SUPPLIER, OTHER, ANONYMOUS;

        /** The lead buyer, the forum's moderators and the administrators see every share. */
        public boolean seesEveryShare() {
            return this == ADMIN || this == MODERATOR || this == LEAD;
        }

        /** Agencies other than the lead: fellow members and those who may join; a share may be shown to them only. */
        public boolean agency() {
            return this == MEMBER || this == OTHER_AGENCY;
        }

        /** Members too: contacts, joint parts, letters, who is interested, who took each step. */
        public boolean insider() {
            return seesEveryShare() || this == MEMBER;
        }
    }

    /** A reader: its relation and its organisation (null when anonymous). */
    public record Reader(Relation relation, @Nullable OrganisationId organisation) {

        /** Anyone at all: what the open API and published releases show. */
        public static final Reader PUBLIC = new Reader(Relation.ANONYMOUS, null);

        boolean isOf(OrganisationId org) {
            return organisation != null && organisation.equals(org);
        }
    }

    private BuyerGroupDisclosure() {
    }

    /**
     * @param user the signed-in user, or null
     * @param moderatesForum whether the user manages the group's forum (its moderators, admins)
     * @param memberOrganisation whether an organisation is a member of the group
     */
    public static Reader reader(@Nullable PortalUser user, BuyerGroup g, boolean moderatesForum,
                                Predicate<OrganisationId> memberOrganisation) {
        if (user == null) {
            return Reader.PUBLIC;
        }
        Relation relation;
        if (user.has(Role.ADMIN)) {
            relation = Relation.ADMIN;
        } else if (moderatesForum) {
            relation = Relation.MODERATOR;
        } else if (user.has(Role.AGENCY) && user.organisationId().equals(g.leadOrganisationId())) {
            relation = Relation.LEAD;
        } else if (user.has(Role.AGENCY) && memberOrganisation.test(user.organisationId())) {
            relation = Relation.MEMBER;
        } else if (user.has(Role.AGENCY)) {
            relation = Relation.OTHER_AGENCY;
        } else if (user.has(Role.SUPPLIER)) {
            relation = Relation.SUPPLIER;
        } else {
            relation = Relation.OTHER;
        }
        return new Reader(relation, user.organisationId());
    }

    // ---- one member ---------------------------------------------------------------------------

    /** A member's own figures: public when it chose so; otherwise its own agency and those who see every share. */
    public static boolean seesFigures(Reader r, GroupMember m) {
        return m.visibleToSuppliers() || r.relation().seesEveryShare()
                || r.relation() == Relation.MEMBER && r.isOf(m.organisationId())
                || m.visibleToAgencies() && r.relation().agency();
    }

    /** The value of a share is for insiders who see that share's figures. */
    public static boolean seesAnnualValue(Reader r, GroupMember m) {
        return r.relation().insider() && seesFigures(r, m);
    }

    /** Joint parts, contacts and letters of intent are how the members work together: insiders only. */
    public static boolean seesMemberDetails(Reader r) {
        return r.relation().insider();
    }

    /** Which suppliers are interested, with their statements: insiders; everyone else only how many. */
    public static boolean seesWhoIsInterested(Reader r) {
        return r.relation().insider();
    }

    /** All members count while the group forms; once committed, those with a letter of intent. */
    public static boolean counts(BuyerGroup g, GroupMember m) {
        return !signersOnly(g) || m.hasSignedLetter();
    }

    /** Once committed, only members with a letter of intent count. */
    public static boolean signersOnly(BuyerGroup g) {
        return switch (g.status()) {
            case COMMITTED, TENDERING, AWARDED -> true;
            case FORMING, CANCELLED -> false;
        };
    }

    public static MemberView view(Reader r, BuyerGroup g, GroupMember m) {
        boolean figures = seesFigures(r, m);
        boolean value = seesAnnualValue(r, m) && m.annualValue() != null;
        boolean details = seesMemberDetails(r);
        return new MemberView(m.organisationId(), m.organisationName(), m.organisationNumber(),
                figures ? m.quantity() : null, figures ? m.unit() : null,
                value ? m.annualValue() : null, value ? m.currency() : null,
                figures ? m.baselineCo2eKg() : null, figures ? m.baselineTtwKg() : null,
                figures ? m.baselineVehicleKm() : null,
                details ? m.jointParts() : null, details ? m.contactName() : null, details ? m.contactEmail() : null,
                m.shareVisible(), details ? m.hasSignedLetter() : null, details ? m.letterSignedBy() : null,
                details ? m.letterSignedAt() : null, counts(g, m), r.isOf(m.organisationId()), m.visibleToAgencies());
    }

    /** The members a reader sees listed: every member for insiders, else the counted ones with public figures. */
    public static List<MemberView> members(Reader r, BuyerGroup g, List<GroupMember> all) {
        return all.stream().filter(m -> r.relation().insider() || counts(g, m) && seesFigures(r, m))
                .map(m -> view(r, g, m)).toList();
    }

    // ---- aggregates -----------------------------------------------------------------------------

    /** The combined demand for this reader: totals only over shares it sees in full (see the class comment). */
    public static Demand demand(Reader r, BuyerGroup g, List<GroupMember> all, int interestedSuppliers) {
        List<GroupMember> counted = all.stream().filter(m -> counts(g, m)).toList();
        Map<DemandUnit, List<GroupMember>> byUnit = new EnumMap<>(DemandUnit.class);
        counted.forEach(m -> byUnit.computeIfAbsent(m.unit(), u -> new ArrayList<>()).add(m));
        List<Demand.UnitTotal> units = new ArrayList<>();
        byUnit.forEach((unit, members) -> units.add(new Demand.UnitTotal(unit,
                members.stream().allMatch(m -> seesFigures(r, m))
                        ? members.stream().map(GroupMember::quantity).reduce(BigDecimal.ZERO, BigDecimal::add) : null,
                members.size())));
        int hidden = (int) counted.stream().filter(m -> !seesFigures(r, m)).count();
        boolean totals = hidden == 0;
        List<MemberView> breakdown = counted.stream().filter(m -> seesFigures(r, m)).map(m -> view(r, g, m)).toList();
        return new Demand(all.stream().map(GroupMember::organisationName).toList(), counted.size(), units,
                totals ? counted.stream().mapToDouble(GroupMember::baselineCo2eKg).sum() : null,
                totals ? counted.stream().mapToDouble(GroupMember::baselineTtwKg).sum() : null,
                totals ? counted.stream().mapToDouble(GroupMember::baselineVehicleKm).sum() : null,
                breakdown, hidden > 0, hidden, interestedSuppliers, Demand.MARKET_MATURITY_THRESHOLD,
                signersOnly(g));
    }

    // ---- suppliers ------------------------------------------------------------------------------

    /** Who registered interest, or null when the reader may know only how many. */
    public static @Nullable List<SupplierInterest> interests(Reader r, List<SupplierInterest> all) {
        return seesWhoIsInterested(r) ? all : null;
    }

    /** A supplier sees its own organisation's interest. */
    public static Optional<SupplierInterest> ownInterest(Reader r, List<SupplierInterest> all) {
        return r.relation() != Relation.SUPPLIER ? Optional.empty()
                : all.stream().filter(i -> r.isOf(i.organisationId())).findFirst();
    }

    // ---- the timeline ---------------------------------------------------------------------------

    /** A step as the reader may see it, or empty when the whole step is withheld. */
    public static Optional<GroupStep> step(Reader r, GroupStep s) {
        boolean insider = r.relation().insider();
        boolean insidersOnly = s.step().startsWith("interest-") || s.step().equals("letter-signed");
        if (insidersOnly && !insider) {
            return Optional.empty();
        }
        boolean figures = s.step().equals("joined") || s.step().equals("share-changed");
        String detail = figures && !r.relation().seesEveryShare() ? null : s.detail();
        return Optional.of(new GroupStep(s.step(), s.from(), s.to(), detail, insider ? s.byName() : null,
                s.byOrganisation(), s.at()));
    }

    public static List<GroupStep> steps(Reader r, List<GroupStep> all) {
        return all.stream().map(s -> step(r, s)).flatMap(Optional::stream).toList();
    }

    // ---- notifications --------------------------------------------------------------------------

    /**
     * The agencies told of a step: the lead buyer and every member after the step. A notification
     * names the step and the group, never a figure, so no one learns a share from it.
     */
    public static List<OrganisationId> notified(BuyerGroup g, List<GroupMember> membersAfterStep) {
        Set<OrganisationId> told = new LinkedHashSet<>();
        told.add(g.leadOrganisationId());
        membersAfterStep.forEach(m -> told.add(m.organisationId()));
        return List.copyOf(told);
    }
}
