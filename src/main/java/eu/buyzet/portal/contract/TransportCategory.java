package eu.buyzet.portal.contract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The three groups the BuyZET mapping sorts a city's purchasing into (decision 033): the city's
 * own fleet, transport services it buys, and deliveries tied to other goods and services.
 */
public enum TransportCategory {
    OWN_FLEET,
    TRANSPORT_SERVICE,
    GOODS_AND_SERVICES;

    /** The same rule as the database function {@code contract_transport_category_for} (schema 035). */
    private static final Pattern SERVICE = Pattern.compile("^(60|641|90511|90512).*");
    private static final Pattern FLEET = Pattern.compile("^(34|0913).*");

    /**
     * The proposal from the main (first) CPV code: road and other transport services, courier and
     * mail, refuse collection and transport are bought transport; vehicles and fuel serve the
     * city's own fleet; everything else is delivered with other goods and services.
     */
    public static TransportCategory proposeFor(List<String> cpvCodes) {
        String main = cpvCodes.isEmpty() || cpvCodes.getFirst() == null ? "" : cpvCodes.getFirst().strip();
        if (SERVICE.matcher(main).matches()) {
            return TRANSPORT_SERVICE;
        }
        return FLEET.matcher(main).matches() ? OWN_FLEET : GOODS_AND_SERVICES;
    }

    public String messageKey() {
        return "contracts.category." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
