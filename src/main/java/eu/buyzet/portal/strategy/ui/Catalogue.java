package eu.buyzet.portal.strategy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import eu.buyzet.portal.strategy.Instrument;

/** An instrument's entry in the catalogue: what it is, its typical effect and its legal footing. */
final class Catalogue {

    private Catalogue() {
    }

    static DescriptionList of(Component context, Instrument i) {
        DescriptionList list = new DescriptionList();
        list.addClassName("footprint-list");
        String key = "strategy.instrument." + i.name();
        for (String part : new String[] {"explanation", "effect", "footing"}) {
            list.add(new DescriptionList.Term(context.getTranslation("strategy.instrument." + part)),
                    new DescriptionList.Description(context.getTranslation(key + "." + part)));
        }
        return list;
    }
}
