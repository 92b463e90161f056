package eu.buyzet.portal.security;

import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import eu.buyzet.portal.security.internal.LocalAccountRepository;
import eu.buyzet.portal.shared.MemberId;
import eu.buyzet.portal.shared.privacy.PersonalData;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A member's own data (GDPR articles 15, 17 and 20): everything the portal keeps about them as
 * one JSON document, and deleting their account. Each feature contributes its part through
 * {@link PersonalData}; the audit trail and the content stay, no longer naming the member.
 */
@Service
public class AccountService {

    private final List<PersonalData> parts;
    private final CurrentUser currentUser;
    private final LocalAccountRepository accounts;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private final ApplicationEventPublisher events;

    AccountService(List<PersonalData> parts, CurrentUser currentUser, LocalAccountRepository accounts,
                   ApplicationEventPublisher events) {
        this.parts = parts;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.events = events;
    }

    /** Not read-only: the export itself goes to the audit trail. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    @DisclosureChannel("security.personal-data-export")
    public byte[] exportMyData() {
        MemberId me = currentUser.require().memberId();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("exportedAt", Instant.now().toString());
        document.put("memberId", me.value());
        parts.stream().sorted(java.util.Comparator.comparing(PersonalData::section))
                .forEach(p -> document.put(p.section(), p.export(me)));
        events.publishEvent(new PersonalDataEvent(me, PersonalDataEvent.Kind.EXPORTED));
        return json.writeValueAsBytes(document);
    }

    /** Deletes the signed-in member's account; the caller signs them out afterwards. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void deleteMyAccount() {
        MemberId me = currentUser.require().memberId();
        // recorded first, while the member still has a name
        events.publishEvent(new PersonalDataEvent(me, PersonalDataEvent.Kind.ACCOUNT_DELETED));
        parts.forEach(p -> p.erase(me));
        accounts.delete(me);
    }
}
