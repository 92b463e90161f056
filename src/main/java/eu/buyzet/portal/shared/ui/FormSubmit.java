package eu.buyzet.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import eu.buyzet.portal.shared.ConcurrentEditException;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.ValidationException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Submits a form to a service the same way everywhere: clear old field errors, save, and on a
 * refusal show each message next to its field (or say that someone else saved first, or that what
 * the form was about is gone or no longer open to the user), keeping everything the user typed.
 */
public final class FormSubmit {

    private FormSubmit() {
    }

    public static <T> Optional<T> attempt(Component form, Map<String, ? extends HasValidation> fields, Supplier<T> save) {
        return attempt(form, fields, save, () -> { });
    }

    /**
     * As {@link #attempt(Component, Map, Supplier)}; {@code onStale} runs when someone else saved first
     * or what the form was about is gone, to read the page again behind the form: the form keeps what
     * the user typed, to copy, and opened again it starts from what is saved now.
     */
    public static <T> Optional<T> attempt(Component form, Map<String, ? extends HasValidation> fields, Supplier<T> save,
                                          Runnable onStale) {
        fields.values().forEach(field -> field.setInvalid(false));
        // a number or date that does not read is marked, never sent as blank; all are checked at once
        boolean readable = true;
        for (HasValidation field : fields.values()) {
            if (field instanceof DecimalField number) {
                readable &= number.check();
            } else {
                readable &= DateFields.check(field);
            }
        }
        if (!readable) {
            return Optional.empty();
        }
        try {
            return Optional.of(save.get());
        } catch (ValidationException e) {
            FieldErrors.show(e, fields, form);
        } catch (ConcurrentEditException | NotFoundException e) {
            FieldErrors.notifyError(form, form.getTranslation(UserFacingErrors.messageKey(e)));
            onStale.run();
        }
        return Optional.empty();
    }
}
