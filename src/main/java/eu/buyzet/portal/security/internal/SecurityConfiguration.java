package eu.buyzet.portal.security.internal;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import eu.buyzet.portal.security.PortalUserDirectory;
import eu.buyzet.portal.security.ui.LoginView;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two ways to sign in, chosen by {@code buyzet.auth.mode}: {@code local} (default; accounts in
 * the portal's database) or {@code keycloak} (OIDC, see docs/decisions/003-two-sign-in-modes.md).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    static final String MODE = "buyzet.auth.mode";
    static final String SIGN_IN_PROBLEM = "/signin-problem";

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, and able to verify and upgrade older hashes as Spring's defaults move on
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @ConditionalOnProperty(name = MODE, havingValue = "local", matchIfMissing = true)
    LocalUserDetailsService localUserDetailsService(PortalUserDirectory directory, LocalAccountRepository accounts) {
        return new LocalUserDetailsService(directory, accounts);
    }

    @Bean
    @ConditionalOnProperty(name = MODE, havingValue = "local", matchIfMissing = true)
    SecurityFilterChain localSignIn(HttpSecurity http, PortalUserDirectory directory,
                                    @Value("${buyzet.security.recheck-after:10s}") Duration recheck) throws Exception {
        publicEndpoints(http, directory, recheck);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(SecurityConfiguration::unknownPathsReachTheRouter)).build();
    }

    @Bean
    @ConditionalOnProperty(name = MODE, havingValue = "keycloak")
    SecurityFilterChain keycloakSignIn(HttpSecurity http, PortalUserDirectory directory,
                                       @Value("${buyzet.security.recheck-after:10s}") Duration recheck) throws Exception {
        publicEndpoints(http, directory, recheck);
        http.oauth2Login(oauth -> oauth
                .failureHandler((request, response, exception) -> {
                    String code = exception instanceof OAuth2AuthenticationException failure
                            ? failure.getError().getErrorCode() : "";
                    String reason = KeycloakUserService.UNKNOWN_MEMBER.equals(code) ? "unknown"
                            : KeycloakUserService.MEMBERSHIP_PENDING.equals(code) ? "pending" : "failed";
                    response.sendRedirect(request.getContextPath() + SIGN_IN_PROBLEM + "?reason=" + reason);
                })
                .userInfoEndpoint(info -> info.oidcUserService(new KeycloakUserService(directory))));
        return http.with(VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.oauth2LoginPage("/oauth2/authorization/keycloak", "{baseUrl}/")
                        .anyRequest(SecurityConfiguration::unknownPathsReachTheRouter)).build();
    }

    /**
     * Vaadin denies paths that are no route with an empty 403, which a browser shows as its own
     * error page. Signed-in users instead reach the router, whose not-found page explains it in
     * their language; anonymous users are sent to sign in, as for any other page.
     */
    private static void unknownPathsReachTheRouter(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizedUrl anyRequest) {
        anyRequest.authenticated();
    }

    private static void publicEndpoints(HttpSecurity http, PortalUserDirectory directory, Duration recheck)
            throws Exception {
        // a suspension or a block ends an open session too, at its next request
        http.addFilterBefore(new StillAllowedFilter(directory, java.time.Clock.systemUTC(), recheck),
                org.springframework.security.web.access.intercept.AuthorizationFilter.class);
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/api/v1/**").permitAll()
                .requestMatchers("/images/**", "/favicon.ico").permitAll()
                // files of public forums are public; AttachmentService decides who may fetch each one
                .requestMatchers("/attachments/**").permitAll());
        // the open API is public and acts on nobody's behalf (no session, no cookies read), so a
        // forged cross-site request gains nothing: scripts may POST to the calculator without a token
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/v1/**"));
    }
}
