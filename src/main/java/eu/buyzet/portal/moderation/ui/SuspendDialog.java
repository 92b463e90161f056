package eu.buyzet.portal.moderation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import eu.buyzet.portal.organisation.MemberService;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.ui.DateFields;
import eu.buyzet.portal.shared.ui.FieldErrors;
import eu.buyzet.portal.shared.ui.FormSubmit;
import eu.buyzet.portal.shared.ui.RequiredFields;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/** Suspends a member until a day, with the reason they are mailed; a week is offered. */
final class SuspendDialog {

    private SuspendDialog() {
    }

    static void open(Component context, MemberService members, MemberId member, String name, Runnable done) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(context.getTranslation("moderation.suspend-author", name));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        DatePicker until = DateFields.localised(new DatePicker(context.getTranslation("moderation.suspend-until")));
        until.setMin(today.plusDays(1));
        until.setValue(today.plusDays(7));
        until.setId("suspend-until");
        until.setManualValidation(true);
        TextArea reason = new TextArea(context.getTranslation("moderation.suspend-reason"));
        reason.setWidthFull();
        reason.setId("suspend-reason");
        reason.setManualValidation(true);
        RequiredFields.mark(until, reason);
        dialog.add(RequiredFields.legend(context), until, reason);
        Button confirm = new Button(context.getTranslation("moderation.suspend"), e -> FormSubmit.attempt(context,
                Map.of("until", until, "reason", reason), () -> {
                    members.suspend(member, until.getValue(), reason.getValue());
                    return member;
                }).ifPresent(suspended -> {
                    dialog.close();
                    FieldErrors.notifySuccess(context, context.getTranslation("moderation.suspended", name));
                    done.run();
                }));
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setId("confirm-suspend");
        dialog.getFooter().add(new Button(context.getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.setWidth("min(32rem, 100vw)");
        dialog.open();
    }
}
