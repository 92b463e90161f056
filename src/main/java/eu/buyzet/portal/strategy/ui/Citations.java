package eu.buyzet.portal.strategy.ui;

import com.vaadin.flow.component.Component;
import eu.buyzet.portal.shared.ui.ReaderFormats;
import eu.buyzet.portal.strategy.Evidence;

/** A citation as one line: its kind, the text captured and, where there is one, the figure. */
final class Citations {

    private Citations() {
    }

    static String label(Component context, Evidence e) {
        String kind = context.getTranslation("strategy.evidence." + e.kind().name());
        Double figure = e.figure();
        String shown = figure == null ? "" : switch (e.kind()) {
            case SOLUTION -> " — " + context.getTranslation("strategy.evidence.SOLUTION.figure",
                    ReaderFormats.of(context).figure(figure));
            case SUPPLIER_INTEREST -> " — " + context.getTranslation("strategy.evidence.SUPPLIER_INTEREST.figure",
                    (int) Math.round(figure));
            case DIALOGUE_ANSWER, CONTRACT -> "";
        };
        return kind + ": " + e.citation() + shown;
    }
}
