package eu.buyzet.portal.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.buyzet.portal.shared.ui.ViewFrame;
import java.util.List;

/** The privacy notice: what is kept, why, for how long, which cookies, and the member's rights. */
@Route("privacy")
@AnonymousAllowed
class PrivacyView extends ViewFrame implements HasDynamicTitle {

    private static final List<String> SECTIONS = List.of("controller", "data", "purpose", "shared", "retention",
            "cookies", "rights");

    PrivacyView() {
        setHeading(getTranslation("privacy.title"));
        setLead(getTranslation("privacy.lead"));
        for (String section : SECTIONS) {
            add(new H2(getTranslation("privacy." + section + "-heading")),
                    new Paragraph(getTranslation("privacy." + section)));
        }
        Anchor account = new Anchor("account", getTranslation("privacy.to-account"));
        account.setId("privacy-to-account");
        add(new Paragraph(account));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title") + " – " + getTranslation("app.name");
    }
}
