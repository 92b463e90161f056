package eu.buyzet.portal.footprint.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import eu.buyzet.portal.footprint.calculator.CvdReason;
import eu.buyzet.portal.footprint.calculator.DataQuality;
import eu.buyzet.portal.footprint.calculator.EuroClass;
import eu.buyzet.portal.footprint.calculator.FactorSet;
import eu.buyzet.portal.footprint.calculator.FlowResult;
import eu.buyzet.portal.footprint.calculator.FootprintResult;
import eu.buyzet.portal.footprint.calculator.Sourced;
import eu.buyzet.portal.footprint.calculator.VehicleCategory;
import eu.buyzet.portal.footprint.calculator.WearSource;
import eu.buyzet.portal.shared.Formats;
import eu.buyzet.portal.shared.ui.ReaderFormats;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A footprint result as people read it: the yearly total first, then each flow, each figure with
 * its unit; what the factor set does not cover says so. The factor set's figures and sources are
 * one click away.
 */
public final class FootprintFigures {

    private FootprintFigures() {
    }

    /**
     * @param set the factor set the result was computed with, read only when a reader opens its
     *            sources (most never do); null when the sources are not to be offered
     */
    public static Div of(Component context, FootprintResult result, @Nullable Supplier<FactorSet> set) {
        // the component's locale, not its UI's: a card is built before it is attached
        Locale locale = ReaderFormats.of(context).locale();
        Div figures = new Div();
        figures.addClassName("footprint-figures");
        H3 total = new H3(context.getTranslation("footprint.total"));
        // a single flow is shown as the total only, which then gives the flow's reason for its directive class
        CvdReason totalReason = result.flows().size() == 1 ? result.flows().getFirst().cvdReason() : null;
        figures.add(total, headline(context, result.total(), locale),
                list(context, result.total(), totalReason, locale),
                dataQuality(context, result.dataQuality(), locale));
        if (result.total().quietShare() != null) {
            Paragraph noise = new Paragraph(context.getTranslation("footprint.quiet.method"));
            noise.addClassNames("helper", "footprint-noise-method");
            figures.add(noise);
        }
        figures.getElement().setAttribute("aria-label", context.getTranslation("footprint.results"));
        if (result.flows().size() > 1) {
            for (int i = 0; i < result.flows().size(); i++) {
                Details flow = new Details(context.getTranslation("footprint.flow", i + 1),
                        list(context, result.flows().get(i), result.flows().get(i).cvdReason(), locale));
                flow.addClassName("footprint-flow");
                figures.add(flow);
            }
        }
        Paragraph computed = new Paragraph(context.getTranslation("footprint.computed-with", result.factorSetName(),
                result.factorSetVersion(), result.factorSetId()));
        computed.addClassName("helper");
        computed.setId("footprint-factor-set");
        figures.add(computed);
        if (set != null) {
            figures.add(sources(context, set, locale));
        }
        figures.add(scope(context));
        return figures;
    }

    /**
     * Well-to-wheel, as ISO 14083 and GLEC report it, beside the territorial tailpipe figure that
     * Oslo's climate budget counts: two readers, two headlines, neither a footnote of the other.
     */
    private static Div headline(Component c, FlowResult total, Locale locale) {
        Paragraph wtw = new Paragraph(c.getTranslation("footprint.headline.wtw", number(total.co2eWtwKg(), locale)));
        wtw.addClassName("headline-wtw");
        Paragraph ttw = new Paragraph(c.getTranslation("footprint.headline.tailpipe", number(total.co2eTtwKg(), locale)));
        ttw.addClassName("headline-tailpipe");
        Div headline = new Div(wtw, ttw);
        headline.addClassName("footprint-headline");
        return headline;
    }

    private static Paragraph dataQuality(Component c, @Nullable DataQuality q, Locale locale) {
        Formats formats = Formats.of(locale);
        Paragraph line = new Paragraph(q == null ? c.getTranslation("footprint.data-quality.not-recorded")
                : c.getTranslation("footprint.data-quality", formats.percent(q.defaultShare()),
                        formats.percent(q.declaredShare()), formats.percent(q.measuredShare())));
        line.addClassNames("helper", "footprint-data-quality");
        return line;
    }

    private static Paragraph scope(Component c) {
        Anchor method = new Anchor("footprint/calculator#footprint-method", c.getTranslation("footprint.scope.method"));
        // a link inside a sentence must not be told apart by colour alone (WCAG 1.4.1)
        method.getStyle().set("text-decoration", "underline");
        Paragraph scope = new Paragraph(new Text(c.getTranslation("footprint.scope") + " "), method);
        scope.addClassNames("helper", "footprint-scope");
        return scope;
    }

