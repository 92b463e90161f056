package eu.buyzet.portal.buyergroup;

import eu.buyzet.portal.shared.CpvCatalogue;
import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A buyer group as an Open Contracting (OCDS 1.1) release in the planning stage: every member a
 * party with the role buyer, the lead buyer also procuringEntity, interested suppliers (for
 * members only) interestedParty; one item per buyer whose share is visible (the practice of
 * centralised purchasing in Prozorro), and the combined footprint only when no share is hidden;
 * the proposal as a needs assessment; the tender notice as a related process once there is one.
 * Organisation identifiers use org-id.guide's NO-BRC scheme for Norwegian organisation numbers.
 * When an adopted contract strategy links the group, its rationale follows the group's own in
 * {@code planning.rationale} and the strategy is a procurement plan document (decision 032).
 */
final class OcdsRelease {

    private OcdsRelease() {
    }

    /**
     * @param members every member as anyone may see it (parties are public; figures follow {@code demand})
     * @param demand the demand as anyone may see it
     * @param interested the interested suppliers the reader may see (none for the public)
     * @param plan the adopted strategy behind the purchase, if there is one
     */
    @DisclosureChannel("buyergroup.ocds")
    static Map<String, Object> of(String ocidPrefix, String portalUrl, BuyerGroup g, List<MemberView> members,
                                  Demand demand, List<SupplierInterest> interested, List<CpvCode> cpv,
                                  PlanningRationale.@Nullable Plan plan, Instant now) {
        String ocid = ocidPrefix + "-bg-" + g.id();
        Map<String, Object> release = new LinkedHashMap<>();
        release.put("ocid", ocid);
        release.put("id", ocid + "-" + g.version() + "-" + now.truncatedTo(ChronoUnit.SECONDS).getEpochSecond());
        release.put("date", now.truncatedTo(ChronoUnit.SECONDS).toString());
        release.put("tag", List.of("planning"));
        release.put("initiationType", "tender");
        release.put("language", "en");

        List<Map<String, Object>> parties = new ArrayList<>();
        boolean leadIsMember = false;
        for (MemberView m : members) {
            boolean lead = m.organisationId().equals(g.leadOrganisationId());
            leadIsMember |= lead;
            parties.add(party(m.organisationId().value(), m.organisationName(), m.organisationNumber(),
                    lead ? List.of("buyer", "procuringEntity") : List.of("buyer")));
        }
        if (!leadIsMember) {
            parties.add(party(g.leadOrganisationId().value(), g.leadOrganisationName(), g.leadOrganisationNumber(),
                    List.of("buyer", "procuringEntity")));
        }
        if (g.centralPurchasingBody() != null) {
            parties.add(Map.of("id", "cpb", "name", g.centralPurchasingBody(), "roles", List.of("centralPurchasingBody")));
        }
        for (SupplierInterest i : interested) {
            parties.add(party(i.organisationId().value(), i.organisationName(), i.organisationNumber(),
                    List.of("interestedParty")));
        }
        release.put("parties", parties);
        Map<String, Object> leadRef = Map.of("id", partyId(g.leadOrganisationId().value(), g.leadOrganisationNumber()),
                "name", g.leadOrganisationName());
        release.put("buyer", leadRef);

        Map<String, Object> planning = new LinkedHashMap<>();
        StringBuilder rationale = new StringBuilder("Joint purchase of zero-emission delivery by ")
                .append(demand.memberNames().size()).append(" public buyers.");
        if (demand.baselineCo2eKg() != null) {
            rationale.append(String.format(Locale.ROOT,
                    " The members' current transport causes %.0f kg CO2e a year (well-to-wheel), of which %.0f kg at the"
                            + " tailpipe, over %.0f vehicle-km.",
                    demand.baselineCo2eKg(), demand.tailpipeCo2eKg(), demand.vehicleKm()));
        }
        List<Map<String, Object>> documents = new ArrayList<>(List.of(Map.of("id", "proposal",
                "documentType", "needsAssessment", "title", g.title(), "url", portalUrl + "/submissions/"
                        + g.proposalId(), "format", "text/html")));
        if (plan != null) {
            rationale.append(' ').append(plan.rationale());
            documents.add(Map.of("id", "strategy", "documentType", "procurementPlan", "title", plan.title(),
                    "url", portalUrl + "/" + plan.path(), "format", "text/html"));
        }
        planning.put("rationale", rationale.toString());
        planning.put("documents", documents);
        if (g.plannedTenderDate() != null) {
            planning.put("milestones", List.of(Map.of("id", "planned-tender-notice", "title", "Planned tender notice",
                    "type", "preProcurement", "dueDate",
                    g.plannedTenderDate().atTime(LocalTime.NOON).atOffset(ZoneOffset.UTC)
                            .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")),
                    "status", g.status() == BuyerGroupStatus.TENDERING || g.status() == BuyerGroupStatus.AWARDED
                            ? "met" : "scheduled")));
        }
        release.put("planning", planning);

        Map<String, Object> tender = new LinkedHashMap<>();
        tender.put("id", "bg-" + g.id());
        tender.put("title", g.title());
        tender.put("status", switch (g.status()) {
            case FORMING, COMMITTED -> "planned";
            case TENDERING -> "active";
            case AWARDED -> "complete";
            case CANCELLED -> "cancelled";
        });
        tender.put("procuringEntity", leadRef);
        Map<String, Object> classification = cpv.isEmpty() ? null : classification(cpv.getFirst());
        List<Map<String, Object>> items = new ArrayList<>();
        // one item per buyer whose figures are public; a combined figure that includes a hidden share
        // is never published (see BuyerGroupDisclosure), and one made of public shares only adds nothing
        for (MemberView m : demand.breakdown()) {
            Map<String, Object> item = item(items.size() + 1, m.organisationName() + ": share of the joint purchase",
                    figure(m.quantity()).doubleValue(), figure(m.unit()), classification);
            item.put("relatedBuyer", Map.of("id", partyId(m.organisationId().value(), m.organisationNumber()),
                    "name", m.organisationName()));
            items.add(item);
        }
        if (!items.isEmpty()) {
            tender.put("items", items);
        }
        release.put("tender", tender);

        if (g.notice() != null) {
            release.put("relatedProcesses", List.of(Map.of("id", "notice", "relationship", List.of("planning"),
                    "title", g.notice().system() + " notice " + g.notice().id(), "identifier", g.notice().id(),
                    "uri", g.notice().url())));
        }
        return release;
    }

