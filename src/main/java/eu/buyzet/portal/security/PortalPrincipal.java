package eu.buyzet.portal.security;

/** Implemented by the principals of both sign-in modes so that {@link CurrentUser} need not care which. */
public interface PortalPrincipal {
    PortalUser portalUser();
}
