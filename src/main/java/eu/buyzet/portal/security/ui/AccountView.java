package eu.buyzet.portal.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import eu.buyzet.portal.security.AccountService;
import eu.buyzet.portal.security.CurrentUser;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.shared.ui.ViewFrame;
import jakarta.annotation.security.PermitAll;
import java.io.OutputStream;

/**
 * The member's own account: their notification choices, all their data as one file, and
 * deleting the account (their posts stay, as a former member's of their organisation).
 */
@Route("account")
@PermitAll
class AccountView extends ViewFrame implements HasDynamicTitle {

    AccountView(CurrentUser currentUser, AccountService accounts, AuthenticationContext authentication) {
        PortalUser me = currentUser.require();
        setHeading(getTranslation("account.title"));
        Div facts = new Div(new Paragraph(me.displayName()), new Paragraph(me.email()));
        facts.addClassName("card");
        Anchor settings = new Anchor("notifications", getTranslation("account.notification-settings"));
        settings.setId("account-notification-settings");
        add(facts, new Paragraph(settings));

        add(new H2(getTranslation("account.data-heading")), new Paragraph(getTranslation("account.data-lead")));
        String dataFile = getTranslation("account.data-file-name");
        Anchor download = new Anchor((DownloadEvent event) -> {
            event.setFileName(dataFile);
            event.setContentType("application/json");
            byte[] data = accounts.exportMyData();
            try (OutputStream out = event.getOutputStream()) {
                out.write(data);
            }
        }, getTranslation("account.download"));
        download.setId("download-my-data");
        add(new Paragraph(download), new Paragraph(new Anchor("privacy", getTranslation("account.privacy-notice"))));

        add(new H2(getTranslation("account.delete-heading")), new Paragraph(getTranslation("account.delete-lead")));
        Button delete = new Button(getTranslation("account.delete"), e -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(getTranslation("account.delete-confirm-heading"));
            confirm.setText(getTranslation("account.delete-confirm"));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmText(getTranslation("account.delete"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.addConfirmListener(c -> {
                accounts.deleteMyAccount();
                authentication.logout();
            });
            confirm.open();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setId("delete-account");
        add(delete);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " – " + getTranslation("app.name");
    }
}
