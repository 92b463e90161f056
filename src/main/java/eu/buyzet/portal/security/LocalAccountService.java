package eu.buyzet.portal.security;

import eu.buyzet.portal.security.internal.LocalAccountRepository;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Passwords of local accounts (the embedded default). Only hashes are stored. */
@Service
public class LocalAccountService {

    public static final int MIN_PASSWORD_LENGTH = 12;

    private final LocalAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    LocalAccountService(LocalAccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setPassword(MemberId member, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw ValidationException.of("password", "validation.password.too-short");
        }
        accounts.upsert(member, passwordEncoder.encode(password));
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
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw ValidationException.of("password", "validation.password.too-short");
        }
        return passwordEncoder.encode(password);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public boolean hasPassword(MemberId member) {
        return accounts.findHash(member.value()).isPresent();
    }
}
