package eu.buyzet.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Horizontal bars comparing a few figures, drawn by Apache ECharts (frontend/components). The
 * chart is an image to assistive technology, labelled with the same figures in words; pages show
 * the figures as text too.
 */
@Tag("buyzet-bar-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/buyzet-bar-chart.js")
public class BarChart extends Component implements HasSize {

    public record Bar(String label, double value, String color) {
    }

    public BarChart(String description, String unit, List<Bar> bars) {
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", description + ": " + bars.stream()
                .map(b -> b.label() + " " + ReaderFormats.of(this).figure(b.value()) + " " + unit)
                .collect(Collectors.joining("; ")));
        getElement().setAttribute("data", "{\"unit\":" + quote(unit) + ",\"categories\":["
                + bars.stream().map(b -> quote(b.label())).collect(Collectors.joining(",")) + "],\"values\":["
                + bars.stream().map(b -> value(b.value())).collect(Collectors.joining(","))
                + "],\"colors\":[" + bars.stream().map(b -> quote(b.color())).collect(Collectors.joining(",")) + "]}");
        setHeight((3 + 2.5 * bars.size()) + "rem");
        setWidthFull();
    }

    /**
     * A bar's figure as the chart labels it (in the page's language, by the browser): a tenth from 1
     * up, three decimals below, so that a bar of 0.041 t is not labelled 0.
     */
    static String value(double v) {
        if (!Double.isFinite(v)) {
            return "0";
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 1 || v == 0 ? "%.1f" : "%.3f", v);
    }

    /** A JSON string literal; labels are the portal's own texts and names people typed. */
    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
