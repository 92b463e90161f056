package eu.buyzet.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import eu.buyzet.portal.shared.Formats;
import java.util.Locale;

/** The {@link Formats} of the person reading a component. */
public final class ReaderFormats {

    private ReaderFormats() {
    }

    /**
     * The component's UI's locale, or the current UI's while the component is still being built
     * and not attached: taking English then is what made Bokmål cards show "39,968.9".
     */
    public static Formats of(Component component) {
        UI ui = component.getUI().orElseGet(UI::getCurrent);
        Locale locale = ui == null ? null : ui.getLocale();
        return Formats.of(locale);
    }
}
