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
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * A push socket made with the portal's Atmosphere configuration gets {@link PushBuffers}' tiny
 * buffers, not Vaadin's 16 K: the socket is made by Atmosphere's own {@code WebSocket} constructor,
 * which is what reads the setting when a page's socket opens. Tomcat's own buffers of every connection
 * are {@link SocketBuffers}' size.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "buyzet.database.embedded-dir=target/test-postgres/${random.uuid}",
        "vaadin.launch-browser=false", "buyzet.jobs.enabled=false"})
class PushBuffersIT {

    @LocalServerPort int port;
    @Autowired ServletContext servletContext;
    @Autowired WebServerApplicationContext webServers;

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

    @Test
    void every_connection_gets_tomcats_buffers_at_the_smaller_size_and_a_large_page_still_arrives_whole()
            throws Exception {
        var connector = ((TomcatWebServer) webServers.getWebServer()).getTomcat().getConnector();
        assertThat(connector.getProperty("socket.appReadBufSize")).hasToString(String.valueOf(SocketBuffers.SIZE));
        assertThat(connector.getProperty("socket.appWriteBufSize")).hasToString(String.valueOf(SocketBuffers.SIZE));

        // the API's own description is several buffers long: written in pieces, read whole
        HttpResponse<String> docs = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body().length()).isGreaterThan(5 * SocketBuffers.SIZE);
        assertThat(docs.body()).startsWith("{").endsWith("}");
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
