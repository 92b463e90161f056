package eu.buyzet.portal.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.buyzet.portal.TestUsers;
import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.security.PortalUserDirectory;
import eu.buyzet.portal.security.Role;
import eu.buyzet.portal.shared.MemberId;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The recheck of a signed-in member's right to sign in, when the database cannot be asked: the
 * request goes on with the last answer instead of failing (a busy pool once turned every page into
 * a 500 under 200 active people), while a suspension the database does report still ends the session
 * and any other failure is not hidden.
 */
class StillAllowedFilterTest {

    private final PortalUser member = TestUsers.withRoles(Role.SUPPLIER);
    /** What the directory answers next: true, false, or a failure. */
    private final Deque<Supplier<Boolean>> answers = new ArrayDeque<>();
    private final StillAllowedFilter filter = new StillAllowedFilter(new Directory(), Clock.systemUTC(), Duration.ZERO);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_database_out_of_reach_lets_the_request_go_on_with_the_members_last_answer() throws Exception {
        answers.add(() -> true);
        answers.add(() -> {
            throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction");
        });
        MockHttpSession session = new MockHttpSession();

        MockFilterChain first = request(session);
        MockFilterChain second = request(session);

        assertThat(first.getRequest()).isNotNull();
        assertThat(second.getRequest()).as("the chain went on").isNotNull();
        assertThat(session.isInvalid()).isFalse();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNotNull();
    }

    @Test
    void a_member_who_may_no_longer_sign_in_loses_the_session_at_the_next_request() throws Exception {
        answers.add(() -> false);
        MockHttpSession session = new MockHttpSession();

        request(session);

        assertThat(session.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void a_failure_that_is_not_the_database_being_out_of_reach_is_not_hidden() {
        answers.add(() -> {
            throw new IllegalStateException("a bug");
        });
        assertThatThrownBy(() -> request(new MockHttpSession())).isInstanceOf(IllegalStateException.class);
    }

    private MockFilterChain request(MockHttpSession session) throws Exception {
        TestUsers.signIn(SecurityContextHolder.getContextHolderStrategy(), member);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/forums");
        request.setSession(session);
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        return chain;
    }

    private final class Directory implements PortalUserDirectory {

        @Override
        public boolean mayStillSignIn(MemberId id) {
            return answers.remove().get();
        }

        @Override
        public Optional<PortalUser> findActiveByEmail(String email) {
            return Optional.empty();
        }

        @Override
        public Optional<PortalUser> signInWithKeycloak(String subject, String email, boolean emailVerified,
                                                       Set<Role> roles) {
            return Optional.empty();
        }

        @Override
        public void requestMembership(String subject, String email, String displayName) {
        }
    }
}
