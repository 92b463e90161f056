package eu.buyzet.portal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import org.atmosphere.cpr.AtmosphereFramework;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The push WebSocket's receiving buffers are what {@link PushBuffers} sets, not Vaadin's 16 K: the
 * settings each new socket's endpoint reads (Atmosphere's JSR 356 endpoint reads them when the socket
 * opens) once the portal has served a page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "buyzet.database.embedded-dir=target/test-postgres/${random.uuid}",
        "vaadin.launch-browser=false", "buyzet.jobs.enabled=false"})
class PushBuffersIT {

    @LocalServerPort int port;
    @Autowired ServletContext servletContext;

    @Test
    void a_push_socket_opens_with_small_receiving_buffers_instead_of_vaadins_16_k() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);

        AtmosphereFramework atmosphere = Collections.list(servletContext.getAttributeNames()).stream()
                .filter(name -> name.startsWith(JSR356WebsocketInitializer.getAttributeName("")))
                .map(servletContext::getAttribute).filter(AtmosphereFramework.class::isInstance)
                .map(AtmosphereFramework.class::cast).findFirst().orElseThrow();
        var config = atmosphere.getAtmosphereConfig();
        assertThat(config.getInitParameter("org.atmosphere.websocket.maxTextMessageSize")).isEqualTo(PushBuffers.SIZE);
        assertThat(config.getInitParameter("org.atmosphere.websocket.maxBinaryMessageSize")).isEqualTo(PushBuffers.SIZE);
    }
}
