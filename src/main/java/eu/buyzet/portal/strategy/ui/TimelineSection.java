package eu.buyzet.portal.strategy.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import eu.buyzet.portal.shared.Formats;
import eu.buyzet.portal.shared.ui.EmptyState;
import eu.buyzet.portal.shared.ui.ReaderFormats;
import eu.buyzet.portal.strategy.TenderWindow;
import eu.buyzet.portal.strategy.TimelineWarning;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The tender windows of a strategy's contracts, in the order they must be announced: when each
 * contract ends, when to start preparing and the day to announce by, and each warning in words
 * with the step that deals with it. A list, not a chart: the dates are what the reader acts on,
 * and a list reads the same to everyone.
 */
class TimelineSection extends Section {

    TimelineSection(List<TenderWindow> windows) {
        setId("strategy-timeline");
        addClassName("strategy-timeline");
        add(new H2(getTranslation("strategy.timeline.heading")));
        if (windows.isEmpty()) {
            add(EmptyState.of(getTranslation("strategy.timeline.empty")));
            return;
        }
        Paragraph lead = new Paragraph(getTranslation("strategy.timeline.lead"));
        lead.addClassName("helper");
        add(lead);
        Formats formats = ReaderFormats.of(this);
        OrderedList list = new OrderedList();
        list.setId("strategy-timeline-windows");
        windows.forEach(w -> list.add(window(w, formats)));
        add(list);
    }

    private ListItem window(TenderWindow w, Formats formats) {
        ListItem item = new ListItem();
        item.addClassName("tender-window");
        item.getElement().setAttribute("data-contract", w.contract().toString());
        item.add(new H3(w.contractTitle()));
        LocalDate ends = w.contractEnds();
        LocalDate opens = w.opens();
        LocalDate announceBy = w.announceBy();
        if (ends != null && opens != null && announceBy != null) {
            Paragraph dates = new Paragraph(getTranslation("strategy.timeline.dates", formats.date(ends),
                    formats.date(opens), formats.date(announceBy)));
            dates.addClassName("tender-window-dates");
            item.add(dates);
        }
        if (w.warnings().isEmpty()) {
            Paragraph fine = new Paragraph(getTranslation("strategy.timeline.on-track"));
            fine.addClassName("tender-window-on-track");
            item.add(fine);
            return item;
        }
        UnorderedList warnings = new UnorderedList();
        warnings.addClassName("notice");
        for (TimelineWarning warning : w.warnings()) {
            String key = "strategy.timeline.warning." + warning.name().toLowerCase(Locale.ROOT).replace('_', '-');
            ListItem line = new ListItem(getTranslation(key) + " " + getTranslation(key + ".next"));
            line.addClassName("timeline-warning-" + warning.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            warnings.add(line);
        }
        item.add(warnings);
        return item;
    }
}
