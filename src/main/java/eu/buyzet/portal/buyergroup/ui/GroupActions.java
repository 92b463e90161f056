package eu.buyzet.portal.buyergroup.ui;

import eu.buyzet.portal.shared.ui.MultiSelectTexts;
import eu.buyzet.portal.shared.NotFoundException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.buyzet.portal.buyergroup.BuyerGroup;
import eu.buyzet.portal.buyergroup.BuyerGroupInterest;
import eu.buyzet.portal.buyergroup.BuyerGroupLifecycle;
import eu.buyzet.portal.buyergroup.BuyerGroupPage;
import eu.buyzet.portal.buyergroup.BuyerGroupShares;
import eu.buyzet.portal.buyergroup.FootprintSource;
import eu.buyzet.portal.buyergroup.GroupAction;
import eu.buyzet.portal.buyergroup.GroupMember;
import eu.buyzet.portal.buyergroup.NoticeReference;
import eu.buyzet.portal.buyergroup.SupplierInterest;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.shared.ui.Confirmation;
import eu.buyzet.portal.shared.ui.FieldErrors;
import eu.buyzet.portal.shared.ui.FormSubmit;
import eu.buyzet.portal.shared.ui.RequiredFields;
import eu.buyzet.portal.submission.Submission;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A button for each step the service says the reader may take now, and the dialogs that take
 * them. It decides nothing: the service checks every step again when it is taken.
 */
final class GroupActions extends Div {

    /** The services that take the steps, and the current user for the forms' defaults. */
    record Steps(BuyerGroupLifecycle lifecycle, BuyerGroupShares shares, BuyerGroupInterest interest,
                 CurrentUser currentUser) {
    }

    private final BuyerGroupPage page;
    private final Steps steps;
    private final Runnable reload;

    GroupActions(BuyerGroupPage page, Steps steps, Runnable reload) {
        this.page = page;
        this.steps = steps;
        this.reload = reload;
        addClassName("view-toolbar");
        setId("buyer-group-actions");
        BuyerGroup g = page.group();
        Set<GroupAction> may = page.actions();
        if (may.contains(GroupAction.JOIN)) {
            add(button("join-group", "buyer-group.join", true, () -> openShare(null)));
        }
        if (may.contains(GroupAction.CHANGE_SHARE)) {
            add(button("change-share", "buyer-group.change-share", false,
                    () -> openShare(steps.shares().myMembership(g.id())
                            // left in another tab since this page was drawn
                            .orElseThrow(() -> new NotFoundException("No share in group " + g.id())))));
        }
        if (may.contains(GroupAction.SIGN_LETTER)) {
            add(button("sign-letter", "buyer-group.letter", true, this::openLetter));
        }
        if (may.contains(GroupAction.LEAVE)) {
            add(button("leave-group", "buyer-group.leave", false, () -> Confirmation.ask(new Confirmation.Texts(
                    getTranslation("buyer-group.leave.question", g.title()),
                    getTranslation("buyer-group.leave.consequence"), getTranslation("buyer-group.leave")),
                    "confirm-leave-group", true, () -> act(() -> {
                        steps.shares().leave(g);
                        return g;
                    }, "buyer-group.left"))));
        }
        if (may.contains(GroupAction.COMMIT)) {
            add(button("commit-group", "buyer-group.commit", true,
                    () -> act(() -> steps.lifecycle().commit(g), "buyer-group.committed")));
        } else if (page.nextSteps().containsKey(GroupAction.COMMIT)) {
            // the lead's step, not yet possible: shown unavailable, with what comes first beside it
            Button commit = button("commit-group", "buyer-group.commit", false, () -> { });
            commit.setEnabled(false);
            Paragraph next = new Paragraph(getTranslation("buyer-group.next-step",
                    getTranslation(page.nextSteps().get(GroupAction.COMMIT))));
            next.setId("commit-next-step");
            next.addClassName("helper");
            commit.getElement().setAttribute("aria-describedby", "commit-next-step");
            add(commit, next);
        }
        if (may.contains(GroupAction.START_TENDERING)) {
            add(button("start-tendering", "buyer-group.tender", true, this::openTender));
        }
        if (may.contains(GroupAction.AWARD)) {
            add(button("award-group", "buyer-group.award", true, () -> Confirmation.ask(new Confirmation.Texts(
                    getTranslation("buyer-group.award.question"), getTranslation("buyer-group.award.consequence"),
                    getTranslation("buyer-group.award")), "confirm-award", false,
                    () -> act(() -> steps.lifecycle().award(g), "buyer-group.step.awarded"))));
        }
        if (may.contains(GroupAction.CANCEL)) {
            Button cancel = button("cancel-group", "buyer-group.cancel", false, this::openCancel);
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(cancel);
        }
        if (may.contains(GroupAction.REGISTER_INTEREST) || may.contains(GroupAction.CHANGE_INTEREST)) {
            boolean registered = may.contains(GroupAction.CHANGE_INTEREST);
            add(button("register-interest", registered ? "buyer-group.interest.change" : "buyer-group.interest",
                    !registered, this::openInterest));
        }
        if (may.contains(GroupAction.WITHDRAW_INTEREST)) {
            add(button("withdraw-interest", "buyer-group.interest.withdraw", false, () -> Confirmation.ask(
                    new Confirmation.Texts(getTranslation("buyer-group.interest.withdraw.question", g.title()),
                            getTranslation("buyer-group.interest.withdraw.consequence"),
                            getTranslation("buyer-group.interest.withdraw")),
                    "confirm-withdraw-interest", true, () -> act(() -> {
                        steps.interest().withdrawInterest(g);
                        return g;
                    }, "buyer-group.step.interest-withdrawn"))));
        }
    }

