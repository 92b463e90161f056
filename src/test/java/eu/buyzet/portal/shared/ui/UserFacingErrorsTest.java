package eu.buyzet.portal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.shared.ConcurrentEditException;
import eu.buyzet.portal.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class UserFacingErrorsTest {

    @Test
    void something_removed_or_closed_while_the_page_was_open_is_said_so_not_called_unexpected() {
        assertThat(UserFacingErrors.messageKey(new NotFoundException("Submission 7"))).isEqualTo("error.gone");
        assertThat(UserFacingErrors.messageKey(new IllegalStateException("listener", new NotFoundException("x"))))
                .isEqualTo("error.gone");
    }

    @Test
    void a_save_that_lost_to_someone_elses_is_said_so() {
        assertThat(UserFacingErrors.messageKey(new ConcurrentEditException())).isEqualTo("error.concurrent-edit");
    }

    @Test
    void a_control_character_postgresql_cannot_keep_is_said_so_not_called_unexpected() {
        var nul = new org.springframework.dao.DataIntegrityViolationException("insert",
                new java.sql.SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021"));
        assertThat(UserFacingErrors.messageKey(nul)).isEqualTo("error.unstorable-character");
    }

    @Test
    void a_nul_the_driver_refuses_in_a_text_parameter_is_said_so() {
        var nul = new org.springframework.jdbc.UncategorizedSQLException("insert", "insert into comment …",
                new java.sql.SQLException("Zero bytes may not occur in string parameters.", "22023"));
        assertThat(UserFacingErrors.messageKey(nul)).isEqualTo("error.unstorable-character");
        assertThat(UserFacingErrors.messageKey(new java.sql.SQLException("invalid value for parameter", "22023")))
                .isEqualTo("error.unexpected");
    }

    @Test
    void a_refusal_is_access_denied_and_anything_else_unexpected() {
        assertThat(UserFacingErrors.messageKey(new AccessDeniedException("no"))).isEqualTo("error.access-denied");
        assertThat(UserFacingErrors.messageKey(new NullPointerException())).isEqualTo("error.unexpected");
    }
}
