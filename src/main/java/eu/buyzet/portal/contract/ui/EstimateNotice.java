package eu.buyzet.portal.contract.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import eu.buyzet.portal.contract.SpendEstimate;
import eu.buyzet.portal.footprint.components.FootprintFigures;
import eu.buyzet.portal.shared.Formats;
import java.util.Locale;

/**
 * An estimate from spend, said as one: the figures, the ratio and vehicle it assumes, and where
 * the ratio comes from, so that nobody takes it for declared transport (decision 033).
 */
final class EstimateNotice {

    private EstimateNotice() {
    }

    static Div of(Component context, Locale locale, SpendEstimate e) {
        Span badge = badge(context);
        Paragraph figures = new Paragraph(context.getTranslation("contracts.estimate.figures",
                FootprintFigures.number(Math.round(e.trips()), locale),
                FootprintFigures.number(Math.round(e.vehicleKm()), locale)));
        Paragraph basis = new Paragraph(context.getTranslation("contracts.estimate.basis",
                Formats.of(locale).amount(e.annualValue()) + " " + e.currency(), e.cpvPrefix(),
                FootprintFigures.number(e.tripsPerMillion(), locale), e.currency(),
                FootprintFigures.number(e.kmPerTrip(), locale),
                context.getTranslation("footprint.vehicle." + e.vehicleCategory().name().toLowerCase(Locale.ROOT)),
                context.getTranslation("footprint.carrier." + e.energyCarrier().name().toLowerCase(Locale.ROOT))));
        Paragraph source = new Paragraph(context.getTranslation("contracts.estimate.source", e.source()));
        source.addClassName("helper");
        Div notice = new Div(badge, figures, basis, source);
        notice.addClassName("notice");
        notice.addClassName("spend-estimate");
        return notice;
    }

    /** The word "estimate" beside any figure that is one. */
    static Span badge(Component context) {
        Span badge = new Span(context.getTranslation("contracts.estimate.badge"));
        badge.addClassName("estimate-badge");
        badge.getStyle().set("font-weight", "700");
        return badge;
    }
}
