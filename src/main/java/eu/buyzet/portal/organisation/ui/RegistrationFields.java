package eu.buyzet.portal.organisation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import eu.buyzet.portal.organisation.VatNumber;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Country and registration number: a Norwegian organisation number for Norway, a VAT number
 * elsewhere in the EU, with only the field that applies shown.
 */
final class RegistrationFields {

    final ComboBox<String> country = new ComboBox<>();
    final TextField orgNumber = new TextField();
    final TextField vatNumber = new TextField();

    RegistrationFields(Component owner, String idPrefix) {
        country.setLabel(owner.getTranslation("organisation.country"));
        country.setItems(Stream.concat(Stream.of("NO"), VatNumber.countries().stream().sorted()).toList());
        Locale locale = com.vaadin.flow.component.UI.getCurrent() == null ? Locale.ENGLISH
                : com.vaadin.flow.component.UI.getCurrent().getLocale();
        country.setItemLabelGenerator(c -> Locale.of("", c).getDisplayCountry(locale) + " (" + c + ")");
        country.setRequiredIndicatorVisible(true);
        country.setId(idPrefix + "-country");
        orgNumber.setLabel(owner.getTranslation("organisation.org-number"));
        orgNumber.setHelperText(owner.getTranslation("organisation.org-number.help"));
        orgNumber.setId(idPrefix + "-org-number");
        orgNumber.setRequiredIndicatorVisible(true);
        vatNumber.setLabel(owner.getTranslation("organisation.vat-number"));
        vatNumber.setHelperText(owner.getTranslation("organisation.vat-number.help"));
        vatNumber.setId(idPrefix + "-vat-number");
        vatNumber.setRequiredIndicatorVisible(true);
        country.addValueChangeListener(e -> showNumberFieldFor(e.getValue()));
        country.setValue("NO");
    }

    void set(String countryCode, @Nullable String org, @Nullable String vat) {
        country.setValue(countryCode);
        orgNumber.setValue(org == null ? "" : org);
        vatNumber.setValue(vat == null ? "" : vat);
        showNumberFieldFor(countryCode);
    }

    private void showNumberFieldFor(String countryCode) {
        boolean norwegian = countryCode == null || "NO".equals(countryCode);
        orgNumber.setVisible(norwegian);
        vatNumber.setVisible(!norwegian);
    }
}
