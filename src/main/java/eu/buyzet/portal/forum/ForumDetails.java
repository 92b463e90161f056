package eu.buyzet.portal.forum;

import eu.buyzet.portal.shared.MemberId;
import java.util.List;
import java.util.Set;

/** What a moderator enters for a forum. CPV codes as typed; the service validates them. */
public record ForumDetails(String titleNb, String titleEn, String descriptionNb, String descriptionEn, String region,
                           List<String> cpvCodes, ForumVisibility visibility, Set<MemberId> moderators) {
    public ForumDetails {
        cpvCodes = cpvCodes == null ? List.of() : List.copyOf(cpvCodes);
        moderators = moderators == null ? Set.of() : Set.copyOf(moderators);
    }
}
