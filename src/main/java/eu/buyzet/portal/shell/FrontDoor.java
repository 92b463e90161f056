package eu.buyzet.portal.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import eu.buyzet.portal.shared.ui.FrontDoorEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What an anonymous visitor meets at the portal's address: what it is, for whom, and where to
 * start. Plain text and links, no components that hold state on the server.
 */
final class FrontDoor extends Div {

    private record Entry(String id, String path, String titleKey, String descriptionKey, int order)
            implements FrontDoorEntry {
    }

    FrontDoor(List<FrontDoorEntry> contributed, String signInPath, boolean signUp) {
        setId("front-door");
        addClassName("front-door");

        Section forWhom = new Section(new H2(getTranslation("front.for-whom")));
        forWhom.setId("front-for-whom");
        UnorderedList audiences = new UnorderedList();
        for (String who : List.of("agencies", "suppliers", "moderators")) {
            Span name = new Span(getTranslation("front." + who) + ": ");
            name.addClassName("fact-label");
            audiences.add(new ListItem(name, new Span(getTranslation("front." + who + "-text"))));
        }
        forWhom.add(audiences);

        Section start = new Section(new H2(getTranslation("front.where-to-start")));
        start.setId("front-start");
        List<FrontDoorEntry> entries = new ArrayList<>(List.of(
                new Entry("front-forums", "forums", "front.forums", "front.forums-text", 10),
                new Entry("front-dialogues", "dialogues", "front.dialogues", "front.dialogues-text", 20),
                new Entry("front-buyer-groups", "buyer-groups", "front.buyer-groups", "front.buyer-groups-text", 30),
                new Entry("front-calculator", "footprint/calculator", "front.calculator", "front.calculator-text", 40)));
        entries.addAll(contributed);
        entries.sort(Comparator.comparingInt(FrontDoorEntry::order));
        UnorderedList places = new UnorderedList();
        for (FrontDoorEntry entry : entries) {
            Anchor link = StartPage.inText(new Anchor(entry.path(), getTranslation(entry.titleKey())));
            link.setId(entry instanceof Entry own ? own.id() : "front-" + entry.path().replace('/', '-'));
            places.add(new ListItem(link, new Span(" – " + getTranslation(entry.descriptionKey()))));
        }
        start.add(places);

        Section account = new Section(new H2(getTranslation("front.take-part")));
        account.setId("front-take-part");
        account.add(new Paragraph(getTranslation("front.take-part-text")));
        // a full page load, so that Keycloak's redirect can take over
        Anchor signIn = StartPage.inText(new Anchor(signInPath, getTranslation("nav.sign-in")));
        signIn.setRouterIgnore(true);
        signIn.setId("front-sign-in");
        Paragraph links = new Paragraph(signIn);
        if (signUp) {
            Anchor register = StartPage.inText(new Anchor("sign-up", getTranslation("login.sign-up")));
            register.setId("front-sign-up");
            links.add(new Span(" · "), register);
        }
        account.add(links);

        add(forWhom, start, account);
    }
}
