package eu.buyzet.portal.security.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The metrics a Prometheus inside the cluster scrapes ({@code /actuator/prometheus}, sessions per
 * node for the autoscaler) are answered only on a separate management port
 * ({@code MANAGEMENT_SERVER_PORT}, which the manifests keep out of the Service and the ingress). On
 * the public port they stay refused, as every actuator endpoint but health is.
 */
@Configuration(proxyBeanMethods = false)
class ManagementPortSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain managementPort(HttpSecurity http, @Value("${management.server.port:-1}") int port,
                                       @Value("${server.port:8080}") int serverPort) throws Exception {
        // the same port as the public one is no management port of its own (Spring Boot then serves both together)
        boolean separate = port > 0 && port != serverPort;
        return http
                .securityMatcher(request -> separate && request.getLocalPort() == port)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
