package eu.buyzet.portal.dialogue;

import eu.buyzet.portal.audit.AuditTrail;
import eu.buyzet.portal.dialogue.internal.DialogueRepository;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.PortalUser;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** A step of a dialogue, written to its timeline and to the audit trail in one go. */
@Component
class DialogueSteps {

    private final DialogueRepository dialogues;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    DialogueSteps(DialogueRepository dialogues, CurrentUser currentUser, AuditTrail audit) {
        this.dialogues = dialogues;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** A step on the timeline ("announced", "registered", …), audited as "market-dialogue.&lt;step&gt;". */
    void record(DialogueId id, String step, @Nullable String detail, Map<String, ?> details) {
        dialogues.addEvent(id, step, detail, currentUser.get().map(PortalUser::memberId).orElse(null));
        audit.record("market-dialogue." + step, "dialogue", id, details);
    }
}
