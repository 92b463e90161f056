package eu.buyzet.portal.buyergroup.api;

import eu.buyzet.portal.buyergroup.BuyerGroup;
import eu.buyzet.portal.buyergroup.BuyerGroupExports;
import eu.buyzet.portal.buyergroup.BuyerGroupId;
import eu.buyzet.portal.buyergroup.BuyerGroupPage;
import eu.buyzet.portal.buyergroup.BuyerGroupService;
import eu.buyzet.portal.buyergroup.BuyerGroupStatus;
import eu.buyzet.portal.buyergroup.Demand;
import eu.buyzet.portal.buyergroup.MemberView;
import eu.buyzet.portal.buyergroup.NoticeReference;
import eu.buyzet.portal.buyergroup.GroupStep;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.PageRequest;
import eu.buyzet.portal.shared.api.ApiPage;
import eu.buyzet.portal.shared.api.InvalidParameterException;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The open read API for buyer groups of public forums. It always answers as anyone may see a
 * group ({@link eu.buyzet.portal.buyergroup.BuyerGroupDisclosure}), whatever session comes with the
 * request: shares a member keeps hidden are left out, and so is every total that would include one.
 */
@RestController
@RequestMapping(path = "/api/v1/buyer-groups", produces = "application/json")
@Tag(name = "Buyer groups", description = "Joint purchases formed from proposals in public forums")
class BuyerGroupApi {

    private final BuyerGroupService groups;
    private final BuyerGroupExports exports;
    private final String ocidPrefix;

    BuyerGroupApi(BuyerGroupService groups, BuyerGroupExports exports,
                  @Value("${buyzet.ocds.ocid-prefix:ocds-buyzet}") String ocidPrefix) {
        this.groups = groups;
        this.exports = exports;
        this.ocidPrefix = ocidPrefix;
    }

    @Schema(name = "BuyerGroupOrganisation")
    record OrganisationJson(long id, String name) {
    }

    @Schema(name = "NoticeReference", description = "The tender notice, once the group is tendering")
    record NoticeJson(@Schema(allowableValues = {"DOFFIN", "TED"}) String system, String id, String url) {
    }

    @Schema(name = "BuyerGroup")
    record BuyerGroupJson(long id, long proposalId, long forumId, String title,
                          @Schema(allowableValues = {"FORMING", "COMMITTED", "TENDERING", "AWARDED", "CANCELLED"})
                          String status, OrganisationJson leadBuyer, @Nullable String centralPurchasingBody,
                          @Nullable LocalDate plannedTenderDate, @Nullable NoticeJson notice, Instant createdAt,
                          @Schema(description = "In GET /{id} only: the combined demand") @Nullable DemandJson demand,
                          @Schema(description = "In GET /{id} only: the steps so far, oldest first")
                          @Nullable List<StepJson> steps) {

        static BuyerGroupJson of(BuyerGroup g, @Nullable DemandJson demand, @Nullable List<StepJson> steps) {
            return new BuyerGroupJson(g.id().value(), g.proposalId().value(), g.forumId().value(), g.title(),
                    g.status().name(), new OrganisationJson(g.leadOrganisationId().value(), g.leadOrganisationName()),
                    g.centralPurchasingBody(), g.plannedTenderDate(),
                    notice(g.notice()),
                    g.createdAt(), demand, steps);
        }

        private static @Nullable NoticeJson notice(@Nullable NoticeReference n) {
            return n == null ? null : new NoticeJson(n.system().name(), n.id(), n.url());
        }
    }

