package eu.buyzet.portal.shared.ui;

import com.vaadin.flow.component.Component;
import eu.buyzet.portal.shared.FlaggedHiding;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The line under hidden content saying why, in the reader's language where it was hidden after flags. */
public final class HiddenNotice {

    private HiddenNotice() {
    }

    /** {@code byModeratorKey} takes the moderator's reason as its one argument. */
    public static String text(Component context, @Nullable String storedReason, String byModeratorKey) {
        return FlaggedHiding.read(storedReason)
                .map(f -> context.getTranslation("moderation.hidden-by-flags", f.organisations(),
                        f.reasonKeys().stream().map(context::getTranslation).collect(Collectors.joining(", "))))
                .orElseGet(() -> context.getTranslation(byModeratorKey, storedReason == null ? "" : storedReason));
    }
}
