package eu.buyzet.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import eu.buyzet.portal.shared.i18n.LocaleSelection;
import eu.buyzet.portal.shared.i18n.SupportedLocales;

/**
 * The button that switches between Bokmål and English, on every page and on the sign-in page. It is
 * written in the language it switches to ("English", "Norsk"), marked so, and named for screen
 * readers in that language too, since that is the reader who looks for it.
 */
public final class LanguageSwitch {

    private LanguageSwitch() {
    }

    public static Button button(Component context) {
        UI ui = context.getUI().orElseGet(UI::getCurrent);
        boolean norwegian = ui != null && SupportedLocales.BOKMAL.equals(SupportedLocales.closest(ui.getLocale()));
        var other = norwegian ? SupportedLocales.ENGLISH : SupportedLocales.BOKMAL;
        Button button = new Button(norwegian ? "English" : "Norsk", e -> LocaleSelection.switchTo(other));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("lang", other.toLanguageTag());
        button.setAriaLabel(norwegian ? "Switch to English" : "Bytt til norsk");
        button.setId("language-switch");
        return button;
    }
}
