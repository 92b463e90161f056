package eu.buyzet.portal.shared.api;

import eu.buyzet.portal.shared.database.SharedBuckets;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The open API's limit per client ({@link ClientRateLimit}) on {@code /api/**}, for all nodes together
 * unless {@code buyzet.api.rate-limit.shared} is off. Whether a request is an API request is decided
 * on the routed path ({@link ApiPaths}).
 */
@Component
@Order(ClientRateLimit.ORDER)
class ApiRateLimit extends ClientRateLimit {

    ApiRateLimit(@Value("${buyzet.api.rate-limit.capacity:120}") long capacity,
                 @Value("${buyzet.api.rate-limit.per-minute:60}") long perMinute,
                 @Value("${buyzet.api.rate-limit.shared:true}") boolean shared, SharedBuckets store) {
        super(capacity, perMinute, shared, store, "api");
    }

    @Override
    protected boolean applies(HttpServletRequest request) {
        return ApiPaths.isApi(request);
    }
}
