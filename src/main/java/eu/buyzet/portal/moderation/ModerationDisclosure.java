package eu.buyzet.portal.moderation;

import eu.buyzet.portal.shared.FlaggedHiding;
import eu.buyzet.portal.organisation.OrganisationService;
import eu.buyzet.portal.organisation.OrganisationStatus;
import eu.buyzet.portal.shared.OrganisationId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Who may see what of flags, and whose flags count: the one place that decides it for the
 * moderation feature (decision 016). Every channel (the moderation queue, the "flagged already"
 * note, the auto-hide notice and reason, the 48-hour alert, the personal data export) asks here.
 * "Moderators" are the forum's moderators; an admin moderates every forum.
 *
 * <table>
 * <caption>Fact → who sees it</caption>
 * <tr><th>fact</th><th>who sees it</th></tr>
 * <tr><td>who flagged (member, organisation)</td><td>nobody through any channel: not the author, not
 *     other members, not moderators (they see how many organisations). The audit trail keeps the
 *     organisation, for admins. The flagging organisation's own members see that it flagged.</td></tr>
 * <tr><td>that one's own organisation has flagged something</td><td>members of that organisation</td></tr>
 * <tr><td>flag reasons and notes, the number of flagging organisations</td><td>moderators, in the queue</td></tr>
 * <tr><td>the queue (flagged content, its excerpt, even when hidden)</td><td>moderators of the content's
 *     forum; admins for every forum</td></tr>
 * <tr><td>the auto-hide reason (how many organisations, which reason categories; never notes nor
 *     who)</td><td>the author's organisation (notice under the bell and by mail) and moderators
 *     (the content's hidden reason, which the submission feature shows to the owner and moderators)</td></tr>
 * <tr><td>the 48-hour alert (the content's title)</td><td>the moderators of its forum</td></tr>
 * <tr><td>a member's flags in their personal data export</td><td>that member: the flags they raised,
 *     never flags on their own content</td></tr>
 * </table>
 *
 * <p>Whose flags count: members of organisations a moderator has verified. A member of a pending
 * (or blocked) organisation cannot flag, and flags of an organisation no longer active do not
 * count toward the auto-hide, so throw-away sign-ups cannot hide a competitor's post.
 */
@Component
public class ModerationDisclosure {

    private final OrganisationService organisations;

    ModerationDisclosure(OrganisationService organisations) {
        this.organisations = organisations;
    }

    /** Only verified organisations' members flag; the others are told why next to the reason. */
    public boolean mayFlag(OrganisationId organisation) {
        return organisations.status(organisation) == OrganisationStatus.ACTIVE;
    }

    /** Whose open flags count toward the auto-hide: organisations that are verified and not blocked. */
    public OrganisationStatus countedFlagsFrom() {
        return OrganisationStatus.ACTIVE;
    }

    /**
     * Flagged content as the queue shows it to its moderators: the content's start (hidden or
     * not), how many organisations flagged it, the reasons and notes, never who flagged.
     */
    public QueueItem queueItem(FlagTarget target, eu.buyzet.portal.forum.ForumId forum, String title, String text,
                               boolean hidden, int organisations, List<FlagReason> reasons, List<String> notes,
                               java.time.Instant first) {
        String excerpt = text == null ? "" : text;
        return new QueueItem(target, forum, title, excerpt.length() > 300 ? excerpt.substring(0, 299) + "…" : excerpt,
                hidden, organisations, reasons, notes, first);
    }

    /** The reason categories' message keys, as the author's organisation and the moderators read them. */
    public List<String> reasonKeys(List<FlagReason> reasons) {
        return reasons.stream().map(FlagReason::messageKey).toList();
    }

    /**
     * The hidden reason of auto-hidden content: how many organisations and which reason
     * categories, never the flaggers' notes nor who they are; each reader reads it in their language.
     */
    public String autoHideReason(int organisations, List<FlagReason> reasons) {
        return new FlaggedHiding(organisations, reasonKeys(reasons)).stored();
    }
}
