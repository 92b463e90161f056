package eu.buyzet.portal.shared.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;

/**
 * What a multi-select box tells a screen reader as chips are added, removed or cleared, in the
 * reader's language: the component's own texts are English ("added to selection").
 */
public final class MultiSelectTexts {

    private MultiSelectTexts() {
    }

    /** Localises the box each time it is attached, so that a language switch reaches it too. */
    public static <T extends MultiSelectComboBox<?>> T localised(T box) {
        box.addAttachListener(e -> box.setI18n(new MultiSelectComboBoxI18n()
                .setCleared(box.getTranslation("multi-select.cleared"))
                .setFocused(box.getTranslation("multi-select.focused"))
                .setSelected(box.getTranslation("multi-select.selected"))
                .setDeselected(box.getTranslation("multi-select.deselected"))
                .setTotal(box.getTranslation("multi-select.total"))));
        return box;
    }
}
