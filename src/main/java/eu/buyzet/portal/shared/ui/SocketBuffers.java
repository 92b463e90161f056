package eu.buyzet.portal.shared.ui;

import org.apache.catalina.connector.Connector;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.stereotype.Component;

/**
 * Every open page keeps its push WebSocket open for as long as it is shown, and Tomcat gives every
 * open connection a read and a write buffer of 8 KB each: 16 KB of each signed-in session's heap,
 * found by a heap dump's paths to the roots (decision 066). Tomcat's own advice for many long-lived
 * connections is to make them smaller. A push message or a page larger than the buffer is written in
 * several pieces instead of one, and a request's headers keep their own buffer
 * ({@code server.max-http-request-header-size}), so only a connection's idle cost falls.
 */
@Component
class SocketBuffers implements TomcatConnectorCustomizer {

    /** Bytes per buffer: a typical push message or API answer still fits in one or two writes. */
    static final int SIZE = 4096;

    @Override
    public void customize(Connector connector) {
        connector.setProperty("socket.appReadBufSize", String.valueOf(SIZE));
        connector.setProperty("socket.appWriteBufSize", String.valueOf(SIZE));
    }
}
