package eu.buyzet.portal.buyergroup;

import eu.buyzet.portal.buyergroup.BuyerGroupDisclosure.Reader;
import eu.buyzet.portal.buyergroup.internal.BuyerGroupRepository;
import eu.buyzet.portal.shared.CpvCode;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import eu.buyzet.portal.submission.SubmissionService;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A group as an OCDS 1.1 release and its members as CSV, each telling no more than the page. */
@Service
public class BuyerGroupExports {

    private final BuyerGroupRepository groups;
    private final BuyerGroupService reads;
    private final SubmissionService submissions;
    private final GroupRules rules;
    private final ObjectProvider<PlanningRationale> plans;

    BuyerGroupExports(BuyerGroupRepository groups, BuyerGroupService reads, SubmissionService submissions,
                      GroupRules rules, ObjectProvider<PlanningRationale> plans) {
        this.groups = groups;
        this.reads = reads;
        this.submissions = submissions;
        this.rules = rules;
        this.plans = plans;
    }

    /**
     * The group as an OCDS 1.1 planning release, for download from its page. A release is for
     * publication, so its demand is what anyone may see, whoever downloads it; interested suppliers
     * are listed only for readers who may see them.
     */
    @DisclosureChannel("buyergroup.ocds")
    @Transactional(readOnly = true)
    public Map<String, Object> ocdsRelease(BuyerGroupId id, String ocidPrefix, String portalUrl) {
        BuyerGroup g = reads.get(id);
        List<GroupMember> all = groups.members(id);
        List<SupplierInterest> interested = BuyerGroupDisclosure.interests(rules.reader(g, all), groups.interests(id));
        return ocds(g, all, interested == null ? List.of() : interested, submissions.get(g.proposalId()).cpvCodes(),
                ocidPrefix, portalUrl);
    }

    /** The release of a group of a public forum as anyone sees it: what the open API publishes. */
    @DisclosureChannel("buyergroup.public-ocds")
    @Transactional(readOnly = true)
    public Optional<Map<String, Object>> publicOcdsRelease(BuyerGroupId id, String ocidPrefix, String portalUrl) {
        return reads.findPublic(id).flatMap(g -> submissions.findPublic(g.proposalId())
                .map(p -> ocds(g, groups.members(id), List.of(), p.cpvCodes(), ocidPrefix, portalUrl)));
    }

    private Map<String, Object> ocds(BuyerGroup g, List<GroupMember> all, List<SupplierInterest> interested,
                                     List<CpvCode> cpv, String ocidPrefix, String portalUrl) {
        return OcdsRelease.of(ocidPrefix, portalUrl, g,
                all.stream().map(m -> BuyerGroupDisclosure.view(Reader.PUBLIC, g, m)).toList(),
                BuyerGroupDisclosure.demand(Reader.PUBLIC, g, all, groups.interestCount(g.id())), interested, cpv,
                plan(g.id()), Instant.now());
    }

    private PlanningRationale.@Nullable Plan plan(BuyerGroupId id) {
        PlanningRationale rationale = plans.getIfAvailable();
        return rationale == null ? null : rationale.of(id).orElse(null);
    }

    /**
     * The members as CSV: the rows and cells of the page's member list for the current user, no
     * more. The caller records the download in the audit trail.
     */
    @DisclosureChannel("buyergroup.members-csv")
    @Transactional(readOnly = true)
    public byte[] membersCsv(BuyerGroupId id) {
        BuyerGroup g = reads.get(id);
        List<GroupMember> all = groups.members(id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BuyerGroupCsv.write(BuyerGroupDisclosure.members(rules.reader(g, all), g, all), out);
        return out.toByteArray();
    }
}
