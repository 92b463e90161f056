package eu.buyzet.portal.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The transport-flow editor the footprint dialog, the calculator and the contract editor share.
 * A flow first asks what the person knows (trips, km per year or fuel) and only then shows the
 * fields for it; typing into a field answers that question first where it is still hidden, as a
 * person would before reaching the field.
 */
final class FlowFields {

    /** The answers to "what do you know", in the order they are offered. */
    enum Known { TRIPS, DISTANCE, FUEL }

    private final Page page;
    private final String prefix;

    FlowFields(Page page, String prefix) {
        this.page = page;
        this.prefix = prefix;
    }

    /** A flow's field with its message and help, e.g. "kmPerTrip" of flow 0. */
    Locator field(int index, String field) {
        return page.locator("#" + prefix + index + "-" + field);
    }

    /** The question "what do you know about this transport" of a flow, with its message. */
    Locator known(int index) {
        return field(index, "known");
    }

    /**
     * Answers the question by clicking the answer, and waits until the server has shown the answer's
     * field: a field looked up before then may still be the previous answer's, and be hidden under
     * the next step (a race CI met).
     */
    void choose(int index, Known answer) {
        known(index).locator("vaadin-radio-button").nth(answer.ordinal()).click();
        page.locator("#" + prefix + index + "-" + switch (answer) {
            case TRIPS -> "tripsPerYear";
            case DISTANCE -> "vehicleKmPerYear";
            case FUEL -> "fuelPerYear";
        } + " input").waitFor();
    }

    /** A flow's input, answering first what is known if the field is not shown yet. */
    Locator input(int index, String field) {
        Locator input = page.locator("#" + prefix + index + "-" + field + " input");
        if (!input.isVisible()) {
            choose(index, switch (field) {
                case "vehicleKmPerYear" -> Known.DISTANCE;
                case "fuelPerYear" -> Known.FUEL;
                default -> Known.TRIPS;
            });
        }
        return input;
    }
}
