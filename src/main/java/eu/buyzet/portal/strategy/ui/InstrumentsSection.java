package eu.buyzet.portal.strategy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import eu.buyzet.portal.shared.Formats;
import eu.buyzet.portal.shared.ui.FormSubmit;
import eu.buyzet.portal.shared.ui.ReaderFormats;
import eu.buyzet.portal.strategy.ChosenInstrument;
import eu.buyzet.portal.strategy.Instrument;
import eu.buyzet.portal.strategy.Strategy;
import eu.buyzet.portal.strategy.StrategyAction;
import eu.buyzet.portal.strategy.StrategyPage;
import eu.buyzet.portal.strategy.StrategyService;
import java.util.Map;

/** The strategy's instruments, each with its reason, risks, evidence and catalogue entry; the owner edits a draft's. */
class InstrumentsSection extends Section {

    InstrumentsSection(StrategyPage page, StrategyService strategies, Runnable refresh) {
        addClassName("card");
        setId("strategy-instruments");
        add(new H2(getTranslation("strategy.instruments")));
        Strategy s = page.strategy();
        boolean editable = page.may(StrategyAction.EDIT);
        Formats formats = ReaderFormats.of(this);
        if (s.instruments().isEmpty()) {
            add(new Paragraph(getTranslation("strategy.instruments-none")));
        }
        Div editor = new Div();
        for (int index = 0; index < s.instruments().size(); index++) {
            ChosenInstrument c = s.instruments().get(index);
            Div item = new Div();
            item.addClassName("submission-card");
            item.setId("instrument-" + index);
            item.add(new H3(getTranslation("strategy.instrument." + c.instrument().name() + ".name")));
            if (c.instrument() == Instrument.AWARD_CRITERION && c.weightPercent() != null) {
                item.add(new Paragraph(getTranslation("strategy.instrument.weight") + ": " + c.weightPercent()));
            }
            if (c.fromDate() != null) {
                item.add(new Paragraph(getTranslation("strategy.instrument.from-date") + ": " + formats.date(c.fromDate())));
            }
            item.add(new Paragraph(getTranslation("strategy.instrument.rationale") + ": " + c.rationale()));
            if (!c.risks().isEmpty()) {
                item.add(new Paragraph(getTranslation("strategy.instrument.risks") + ": " + c.risks()));
            }
            if (!c.evidence().isEmpty()) {
                UnorderedList cited = new UnorderedList();
                c.evidence().forEach(e -> cited.add(new ListItem(Citations.label(this, e))));
                item.add(new Paragraph(getTranslation("strategy.instrument.evidence")), cited);
            }
            item.add(new Details(getTranslation("strategy.instrument.footing"), Catalogue.of(this, c.instrument())));
            if (editable) {
                int at = index;
                Button change = new Button(getTranslation("strategy.instrument.change"), e -> {
                    editor.removeAll();
                    editor.add(new InstrumentForm(page.evidenceOptions(), c,
                            draft -> strategies.putInstrument(s.id(), s.version(), at, draft), refresh));
                });
                change.setId("instrument-change-" + index);
                Button remove = new Button(getTranslation("strategy.instrument.remove"), e -> FormSubmit.attempt(this,
                        Map.of(), () -> strategies.removeInstrument(s.id(), s.version(), at)).ifPresent(x -> refresh.run()));
                remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                remove.setId("instrument-remove-" + index);
                item.add(new Div(change, remove));
            }
            add(item);
        }
        if (editable) {
            int next = s.instruments().size();
            Button addOne = new Button(getTranslation("strategy.instrument.add"), e -> {
                editor.removeAll();
                editor.add(new InstrumentForm(page.evidenceOptions(), null,
                        draft -> strategies.putInstrument(s.id(), s.version(), next, draft), refresh));
            });
            addOne.setId("instrument-add");
            add(addOne, editor);
        }
    }
}
