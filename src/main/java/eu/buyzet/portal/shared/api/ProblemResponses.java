package eu.buyzet.portal.shared.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * Problem documents (RFC 9457) written straight to the response, for answers given before or
 * outside Spring MVC: the rate limit, the API's edge, and paths the API does not have.
 */
public final class ProblemResponses {

    static final String TYPE_BASE = "https://buyzet.eu/problems/";

    private ProblemResponses() {
    }

    public static void write(HttpServletResponse response, int status, String type, @Nullable String detail,
                      @Nullable String extraJson)
            throws IOException {
        HttpStatus known = HttpStatus.resolve(status);
        write(response, status, type, known == null ? "Error" : known.getReasonPhrase(), detail, extraJson);
    }

    /** The same, with a title of its own: one a controller's answer to the same problem also carries. */
    public static void write(HttpServletResponse response, int status, String type, String title,
                             @Nullable String detail, @Nullable String extraJson)
            throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        StringBuilder json = new StringBuilder("{\"type\":\"").append(TYPE_BASE).append(type)
                .append("\",\"title\":\"").append(escape(title))
                .append("\",\"status\":").append(status);
        if (detail != null) {
            json.append(",\"detail\":\"").append(escape(detail)).append('"');
        }
        if (extraJson != null) {
            json.append(',').append(extraJson);
        }
        json.append('}');
        byte[] body = json.toString().getBytes(StandardCharsets.UTF_8);
        try {
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        } catch (IllegalStateException writerInUse) {
            response.getWriter().write(json.toString());
        }
        response.flushBuffer();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