    private Button button(String id, String key, boolean primary, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private void act(Supplier<Object> step, String doneKey) {
        FormSubmit.attempt(this, Map.of(), step).ifPresent(done -> {
            FieldErrors.notifySuccess(this, getTranslation(doneKey));
            reload.run();
        });
    }

    private void openShare(@Nullable GroupMember existing) {
        BuyerGroup g = page.group();
        PortalUser user = steps.currentUser().require();
        List<ShareDialog.Option> options = steps.shares().footprintChoices().stream()
                .map(c -> new ShareDialog.Option(c.source(), getTranslation(
                        c.source().kind() == FootprintSource.Kind.CONTRACT ? "buyer-group.footprint.contract"
                                : "buyer-group.footprint.need", c.title())))
                .toList();
        new ShareDialog(getTranslation(existing == null ? "buyer-group.join" : "buyer-group.change-share"), options,
                existing, user.displayName(), user.email(),
                share -> existing == null ? steps.shares().join(g, share)
                        : steps.shares().changeShare(g, existing.version(), share),
                () -> {
                    FieldErrors.notifySuccess(this, getTranslation(existing == null ? "buyer-group.joined"
                            : "buyer-group.share-saved"));
                    reload.run();
                }).open();
    }

    private void openLetter() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("buyer-group.letter"));
        TextField name = new TextField(getTranslation("buyer-group.letter.name"));
        name.setValue(steps.currentUser().require().displayName());
        name.setWidthFull();
        name.setId("letter-name");
        name.setManualValidation(true);
        RequiredFields.mark(name);
        dialog.add(new Paragraph(getTranslation("buyer-group.letter.lead")), RequiredFields.legend(this), name);
        confirm(dialog, "confirm-letter", "buyer-group.letter", Map.of("signerName", name),
                () -> steps.shares().signLetterOfIntent(page.group(), name.getValue()), "buyer-group.step.letter-signed");
    }

    private void openTender() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("buyer-group.tender"));
        Select<NoticeReference.System> system = new Select<>();
        system.setLabel(getTranslation("buyer-group.notice-system"));
        system.setItems(NoticeReference.System.values());
        system.setItemLabelGenerator(NoticeReference.System::displayName);
        system.setValue(NoticeReference.System.DOFFIN);
        system.setId("notice-system");
        TextField id = new TextField(getTranslation("buyer-group.notice-id"));
        id.setHelperText(getTranslation("buyer-group.notice-id.help"));
        id.setId("notice-id");
        TextField url = new TextField(getTranslation("buyer-group.notice-url"));
        url.setWidthFull();
        url.setId("notice-url");
        for (HasValidation f : List.of(system, id, url)) {
            f.setManualValidation(true);
        }
        Paragraph consequence = new Paragraph(getTranslation("buyer-group.tender.consequence"));
        consequence.setId("tender-consequence");
        // the system's select starts filled in and stays unmarked, as selects do (decision 024)
        RequiredFields.mark(id, url);
        dialog.add(new Paragraph(getTranslation("buyer-group.tender.lead")), RequiredFields.legend(this), system, id, url,
                consequence);
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("noticeSystem", system);
        fields.put("noticeId", id);
        fields.put("noticeUrl", url);
        confirm(dialog, "confirm-tender", "buyer-group.tender", fields, () -> steps.lifecycle().startTendering(
                page.group(), new NoticeReference(system.getValue(), id.getValue(), url.getValue())),
                "buyer-group.step.tendering");
    }

    private void openCancel() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("buyer-group.cancel"));
        TextArea reason = new TextArea(getTranslation("buyer-group.reason"));
        reason.setWidthFull();
        reason.setId("cancel-reason");
        reason.setManualValidation(true);
        RequiredFields.mark(reason);
        // a step that cannot be undone: the dialog names what is lost, as a Confirmation does
        Paragraph consequence = new Paragraph(getTranslation("buyer-group.cancel.consequence"));
        consequence.setId("cancel-consequence");
        dialog.add(new Paragraph(getTranslation("buyer-group.cancel.lead")), RequiredFields.legend(this), reason,
                consequence);
        confirm(dialog, "confirm-cancel", "buyer-group.cancel", Map.of("reason", reason),
                () -> steps.lifecycle().cancel(page.group(), reason.getValue()), "buyer-group.step.cancelled")
                .addThemeVariants(ButtonVariant.LUMO_ERROR);
    }

    private void openInterest() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("buyer-group.interest"));
        Optional<SupplierInterest> existing = page.myInterest();
        TextArea statement = new TextArea(getTranslation("buyer-group.interest.statement"));
        statement.setHelperText(getTranslation("buyer-group.interest.statement.help"));
        statement.setWidthFull();
        statement.setMinHeight("8rem");
        statement.setId("interest-statement");
        statement.setManualValidation(true);
        MultiSelectComboBox<Submission> solutions = new MultiSelectComboBox<>(
                getTranslation("buyer-group.interest.solutions"));
        MultiSelectTexts.localised(solutions);
        List<Submission> own = steps.interest().solutionChoices();
        solutions.setItems(own);
        solutions.setItemLabelGenerator(Submission::title);
        solutions.setWidthFull();
        solutions.setId("interest-solutions");
        solutions.setManualValidation(true);
        existing.ifPresent(i -> {
            statement.setValue(i.statement());
            solutions.setValue(own.stream().filter(s -> i.solutions().contains(s.id())).collect(Collectors.toSet()));
        });
        RequiredFields.mark(statement);
        dialog.add(RequiredFields.legend(this), statement, solutions);
        confirm(dialog, "confirm-interest", "buyer-group.interest", Map.of("statement", statement, "solutions", solutions),
                () -> steps.interest().registerInterest(page.group(),
                        existing.map(SupplierInterest::registeredAt).orElse(null), statement.getValue(),
                        solutions.getValue().stream().map(Submission::id).toList()), "buyer-group.interest.saved");
    }

    private Button confirm(Dialog dialog, String id, String key, Map<String, ? extends HasValidation> fields,
                           Supplier<Object> step, String doneKey) {
        Button ok = new Button(getTranslation(key), e -> FormSubmit.attempt(dialog, fields, step, reload).ifPresent(done -> {
            dialog.close();
            FieldErrors.notifySuccess(this, getTranslation(doneKey));
            reload.run();
        }));
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId(id);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.setWidth("min(36rem, 100vw)");
        dialog.open();
        return ok;
    }
}