    @Schema(name = "BuyerGroupDemand", description = "Totals are null where they would include a hidden share")
    record DemandJson(List<String> members, int countedMembers, List<UnitJson> units,
                      @Schema(description = "Null when a counted share is hidden") @Nullable Double baselineCo2eWtwKg,
                      @Schema(description = "The tailpipe part of the baseline: what zero-emission delivery avoids;"
                              + " null when a counted share is hidden") @Nullable Double tailpipeCo2eKg,
                      @Schema(description = "Null when a counted share is hidden") @Nullable Double vehicleKm,
                      @Schema(description = "Counted members whose own figures are public") List<ShareJson> shares,
                      @Schema(description = "True when counted members with a hidden share are left out of shares")
                      boolean sharesWithheld, int interestedSuppliers, int maturityThreshold,
                      @Schema(description = "How many counted members keep their share hidden") int hiddenShares) {

        static DemandJson of(Demand d) {
            return new DemandJson(d.memberNames(), d.counted(),
                    d.units().stream().map(u -> new UnitJson(u.unit().name(), u.quantity(), u.members())).toList(),
                    d.baselineCo2eKg(), d.tailpipeCo2eKg(), d.vehicleKm(),
                    d.breakdown().stream().map(ShareJson::of).toList(), d.breakdownWithheld(), d.capableSuppliers(),
                    d.threshold(), d.hiddenShares());
        }
    }

    @Schema(name = "BuyerGroupUnitTotal")
    record UnitJson(String unit, @Schema(description = "Null when it would include a hidden share") @Nullable BigDecimal quantity,
                    int members) {
    }

    @Schema(name = "BuyerGroupShare")
    record ShareJson(OrganisationJson organisation, @Nullable BigDecimal quantity, @Nullable String unit,
                     @Nullable Double baselineCo2eWtwKg,
                     @Schema(description = "Null: the parts a member runs jointly are for the group's members")
                     @Nullable List<String> jointParts) {
        static ShareJson of(MemberView m) {
            return new ShareJson(new OrganisationJson(m.organisationId().value(), m.organisationName()), m.quantity(),
                    m.unit() == null ? null : m.unit().name(), m.baselineCo2eKg(),
                    m.jointParts() == null ? null : m.jointParts().stream().map(Enum::name).sorted().toList());
        }
    }

    @Schema(name = "BuyerGroupStep")
    record StepJson(String step, @Nullable String from, @Nullable String to, String organisation, Instant at) {
        static StepJson of(GroupStep s) {
            return new StepJson(s.step(), s.from() == null ? null : s.from().name(), s.to() == null ? null : s.to().name(),
                    s.byOrganisation(), s.at());
        }
    }

    @GetMapping
    @DisclosureChannel("buyergroup.api-list")
    @Operation(summary = "List buyer groups of public forums, newest first")
    ApiPage<BuyerGroupJson> list(
            @Parameter(description = "FORMING, COMMITTED, TENDERING, AWARDED or CANCELLED")
            @RequestParam(required = false) String status,
            @Parameter(description = "Zero-based page") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Items per page, 1 to 100") @RequestParam(defaultValue = "20") int size) {
        InvalidParameterException.checkPaging(page, size);
        BuyerGroupStatus s = InvalidParameterException.enumValue("status", status, BuyerGroupStatus.class);
        return ApiPage.of(groups.listPublic(s, new PageRequest(page * size, size)).stream()
                .map(g -> BuyerGroupJson.of(g, null, null)).toList(), page, size, groups.countPublic(s));
    }

    @GetMapping("/{id}")
    @DisclosureChannel("buyergroup.api-get")
    @Operation(summary = "One buyer group of a public forum, with its combined demand and its steps")
    BuyerGroupJson get(@PathVariable long id) {
        BuyerGroupPage page = groups.publicPage(BuyerGroupId.of(id))
                .orElseThrow(() -> new NotFoundException("Buyer group " + id));
        return BuyerGroupJson.of(page.group(), DemandJson.of(page.demand()),
                page.steps().stream().map(StepJson::of).toList());
    }

    @GetMapping(path = "/{id}/ocds", produces = {"application/json"})
    @DisclosureChannel("buyergroup.api-ocds")
    @Operation(summary = "The buyer group as an Open Contracting Data Standard 1.1 release (planning stage)")
    Map<String, Object> ocds(@PathVariable long id) {
        return exports.publicOcdsRelease(BuyerGroupId.of(id), ocidPrefix,
                        ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString())
                .orElseThrow(() -> new NotFoundException("Buyer group " + id));
    }
}
