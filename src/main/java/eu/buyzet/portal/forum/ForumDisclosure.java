package eu.buyzet.portal.forum;

import eu.buyzet.portal.security.PortalUser;
import java.util.Optional;

/**
 * Who may see a forum (decision 016). Every channel that shows forums asks this: the pages through
 * {@link ForumService}, the open API (always as an anonymous reader), and every feature that shows
 * something inside a forum and first checks that its reader may see the forum.
 *
 * <table>
 *   <caption>Forum facts and who sees them</caption>
 *   <tr><th>fact</th><th>who sees it</th></tr>
 *   <tr><td>a public forum: titles, descriptions, region, CPV codes, status, moderators' names</td>
 *       <td>everyone, signed in or not; the open API</td></tr>
 *   <tr><td>a members-only forum, the same facts</td>
 *       <td>signed-in members of any role; for anyone else, and in the open API, it does not exist (404)</td></tr>
 *   <tr><td>who may edit, archive or reopen it</td><td>its own moderators and administrators</td></tr>
 * </table>
 */
public final class ForumDisclosure {

    private ForumDisclosure() {
    }

    /** Whether {@code reader} (empty: not signed in, or the open API) may see {@code forum}. */
    public static boolean maySee(Forum forum, Optional<PortalUser> reader) {
        return forum.visibility() == ForumVisibility.PUBLIC || seesMembersOnlyForums(reader);
    }

    /** Members-only forums exist for every signed-in member and for no one else. */
    public static boolean seesMembersOnlyForums(Optional<PortalUser> reader) {
        return reader.isPresent();
    }
}