    private static DescriptionList list(Component c, FlowResult r, @Nullable CvdReason reason, Locale locale) {
        DescriptionList list = new DescriptionList();
        list.addClassName("footprint-list");
        add(list, c.getTranslation("footprint.co2e-wtw"), number(r.co2eWtwKg(), locale) + " kg CO2e", "co2e-wtw");
        add(list, c.getTranslation("footprint.co2e-wtt"), number(r.co2eWttKg(), locale) + " kg CO2e", "co2e-wtt");
        add(list, c.getTranslation("footprint.co2e-ttw"), number(r.co2eTtwKg(), locale) + " kg CO2e", "co2e-ttw");
        if (r.co2eIndirectLandUseKg() != null) {
            add(list, c.getTranslation("footprint.co2e-indirect-land-use"),
                    number(r.co2eIndirectLandUseKg(), locale) + " kg CO2e", "co2e-indirect-land-use");
        }
        add(list, c.getTranslation("footprint.vehicle-km"), number(r.vehicleKm(), locale) + " km", "vehicle-km");
        add(list, c.getTranslation("footprint.energy"), r.energy() == null ? c.getTranslation("footprint.mixed-units")
                : number(r.energy(), locale) + " "
                        + Objects.requireNonNull(r.energyUnit(), "an energy comes with its unit").symbol(), "energy");
        if (r.gridElectricityKwh() != null) {
            add(list, c.getTranslation("footprint.grid-electricity"), number(r.gridElectricityKwh(), locale) + " kWh",
                    "grid-electricity");
        }
        if (r.energyData() != null) {
            add(list, c.getTranslation("footprint.energy-data"),
                    c.getTranslation("footprint.energy-data." + r.energyData().name().toLowerCase(Locale.ROOT)),
                    "energy-data");
        }
        if (r.tonneKm() != null) {
            add(list, c.getTranslation("footprint.tonne-km"), number(r.tonneKm(), locale) + " tkm", "tonne-km");
        }
        load(c, r, locale, list);
        add(list, "NOx", r.noxG() == null ? c.getTranslation("footprint.not-covered") : number(r.noxG(), locale) + " g", "nox");
        add(list, c.getTranslation("footprint.pm"),
                r.pmG() == null ? c.getTranslation("footprint.not-covered") : number(r.pmG(), locale) + " g", "pm");
        // results stored before decision 034 have no split: they show the total only, as published
        if (r.pmExhaustG() != null || r.pmNonExhaustG() != null) {
            add(list, c.getTranslation("footprint.pm-exhaust"), grams(c, r.pmExhaustG(), locale), "pm-exhaust");
            add(list, c.getTranslation("footprint.pm-non-exhaust"), grams(c, r.pmNonExhaustG(), locale),
                    "pm-non-exhaust");
            add(list, c.getTranslation("footprint.pm10-non-exhaust"), grams(c, r.pm10NonExhaustG(), locale),
                    "pm10-non-exhaust");
        }
        if (r.euroClass() != null) {
            String stage = c.getTranslation("footprint.euro-class." + r.euroClass().name());
            add(list, c.getTranslation("footprint.euro-class.of-figures"), r.euroClassAssumed()
                    ? c.getTranslation("footprint.euro-class.assumed", stage) : stage, "euro-class");
        } else if (r.euroClassAssumed()) {
            add(list, c.getTranslation("footprint.euro-class.of-figures"), c.getTranslation("footprint.euro-class.some-assumed"),
                    "euro-class");
        }
        add(list, c.getTranslation("footprint.zero-emission-share"), Formats.of(locale).percent(r.zeroEmissionShare()),
                "ze-share");
        if (r.quietShare() != null) {
            add(list, c.getTranslation("footprint.quiet-share"), Formats.of(locale).percent(r.quietShare()),
                    "quiet-share");
        }
        String cvd = c.getTranslation("footprint.cvd." + r.cvdClass().name().toLowerCase(Locale.ROOT));
        // results stored before decision 036 have no reason and keep the class they were stored with
        add(list, c.getTranslation("footprint.cvd-class"), reason == null ? cvd
                : c.getTranslation("footprint.cvd.with-reason", cvd,
                        c.getTranslation("footprint.cvd.reason." + reason.name())), "cvd");
        return list;
    }

    /**
     * Load factor, empty running and CO2e per tonne-km (decision 039): only where the result has
     * them, so results stored before show what they showed.
     */
    private static void load(Component c, FlowResult r, Locale locale, DescriptionList list) {
        Formats formats = Formats.of(locale);
        if (r.loadFactor() != null) {
            add(list, c.getTranslation("footprint.load-factor"), formats.percent(r.loadFactor()), "load-factor");
        }
        if (r.emptyRunningShare() != null) {
            add(list, c.getTranslation("footprint.empty-running"), formats.percent(r.emptyRunningShare()),
                    "empty-running");
        } else if (r.tonneKm() != null && r.quietShare() != null) {
            add(list, c.getTranslation("footprint.empty-running"),
                    c.getTranslation("footprint.empty-running.not-declared"), "empty-running");
        }
        if (r.co2eWtwGPerTkm() != null) {
            add(list, c.getTranslation("footprint.co2e-wtw-per-tkm"),
                    number(r.co2eWtwGPerTkm(), locale) + " g CO2e/tkm", "co2e-wtw-per-tkm");
        }
        if (r.co2eTtwGPerTkm() != null) {
            add(list, c.getTranslation("footprint.co2e-tailpipe-per-tkm"),
                    number(r.co2eTtwGPerTkm(), locale) + " g CO2e/tkm", "co2e-tailpipe-per-tkm");
        }
    }

