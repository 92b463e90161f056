package eu.buyzet.portal.shared.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * Which requests belong to the open API. The decision uses the path as the container routes it
 * (percent-decoded, dot segments resolved, repeated slashes merged), never the raw request URI:
 * {@code /%61pi/v1/forums} and {@code /api/v1/./forums} reach the same controller as
 * {@code /api/v1/forums}, so they must meet the same rate limit and the same rules.
 */
public final class ApiPaths {

    private ApiPaths() {
    }

    /** The path within the application, decoded and normalised as the container routes it. */
    static String routed(HttpServletRequest request) {
        String path = request.getServletPath();
        if (request.getPathInfo() != null) {
            path = path + request.getPathInfo();
        }
        if (path.isEmpty()) {
            return "/";
        }
        return path.replaceAll("/{2,}", "/");
    }

    /** Under {@code /api/}, in whatever letter case: the router is case-sensitive, a rate limit must not be. */
    public static boolean isApi(HttpServletRequest request) {
        String path = routed(request).toLowerCase(Locale.ROOT);
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** Under {@code /api/} in the only spelling the API answers to. */
    static boolean isExactlyApi(HttpServletRequest request) {
        String path = routed(request);
        return path.equals("/api") || path.startsWith("/api/");
    }
}