    private static Map<String, Object> item(int n, String description, double quantity, DemandUnit unit,
                                            @Nullable Map<String, Object> classification) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", Integer.toString(n));
        item.put("description", description);
        if (classification != null) {
            item.put("classification", classification);
        }
        item.put("quantity", quantity);
        item.put("unit", Map.of("name", unit.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        return item;
    }

    /** The breakdown lists only shares whose figures the reader sees, so they are there. */
    private static <T> T figure(@Nullable T value) {
        return Objects.requireNonNull(value, "a listed share shows its figures");
    }

    private static Map<String, Object> classification(CpvCode code) {
        return Map.of("scheme", "CPV", "id", code.digits(),
                "description", CpvCatalogue.official().find(code).map(CpvCatalogue.Entry::label).orElse(code.value()));
    }

    private static Map<String, Object> party(long organisationId, String name, String orgNumber, List<String> roles) {
        Map<String, Object> party = new LinkedHashMap<>();
        party.put("id", partyId(organisationId, orgNumber));
        party.put("name", name);
        if (orgNumber != null) {
            party.put("identifier", Map.of("scheme", "NO-BRC", "id", orgNumber, "legalName", name));
        }
        party.put("roles", roles);
        return party;
    }

    private static String partyId(long organisationId, String orgNumber) {
        return orgNumber != null ? "NO-BRC-" + orgNumber : "buyzet-organisation-" + organisationId;
    }
}
