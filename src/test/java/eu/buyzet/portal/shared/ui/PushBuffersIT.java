package eu.buyzet.portal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import org.atmosphere.cpr.AtmosphereConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.atmosphere.websocket.WebSocket;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A push socket made with the portal's Atmosphere configuration gets {@link PushBuffers}' tiny
 * buffers, not Vaadin's 16 K: the socket is made by Atmosphere's own {@code WebSocket} constructor,
 * which is what reads the setting when a page's socket opens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "buyzet.database.embedded-dir=target/test-postgres/${random.uuid}",
        "vaadin.launch-browser=false", "buyzet.jobs.enabled=false"})
class PushBuffersIT {

    @LocalServerPort int port;
    @Autowired ServletContext servletContext;

    @Test
    void a_push_socket_opens_with_tiny_buffers_instead_of_vaadins_16_k() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);

        AtmosphereFramework atmosphere = Collections.list(servletContext.getAttributeNames()).stream()
                .filter(name -> name.startsWith(JSR356WebsocketInitializer.getAttributeName("")))
                .map(servletContext::getAttribute).filter(AtmosphereFramework.class::isInstance)
                .map(AtmosphereFramework.class::cast).findFirst().orElseThrow();
        Socket socket = new Socket(atmosphere.getAtmosphereConfig());

        assertThat(socket.byteBufferCapacity()).isEqualTo(Integer.parseInt(PushBuffers.SIZE));
        assertThat(socket.charBufferCapacity()).isEqualTo(Integer.parseInt(PushBuffers.SIZE));
    }

    /** Atmosphere's socket as its JSR 356 endpoint makes one, minus the container's session. */
    private static final class Socket extends WebSocket {

        Socket(AtmosphereConfig config) {
            super(config);
        }

        int byteBufferCapacity() {
            return bb.capacity();
        }

        int charBufferCapacity() {
            return cb.capacity();
        }

        @Override
        public boolean isOpen() {
            return false;
        }

        @Override
        public WebSocket write(String data) {
            return this;
        }

        @Override
        public WebSocket write(byte[] data, int offset, int length) {
            return this;
        }

        @Override
        public void close() {
        }
    }
}