    private static String grams(Component c, @Nullable Double value, Locale locale) {
        return value == null ? c.getTranslation("footprint.not-covered") : number(value, locale) + " g";
    }

    private static void add(DescriptionList list, String term, String value, String name) {
        DescriptionList.Description description = new DescriptionList.Description(value);
        description.addClassName("figure-" + name);
        list.add(new DescriptionList.Term(term), description);
    }

    public static String number(double value, Locale locale) {
        return Formats.of(locale).figure(value);
    }

    /**
     * The set's figures with their citations, read and drawn when a reader opens them: a set has
     * hundreds of figures (exhaust by Euro class), and every footprint card kept them all in its
     * page's state, 40 KB of each session's heap on a submission page (heap dump of 2026-12-06), and
     * read them all from the database for every page view.
     */
    private static Details sources(Component c, Supplier<FactorSet> set, Locale locale) {
        Details details = new Details(c.getTranslation("footprint.sources"));
        details.setId("footprint-sources");
        details.addOpenedChangeListener(e -> {
            if (e.isOpened() && details.getContent().findAny().isEmpty()) {
                details.add(sourcesBody(c, set.get(), locale));
            }
        });
        return details;
    }

    private static Div sourcesBody(Component c, FactorSet set, Locale locale) {
        UnorderedList list = new UnorderedList();
        set.carriers().values().stream().sorted(Comparator.comparing(FactorSet.CarrierFactors::carrier)).forEach(f -> {
            String carrier = c.getTranslation("footprint.carrier." + f.carrier().name().toLowerCase(Locale.ROOT));
            list.add(item(c, carrier + ", WTT", f.wttKgPerUnit(), "kg CO2e/" + f.unit().symbol(), locale));
            list.add(item(c, carrier + ", TTW", f.ttwKgPerUnit(), "kg CO2e/" + f.unit().symbol(), locale));
        });
        set.vehicles().values().forEach(v -> {
            if (v.energyPerKm() != null) {
                list.add(item(c, vehicle(c, v.key().category()) + " " + c.getTranslation("footprint.carrier."
                                + v.key().carrier().name().toLowerCase(Locale.ROOT)), v.energyPerKm(),
                        v.key().carrier().unit().symbol() + "/km", locale));
            }
        });
        set.exhaust().values().stream().sorted(Comparator.comparing(e -> e.key().toString())).forEach(e -> {
            String what = vehicle(c, e.key().category()) + " " + c.getTranslation("footprint.carrier."
                    + e.key().carrier().name().toLowerCase(Locale.ROOT)) + " "
                    + (e.key().euroClass() == EuroClass.PRE_EURO ? c.getTranslation("footprint.euro-class.PRE_EURO")
                    : e.key().euroClass().label(e.key().category()));
            if (e.noxGPerKm() != null) {
                list.add(item(c, what + ", NOx", e.noxGPerKm(), "g/km", locale));
            }
            if (e.pm25GPerKm() != null) {
                list.add(item(c, what + ", PM2.5", e.pm25GPerKm(), "g/km", locale));
            }
        });
        set.wear().values().stream().sorted(Comparator.comparing(w -> w.key().toString())).forEach(w -> {
            String what = vehicle(c, w.key().category()) + " " + c.getTranslation("footprint.wear."
                    + w.key().source().name().toLowerCase(Locale.ROOT));
            if (w.pm25GPerKm() != null) {
                list.add(item(c, what + ", PM2.5", w.pm25GPerKm(), "g/km", locale));
            }
            if (w.pm10GPerKm() != null) {
                list.add(item(c, what + ", PM10", w.pm10GPerKm(), "g/km", locale));
            }
        });
        Div body = new Div(new Paragraph(set.boundary()), new Paragraph(set.electricityBasis()), list);
        if (!set.wear().isEmpty()) {
            boolean studded = set.wear().keySet().stream().anyMatch(k -> k.source() == WearSource.ROAD_STUDDED);
            body.add(new Paragraph(c.getTranslation(studded ? "footprint.wear.studded-tyres.declared"
                    : "footprint.wear.studded-tyres")));
        }
        return body;
    }

    private static String vehicle(Component c, VehicleCategory category) {
        return c.getTranslation("footprint.vehicle." + category.name().toLowerCase(Locale.ROOT));
    }

    private static ListItem item(Component c, String what, Sourced figure, String unit, Locale locale) {
        return new ListItem(what + ": " + number(figure.value(), locale) + " " + unit + " — " + figure.source());
    }
}
