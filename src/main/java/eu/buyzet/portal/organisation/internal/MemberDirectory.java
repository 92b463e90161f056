package eu.buyzet.portal.organisation.internal;

import eu.buyzet.portal.security.PortalUser;
import eu.buyzet.portal.security.PortalUserDirectory;
import eu.buyzet.portal.security.Role;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Gives the security feature the members it signs in. */
@Component
class MemberDirectory implements PortalUserDirectory {

    private final MemberRepository members;
    private final MembershipRequestRepository requests;
    private final org.springframework.context.ApplicationEventPublisher events;

    MemberDirectory(MemberRepository members, MembershipRequestRepository requests,
                    org.springframework.context.ApplicationEventPublisher events) {
        this.members = members;
        this.requests = requests;
        this.events = events;
    }

    @Override
    @Transactional
    public void requestMembership(String subject, String email, String displayName) {
        if (requests.add(subject, email, displayName)) {
            events.publishEvent(new eu.buyzet.portal.organisation.MembershipRequested(email, displayName));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PortalUser> findActiveByEmail(String email) {
        return members.findSignInByEmail(email);
    }

    @Override
    @Transactional
    public Optional<PortalUser> signInWithKeycloak(String subject, String email, boolean emailVerified,
                                                   Set<Role> roles) {
        Optional<PortalUser> known = members.findSignInBySubject(subject);
        if (known.isEmpty()) {
            // An unverified email could be anyone's: link only addresses Keycloak has verified.
            if (email == null || !emailVerified || !members.linkSubject(email, subject)) {
                return Optional.empty();
            }
        }
        members.setRoles(subject, roles);
        return members.findSignInBySubject(subject);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayStillSignIn(eu.buyzet.portal.shared.MemberId member) {
        return members.maySignIn(member);
    }
}
