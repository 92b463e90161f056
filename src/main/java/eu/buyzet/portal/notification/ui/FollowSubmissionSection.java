package eu.buyzet.portal.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import eu.buyzet.portal.notification.NotificationService;
import eu.buyzet.portal.notification.SubscriptionKind;
import eu.buyzet.portal.submission.Submission;
import eu.buyzet.portal.submission.SubmissionPage;
import eu.buyzet.portal.submission.SubmissionPageSection;
import eu.buyzet.portal.submission.SubmissionAction;
import java.util.Optional;

/** Under a published submission: follow it, to hear of new comments. */
@org.springframework.stereotype.Component
class FollowSubmissionSection implements SubmissionPageSection {

    private final NotificationService notifications;

    FollowSubmissionSection(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public int order() {
        return 85;
    }

    @Override
    public Optional<Component> create(SubmissionPage page) {
        Submission s = page.submission();
        if (!page.may(SubmissionAction.FOLLOW)) {
            return Optional.empty();
        }
        Div box = new Div(new FollowButton(notifications, SubscriptionKind.SUBMISSION, s.id().toString(), s.title(),
                "follow-submission"));
        box.addClassName("view-toolbar");
        return Optional.of(box);
    }
}
