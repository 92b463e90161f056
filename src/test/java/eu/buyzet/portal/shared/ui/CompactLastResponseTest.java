package eu.buyzet.portal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

class CompactLastResponseTest {

    @Test
    void a_large_last_response_is_kept_deflated_between_requests_and_comes_back_as_it_was() {
        UI ui = new UI();
        String page = "{\"syncId\":7,\"changes\":[" + "{\"node\":12,\"type\":\"put\",\"key\":\"text\",\"feat\":7,"
                + "\"value\":\"Čáhcesuolu – Grønn Håndverk AS 😀\"},".repeat(400) + "{}]}";
        ui.getInternals().setLastRequestResponse(page);

        CompactLastResponse.deflate(ui);
        assertThat(ui.getInternals().getLastRequestResponse()).as("not kept as text between requests").isNull();

        CompactLastResponse.inflate(ui);
        assertThat(ui.getInternals().getLastRequestResponse()).isEqualTo(page);
    }

    @Test
    void a_small_last_response_stays_as_it_is() {
        UI ui = new UI();
        ui.getInternals().setLastRequestResponse("{\"syncId\":8,\"changes\":[]}");
        CompactLastResponse.deflate(ui);
        assertThat(ui.getInternals().getLastRequestResponse()).isEqualTo("{\"syncId\":8,\"changes\":[]}");
        CompactLastResponse.inflate(ui);
        assertThat(ui.getInternals().getLastRequestResponse()).isEqualTo("{\"syncId\":8,\"changes\":[]}");
    }
}
