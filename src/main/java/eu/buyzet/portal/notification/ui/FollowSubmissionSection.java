package eu.buyzet.portal.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import eu.buyzet.portal.notification.NotificationService;
import eu.buyzet.portal.notification.SubscriptionKind;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionPage;
import eu.buyzet.portal.submission.SubmissionPageSection;
import eu.buyzet.portal.submission.SubmissionStatus;
import java.util.Optional;

/** Under a published submission: follow it, to hear of new comments. */
@org.springframework.stereotype.Component
class FollowSubmissionSection implements SubmissionPageSection {

    private final NotificationService notifications;
    private final CurrentUser currentUser;

    FollowSubmissionSection(NotificationService notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 85;
    }

    @Override
    public Optional<Component> create(SubmissionPage page) {
        Submission s = page.submission();
        if (currentUser.get().isEmpty() || s.status() != SubmissionStatus.PUBLISHED) {
            return Optional.empty();
        }
        Div box = new Div(new FollowButton(notifications, SubscriptionKind.SUBMISSION, s.id().toString(), s.title(),
                "follow-submission"));
        box.addClassName("view-toolbar");
        return Optional.of(box);
    }
}
