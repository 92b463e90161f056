package eu.buyzet.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Date pickers as Norwegians write dates, in both languages: 31.12.2027, weeks from Monday,
 * month and day names in the reader's language. The English default would show 12/31/2027 and
 * drop a typed 31.12.2027 without a word, so a contract saved with no end date. A date that
 * cannot be read is refused with a message instead.
 */
public final class DateFields {

    /** The first format is shown; all are accepted when typed. */
    private static final String SHOWN = "dd.MM.yyyy";
    private static final String[] ALSO_READ = {"d.M.yyyy", "d.M.yy", "yyyy-MM-dd"};

    private DateFields() {
    }

    /** Localises the picker each time it is attached, so that a language switch reaches it too. */
    public static DatePicker localised(DatePicker picker) {
        picker.addAttachListener(e -> picker.setI18n(i18n(picker, e.getUI().getLocale())));
        return picker;
    }

    public static DateTimePicker localised(DateTimePicker picker) {
        picker.addAttachListener(e -> {
            Locale locale = ReaderFormats.of(picker).locale();
            // the date is shown day.month.year in either language; English times on a 12-hour clock beside it
            // ("27.12.2026", "12:00 PM") mixed two conventions, so English takes the 24-hour clock too
            picker.setLocale("en".equals(locale.getLanguage()) ? Locale.UK : locale);
            // two inputs under one label: a screen reader must hear which is the date and which the time
            String label = picker.getLabel() == null ? "" : picker.getLabel() + ", ";
            picker.setDateAriaLabel(label + picker.getTranslation("date-time.date"));
            picker.setTimeAriaLabel(label + picker.getTranslation("date-time.time"));
            picker.setDatePickerI18n(i18n(picker, locale));
            picker.setI18n(new DateTimePicker.DateTimePickerI18n()
                    .setBadInputErrorMessage(picker.getTranslation("validation.date.format")));
        });
        return picker;
    }

    /**
     * Whether the field holds a readable date or nothing; typing that is no date is marked and
     * refused, never saved as "no date". Pickers that are not date pickers always pass.
     */
    public static boolean check(HasValidation field) {
        boolean unreadable;
        if (field instanceof DatePicker picker) {
            unreadable = picker.getDefaultValidator().apply(picker.getValue(), null).isError();
        } else if (field instanceof DateTimePicker picker) {
            unreadable = picker.getDefaultValidator().apply(picker.getValue(), null).isError();
        } else {
            return true;
        }
        if (unreadable) {
            field.setErrorMessage(((Component) field).getTranslation("validation.date.format"));
            field.setInvalid(true);
        }
        return !unreadable;
    }

    private static DatePicker.DatePickerI18n i18n(Component c, Locale locale) {
        Locale reader = eu.buyzet.portal.shared.Formats.of(locale).locale();
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(reader);
        List<String> months = Arrays.stream(symbols.getMonths()).limit(12).map(DateFields::capitalised).toList();
        // Java's week starts with an empty entry, then Sunday, as the picker expects
        List<String> weekdays = Arrays.stream(symbols.getWeekdays()).skip(1).map(DateFields::capitalised).toList();
        List<String> weekdaysShort = Arrays.stream(symbols.getShortWeekdays()).skip(1)
                .map(d -> capitalised(d.replace(".", ""))).toList();
        return new DatePicker.DatePickerI18n()
                .setDateFormats(SHOWN, ALSO_READ)
                .setFirstDayOfWeek(1)
                .setMonthNames(months)
                .setWeekdays(weekdays)
                .setWeekdaysShort(weekdaysShort)
                .setToday(c.getTranslation("date.today"))
                .setCancel(c.getTranslation("action.cancel"))
                .setBadInputErrorMessage(c.getTranslation("validation.date.format"));
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
