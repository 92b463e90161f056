package eu.buyzet.portal.shared.ui;

import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An amount as people type it in Norwegian and English: "1 250 000", "1250000,50",
 * "1,250,000.50" or "1.250.000,50". A number field would drop what it cannot read; this keeps
 * the typing and says next to the field what is wrong.
 */
public class AmountField extends TextField {

    public AmountField(String label) {
        super(label);
        setManualValidation(true);
        addAttachListener(e -> getElement().executeJs("customElements.whenDefined(this.localName).then(() => "
                + "this.inputElement && this.inputElement.setAttribute('inputmode', 'decimal'))"));
    }

    /**
     * Whether the typing reads as an amount (blank does); if not, the field shows why. Check
     * every amount field of a form before sending it, so that all of them are marked at once.
     */
    public boolean check() {
        try {
            parse(getValue());
            return true;
        } catch (NumberFormatException e) {
            setErrorMessage(getTranslation("validation.contract.amount-format"));
            setInvalid(true);
            return false;
        }
    }

    /** The amount, or null when blank; call {@link #check()} first. */
    public @Nullable BigDecimal amount() {
        return parse(getValue());
    }

    /** Shows a stored amount as the reader writes one ("12 500 000", "0,5"), which {@link #parse} reads back. */
    public void setAmount(@Nullable BigDecimal amount) {
        setValue(amount == null ? "" : ReaderFormats.of(this).amount(amount));
    }

    static @Nullable BigDecimal parse(@Nullable String typed) {
        String s = typed == null ? "" : typed.replaceAll("[\\s\u00a0\u202f]", "");
        if (s.isEmpty()) {
            return null;
        }
        if (s.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
            s = s.replace(",", "");
        } else if (s.matches("\\d{1,3}(\\.\\d{3})+(,\\d+)?")) {
            s = s.replace(".", "").replace(',', '.');
        } else {
            s = s.replace(',', '.');
        }
        if (!s.matches("-?\\d+(\\.\\d+)?")) {
            throw new NumberFormatException(typed);
        }
        return new BigDecimal(s);
    }
}
