package eu.buyzet.portal.security.internal;

import jakarta.servlet.DispatcherType;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import eu.buyzet.portal.security.PortalUserDirectory;
import eu.buyzet.portal.security.ui.LoginView;
import jakarta.servlet.DispatcherType;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import com.vaadin.flow.spring.security.RequestUtil;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.observation.SecurityObservationSettings;
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

    /**
     * Spring Security would wrap each of its filters and every authorization decision in an
     * observation of its own, on every request: several percent of the CPU of a read through the open
     * API (profiled on the generated million), for timers nothing reads. The request as a whole is
     * still observed ({@code http.server.requests}), and so are sign-ins, which are rare
     * ({@code spring.security.authentications}, with failures tagged).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults().shouldObserveRequests(false)
                .shouldObserveAuthorizations(false).build();
    }

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
    SignInThrottle signInThrottle(SignInThrottleSettings settings) {
        return new SignInThrottle(settings, Clock.systemUTC());
    }

    /**
     * Before every other filter, so that the rate limit's and the API edge's refusals, static
     * files and error pages carry the headers too.
     */
    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders(
            @Value("${" + MODE + ":local}") String mode,
            @Value("${spring.security.oauth2.client.provider.keycloak.issuer-uri:}") String issuer) {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(
                new SecurityHeaders("keycloak".equals(mode) ? origin(issuer) : null));
        registration.setOrder(-1100);
        registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
        return registration;
    }

    /** Keycloak's origin ({@code https://login.example.org}), to which its sign-in forms post. */
    static @Nullable String origin(@Nullable String issuer) {
        if (issuer == null || issuer.isBlank()) {
            return null;
        }
        URI uri = URI.create(issuer.strip());
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    @Bean
    @ConditionalOnProperty(name = MODE, havingValue = "local", matchIfMissing = true)
    SecurityFilterChain localSignIn(HttpSecurity http, PortalUserDirectory directory,
                                    @Value("${buyzet.security.recheck-after:10s}") Duration recheck,
                                    RequestUtil requestUtil, SignInThrottle throttle,
                                    ApplicationEventPublisher events) throws Exception {
        publicEndpoints(http, directory, recheck);
        // signing out ends on the sign-in page, as before the start page became public
        // Vaadin exempts the sign-in form's POST from Spring's CSRF check (login CSRF: a foreign
        // site could sign a visitor in as the attacker). Its login form sends the token from the
        // page's _csrf meta tags, so the check is kept; only Vaadin's own requests, which carry
        // Vaadin's token, are exempt.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        SignInThrottleFilter throttling = new SignInThrottleFilter(throttle, events);
        http.addFilterBefore(throttling, UsernamePasswordAuthenticationFilter.class);
        SecurityFilterChain chain = http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login")
                .enableCsrfConfiguration(false)
                .anyRequest(SecurityConfiguration::unknownPathsReachTheRouter)).build();
        // Vaadin configures the form login and offers no hook for its failure handler; configuring
        // formLogin here as well would replace Vaadin's sign-in page with Spring's generated one
        long forms = chain.getFilters().stream().filter(UsernamePasswordAuthenticationFilter.class::isInstance)
                .map(UsernamePasswordAuthenticationFilter.class::cast)
                .peek(form -> form.setAuthenticationFailureHandler(throttling)).count();
        if (forms != 1) {
            throw new IllegalStateException("Expected one form login filter, found " + forms);
        }
        return chain;
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
                // after signing out, back to Keycloak's form, as before the start page became public
                vaadin -> vaadin.oauth2LoginPage("/oauth2/authorization/keycloak", "{baseUrl}/oauth2/authorization/keycloak")
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
                // an error page is the answer to a request already authorised (or refused) once; when
                // it was authorised again, an API failure reached clients as a redirect to sign in
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                // all of /api/: unknown API paths answer 404 as a problem document (shared.api.ApiFallback)
                .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/api/**").permitAll()
                .requestMatchers("/images/**", "/favicon.ico").permitAll()
                // files of public forums are public; AttachmentService decides who may fetch each one
                .requestMatchers("/attachments/**").permitAll());
        // the open API is public and acts on nobody's behalf (no session, no cookies read), so a
        // forged cross-site request gains nothing: scripts may POST to the calculator without a token
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
    }
}
