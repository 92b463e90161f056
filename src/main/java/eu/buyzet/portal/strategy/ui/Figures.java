package eu.buyzet.portal.strategy.ui;

import com.vaadin.flow.component.html.DescriptionList;
import eu.buyzet.portal.shared.Formats;
import eu.buyzet.portal.strategy.ScenarioFigures;
import org.jspecify.annotations.Nullable;

/** A year's figures as a list of terms, in the reader's number format; not covered is said, never shown as 0. */
final class Figures {

    private Figures() {
    }

    static DescriptionList of(ScenarioFigures f, @Nullable Double energyKwh, Formats formats, String idPrefix) {
        DescriptionList list = new DescriptionList();
        list.addClassName("footprint-list");
        list.setId(idPrefix);
        add(list, "strategy.figure.trips", f.trips(), formats, idPrefix + "-trips");
        add(list, "strategy.figure.vehicle-km", f.vehicleKm(), formats, idPrefix + "-vehicle-km");
        add(list, "strategy.figure.co2e-wtw", f.co2eWtwKg(), formats, idPrefix + "-co2e-wtw");
        add(list, "strategy.figure.co2e-tailpipe", f.co2eTailpipeKg(), formats, idPrefix + "-co2e-tailpipe");
        add(list, "strategy.figure.nox", f.noxG(), formats, idPrefix + "-nox");
        add(list, "strategy.figure.pm", f.pmG(), formats, idPrefix + "-pm");
        if (energyKwh != null) {
            add(list, "strategy.figure.energy", energyKwh, formats, idPrefix + "-energy");
        }
        text(list, "strategy.figure.ze-share", formats.percent(f.zeroEmissionSharePercent() / 100), idPrefix + "-ze");
        text(list, "strategy.figure.cvd-share", formats.percent(f.cvdCleanSharePercent() / 100), idPrefix + "-cvd");
        return list;
    }

    private static void add(DescriptionList list, String key, @Nullable Double value, Formats formats, String id) {
        text(list, key, value == null ? list.getTranslation("strategy.figure.not-covered") : formats.figure(value), id);
    }

    static void text(DescriptionList list, String key, String value, String id) {
        DescriptionList.Description description = new DescriptionList.Description(value);
        description.setId(id);
        list.add(new DescriptionList.Term(list.getTranslation(key)), description);
    }
}
