package eu.buyzet.portal.shared.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlRequestHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Vaadin keeps the whole JSON of each page's last response ({@code UIInternals.lastRequestResponse})
 * so that a request the browser sends again, after a response lost on the way, gets the same bytes.
 * After a navigation that is the whole new page: 37 KB of every signed-in session's heap in the
 * heap dump of 2026-12-06 (30–70 KB in decision 053's). Vaadin reads it only while it handles the
 * next request from that page, under the session's lock; so between requests it is kept here
 * deflated (UIDL JSON shrinks about tenfold) and put back just before that request is handled.
 * If a later Vaadin reads it elsewhere, a re-sent request is what would notice: the
 * {@code LostResponseBrowserIT} loses a response and compares the bytes sent again.
 */
@Component
class CompactLastResponse implements VaadinServiceInitListener {

    /** Responses smaller than this stay as they are: deflating them saves less than it costs. */
    static final int SMALLEST = 2048;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // handlers added here are asked before Vaadin's own, so this one answers every UIDL request
        event.addRequestHandler(new Handler());
    }

    /** The last response of one page, deflated; kept in the UI's data, so serializable with it. */
    static final class Deflated implements Serializable {
        private static final long serialVersionUID = 1L;
        private final byte[] bytes;
        private final int length;

        Deflated(byte[] bytes, int length) {
            this.bytes = bytes;
            this.length = length;
        }
    }

    static final class Handler extends UidlRequestHandler {
        @Override
        public Optional<ResponseWriter> synchronizedHandleRequest(VaadinSession session, VaadinRequest request,
                                                                  VaadinResponse response, String requestBody)
                throws IOException {
            UI ui = session.getService().findUI(request);
            if (ui != null) {
                inflate(ui);
            }
            try {
                return super.synchronizedHandleRequest(session, request, response, requestBody);
            } finally {
                if (ui != null) {
                    deflate(ui);
                }
            }
        }
    }

    static void deflate(UI ui) {
        String last = ui.getInternals().getLastRequestResponse();
        if (last == null || last.length() < SMALLEST) {
            return;
        }
        byte[] json = last.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(json);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 6);
            byte[] chunk = new byte[4096];
            while (!deflater.finished()) {
                out.write(chunk, 0, deflater.deflate(chunk));
            }
            ComponentUtil.setData(ui, Deflated.class, new Deflated(out.toByteArray(), json.length));
            ui.getInternals().setLastRequestResponse(null);
        } finally {
            deflater.end();
        }
    }

    static void inflate(UI ui) {
        @Nullable Deflated kept = ComponentUtil.getData(ui, Deflated.class);
        if (kept == null) {
            return;
        }
        ComponentUtil.setData(ui, Deflated.class, null);
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(kept.bytes);
            byte[] json = new byte[kept.length];
            int read = 0;
            while (read < json.length && !inflater.finished()) {
                int n = inflater.inflate(json, read, json.length - read);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("truncated after " + read + " of " + json.length + " bytes");
                }
                read += n;
            }
            ui.getInternals().setLastRequestResponse(new String(json, 0, read, StandardCharsets.UTF_8));
        } catch (DataFormatException e) {
            throw new UncheckedIOException(new IOException("a response deflated here does not inflate", e));
        } finally {
            inflater.end();
        }
    }
}
