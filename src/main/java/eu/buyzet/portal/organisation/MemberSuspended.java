package eu.buyzet.portal.organisation;

import eu.buyzet.portal.shared.MemberId;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A member is suspended until a day (included); they are mailed why. */
public record MemberSuspended(MemberId member, String email, String displayName, @Nullable String localeTag, LocalDate until,
                              String reason) {
}
