package eu.buyzet.portal.footprint.components;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import eu.buyzet.portal.footprint.calculator.FactorSet;
import eu.buyzet.portal.footprint.calculator.Flow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Several transport flows edited together, with a button to add one and one on each to remove
 * it (never the last). Field ids start with {@code idPrefix}, so that two lists on one page (a
 * solution and its baseline) stay distinct. The footprint dialog, the calculator and the contract
 * editor use it. Give it the factor set its flows will be computed with, so that each flow says
 * which defaults stand in for what is left empty.
 */
public class FlowList extends Div {

    private final String idPrefix;
    private final String headingKey;
    private final Div editorsBox = new Div();
    private final List<FlowEditor> editors = new ArrayList<>();
    private @Nullable FactorSet factors;

    public FlowList(String idPrefix, String headingKey, String addKey) {
        this.idPrefix = idPrefix;
        this.headingKey = headingKey;
        Button add = new Button(getTranslation(addKey), e -> addFlow());
        add.setId(idPrefix + "add");
        add(editorsBox, add);
        addFlow();
    }

    FlowEditor addFlow() {
        FlowEditor editor = new FlowEditor(idPrefix, headingKey, editors.size(), factors);
        editor.remove.addClickListener(e -> {
            editors.remove(editor);
            editorsBox.remove(editor);
            renumber();
        });
        editors.add(editor);
        editorsBox.add(editor);
        renumber();
        return editor;
    }

    /** The factor set the flows will be computed with; its defaults are shown as defaults. */
    public void setFactorSet(@Nullable FactorSet factors) {
        this.factors = factors;
        editors.forEach(e -> e.setFactorSet(factors));
    }

    private void renumber() {
        for (int i = 0; i < editors.size(); i++) {
            editors.get(i).setIndex(i);
            editors.get(i).remove.setVisible(editors.size() > 1);
        }
    }

    /**
     * Whether every number in every flow reads, marking each one that does not; check before
     * {@link #flows()}, which leaves an unreadable number out.
     */
    public boolean check() {
        boolean ok = true;
        for (FlowEditor editor : editors) {
            ok &= editor.check();
        }
        return ok;
    }

    public List<Flow> flows() {
        return editors.stream().map(FlowEditor::toFlow).toList();
    }

    public void setFlows(List<Flow> flows) {
        editors.clear();
        editorsBox.removeAll();
        if (flows.isEmpty()) {
            addFlow();
        }
        flows.forEach(f -> addFlow().fill(f));
    }

    /** Every field, by the path the calculator's messages use: {@code <path>[i].kmPerTrip}. */
    public void collectFields(String path, Map<String, HasValidation> into) {
        for (int i = 0; i < editors.size(); i++) {
            int index = i;
            editors.get(i).fields().forEach((name, field) -> into.put(path + "[" + index + "]." + name, field));
        }
    }
}
