package eu.buyzet.portal.footprint.components;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import eu.buyzet.portal.footprint.calculator.Flow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Several transport flows edited together, with a button to add one and one on each to remove
 * it (never the last). Field ids start with {@code idPrefix}, so that two lists on one page (a
 * solution and its baseline) stay distinct. The footprint dialog, the calculator and the contract
 * editor use it.
 */
public class FlowList extends Div {

    private final String idPrefix;
    private final String headingKey;
    private final Div editorsBox = new Div();
    private final List<FlowEditor> editors = new ArrayList<>();

    public FlowList(String idPrefix, String headingKey, String addKey) {
        this.idPrefix = idPrefix;
        this.headingKey = headingKey;
        Button add = new Button(getTranslation(addKey), e -> addFlow());
        add.setId(idPrefix + "add");
        add(editorsBox, add);
        addFlow();
    }

    FlowEditor addFlow() {
        FlowEditor editor = new FlowEditor(idPrefix, headingKey, editors.size());
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
