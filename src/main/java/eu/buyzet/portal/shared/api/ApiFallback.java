package eu.buyzet.portal.shared.api;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * A path under {@code /api/} that no controller has is answered 404 as a problem document. Without
 * this, Vaadin's catch-all mapping took it and served the portal's HTML page with 200. The mapping
 * comes right after the controllers' (order 0), so a real endpoint always wins, and a real path
 * asked with the wrong method still gets Spring's 405.
 */
@Configuration(proxyBeanMethods = false)
class ApiFallback {

    @Bean
    SimpleUrlHandlerMapping apiFallbackMapping() {
        HttpRequestHandler notFound = (request, response) ->
                ProblemResponses.write(response, 404, "not-found", "No such path in the API", null);
        return new SimpleUrlHandlerMapping(Map.of("/api/**", notFound), 1);
    }
}
