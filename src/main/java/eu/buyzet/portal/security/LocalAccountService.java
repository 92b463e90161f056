package eu.buyzet.portal.security;

import eu.buyzet.portal.security.internal.LocalAccountRepository;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.ValidationException;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Passwords of local accounts (the embedded default). Only hashes are stored. */
@Service
public class LocalAccountService {

    public static final int MIN_PASSWORD_LENGTH = 12;
    /** bcrypt reads no more than 72 bytes; a longer password is refused, never silently cut. */
    public static final int MAX_PASSWORD_BYTES = 72;

    private final LocalAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    LocalAccountService(LocalAccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setPassword(MemberId member, String password) {
        checkLength(password);
        accounts.upsert(member, hashOf(password));
    }

    /**
     * The first password of a member who signed themselves up, already hashed when they chose it.
     * Never replaces a password: that stays an admin's (or the member's own) act.
     */
    @Transactional
    public void createAccount(MemberId member, String passwordHash) {
        if (passwordHash == null || passwordHash.isBlank()) {
            // an empty hash matches no encoder: the member could never sign in, and would get an error page
            throw ValidationException.of("password", "validation.required");
        }
        if (accounts.findHash(member.value()).isPresent()) {
            throw new IllegalStateException("Member " + member + " has a password already");
        }
        accounts.upsert(member, passwordHash);
    }

    /** Hashes a password someone has just chosen, after checking it is long enough. */
    public String hash(String password) {
        checkLength(password);
        return hashOf(password);
    }

    /** The encoder answers null only for a null password. */
    private String hashOf(String password) {
        return Objects.requireNonNull(passwordEncoder.encode(password), "a password has a hash");
    }

    /**
     * At least 12 characters once runs of spaces count as one (so padding is no password), and at
     * most what bcrypt reads: 72 bytes, e.g. 72 plain letters or 36 of æ, ø and å. A longer one
     * gets a message at its field instead of an error page.
     */
    private static void checkLength(String password) {
        if (password == null || password.replaceAll(" {2,}", " ").length() < MIN_PASSWORD_LENGTH) {
            throw ValidationException.of("password", "validation.password.too-short");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw ValidationException.of("password", "validation.password.too-long");
        }
    }
}
