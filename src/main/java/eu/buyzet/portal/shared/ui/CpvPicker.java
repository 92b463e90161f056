package eu.buyzet.portal.shared.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import eu.buyzet.portal.shared.CpvCatalogue;
import eu.buyzet.portal.shared.CpvCatalogue.Entry;
import eu.buyzet.portal.shared.CpvCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Chooses CPV codes from the official list by typing digits or words of the label. Codes pasted
 * from a notice ("90511000-2, 60100000-9") are taken as they are when they are in the list; a
 * code that is not gets a message under the field.
 */
public class CpvPicker extends MultiSelectComboBox<Entry> {

    private final CpvCatalogue catalogue = CpvCatalogue.official();
    /** Typing that was not a listed code: kept so that saving reports it instead of dropping it. */
    private @Nullable String rejected;

    public CpvPicker(String label) {
        super(label);
        MultiSelectTexts.localised(this);
        setItems(query -> catalogue.search(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream(),
                query -> catalogue.count(query.getFilter().orElse("")));
        setItemLabelGenerator(Entry::display);
        setHelperText(getTranslation("cpv.picker.help"));
        setAllowCustomValue(true);
        setManualValidation(true);
        setWidthFull();
        addCustomValueSetListener(e -> addTyped(e.getDetail()));
        addValueChangeListener(e -> {
            rejected = null;
            setInvalid(false);
        });
        // Leaving the field, or closing its list, with a typed code takes the code too, rather than
        // silently dropping it. The component empties its input when its list closes, so the typing
        // is remembered as it happens and forgotten once a code is chosen or entered.
        getElement().executeJs("""
                this.addEventListener('input', e => { this._typed = e.target.value; });
                this.addEventListener('selected-items-changed', () => { this._typed = ''; });
                this.addEventListener('custom-value-set', () => { this._typed = ''; });
                const take = () => {
                  const typed = this._typed;
                  if (typed && typed.trim()) {
                    this._typed = '';
                    this.$server.typedOnLeave(typed);
                  }
                };
                this.addEventListener('opened-changed', e => { if (!e.detail.value) { take(); } });
                this.addEventListener('focusout', e => { if (!this.contains(e.relatedTarget)) { take(); } });""");
    }

    @ClientCallable
    private void typedOnLeave(String typed) {
        addTyped(typed);
    }

    private void addTyped(String typed) {
        rejected = null;
        Map<String, String> errors = new HashMap<>();
        List<CpvCode> codes = CpvCode.parseAll(Arrays.asList(typed.split("[,;]")), errors, "cpv");
        if (!errors.isEmpty()) {
            rejected = typed;
            setErrorMessage(getTranslation(errors.get("cpv")));
            setInvalid(true);
            // the component empties its input after a custom value; give the person their typing back
            getElement().executeJs("setTimeout(() => { this.inputElement.value = $0; })", typed);
            return;
        }
        Set<Entry> chosen = new LinkedHashSet<>(getValue());
        codes.forEach(code -> catalogue.find(code).ifPresent(chosen::add));
        setValue(chosen);
    }

    /** The chosen codes as the services take them. */
    public List<String> codes() {
        List<String> codes = new ArrayList<>();
        getValue().forEach(e -> codes.add(e.code().value()));
        if (rejected != null) {
            codes.addAll(Arrays.asList(rejected.split("[,;]")));
        }
        // text still in the input when the form is sent (its list open) counts as typed
        String pending = getElement().getProperty("filter", "");
        if (!pending.isBlank()) {
            codes.addAll(Arrays.asList(pending.split("[,;]")));
        }
        return codes;
    }

    public void setCodes(List<CpvCode> codes) {
        Set<Entry> chosen = new LinkedHashSet<>();
        codes.forEach(code -> catalogue.find(code).ifPresent(chosen::add));
        setValue(chosen);
    }
}
