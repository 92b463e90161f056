package eu.buyzet.portal.shared.ui;

import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.text.NumberFormat;
import org.jspecify.annotations.Nullable;

/**
 * A number field that reads the reader's decimal separator ("12,5" in Bokmål, "12.5" in English,
 * either where unambiguous) and keeps what it cannot read, with a message next to it. The
 * browser's number input would instead drop a comma or a letter without a word, and a footprint
 * would be published ten times too large. Phones still get the numeric keyboard.
 */
public class DecimalField extends TextField {

    private static final BigDecimal MAX_WHOLE = BigDecimal.valueOf(Integer.MAX_VALUE);

    private final boolean whole;

    public DecimalField() {
        this("", false);
    }

    public DecimalField(String label) {
        this(label, false);
    }

    private DecimalField(String label, boolean whole) {
        super(label);
        this.whole = whole;
        setManualValidation(true);
        // the phone keyboard with digits; the attribute belongs on the inner <input>
        String inputMode = whole ? "numeric" : "decimal";
        addAttachListener(e -> getElement().executeJs("customElements.whenDefined(this.localName).then(() => "
                + "this.inputElement && this.inputElement.setAttribute('inputmode', $0))", inputMode));
        // say at once, not only on submit, that the typing was not understood
        addValueChangeListener(e -> {
            if (e.isFromClient()) {
                setInvalid(false);
                check();
            }
        });
    }

    /** A field for whole numbers such as counts and minutes; "2,5" vehicles is refused, not rounded. */
    public static DecimalField wholeNumber(String label) {
        return new DecimalField(label, true);
    }

    /**
     * Whether the typing reads as a number (blank does); if not, the field shows why. Check every
     * number field of a form before sending it, so that all of them are marked at once.
     */
    public boolean check() {
        try {
            BigDecimal value = DecimalParser.parse(getValue(), getLocale());
            if (whole && value != null && value.stripTrailingZeros().scale() > 0) {
                return refuse("validation.number.whole");
            }
            if (whole && value != null && value.abs().compareTo(MAX_WHOLE) > 0) {
                // it would not fit the count it is read into, and reading it as blank would count 1
                return refuse("validation.number.too-large");
            }
            return true;
        } catch (DecimalParser.UnreadableNumberException e) {
            return refuse(e.messageKey());
        }
    }

    private boolean refuse(String key) {
        setErrorMessage(getTranslation(key));
        setInvalid(true);
        return false;
    }

    /** The number, or null when blank or unreadable; call {@link #check()} first. */
    public @Nullable BigDecimal decimal() {
        try {
            return DecimalParser.parse(getValue(), getLocale());
        } catch (DecimalParser.UnreadableNumberException e) {
            return null;
        }
    }

    public @Nullable Double doubleValue() {
        BigDecimal value = decimal();
        return value == null ? null : value.doubleValue();
    }

    public @Nullable Integer integerValue() {
        BigDecimal value = decimal();
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /** Shows a number as the reader writes it, without thousands separators so it reads back as typed. */
    public void setNumber(@Nullable Number value) {
        if (value == null) {
            setValue("");
            return;
        }
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(10);
        setValue(format.format(value instanceof BigDecimal b ? b : new BigDecimal(value.toString())));
    }
}
