package eu.buyzet.portal.shared.api;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.EnumFeature;

/**
 * How JSON is read: stricter than Jackson's defaults where a lenient reading would change what a
 * client said without telling it, and the footprint it declared with it.
 * <ul>
 * <li>A property given twice is refused. Jackson keeps the last one, so
 *     {@code "energyCarrier": "DIESEL", "energyCarrier": "BATTERY_ELECTRIC"} was computed as a
 *     battery van, while a log or a signed copy of the body could be read as diesel.</li>
 * <li>A fraction where a whole number belongs is refused: 2.5 vehicles were cut to 2.</li>
 * <li>A number where a name belongs is refused: {@code "vehicleCategory": 1} was read as the
 *     second category, whatever order the enum has in this version.</li>
 * <li>A property the request does not have is refused (Spring Boot turns the failure off): a
 *     misspelt {@code "fuelPerYer"} was passed over and the factor set's default energy use
 *     computed instead, with nothing to tell the client its figure had not been read.</li>
 * </ul>
 * Each answers 400 naming the field ({@link ApiProblems}). All are reading features only, so what
 * the portal writes is unchanged. What it reads back from its own columns goes through
 * {@link eu.buyzet.portal.shared.database.StoredJson}, which passes over properties a later
 * version dropped. A customizer rather than a
 * converter bean of our own: Spring puts a converter bean before its string converter, and the
 * OpenAPI document, a string already, came out quoted.
 */
@Configuration(proxyBeanMethods = false)
class ApiJson {

    @Bean
    JsonMapperBuilderCustomizer strictReading() {
        return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
