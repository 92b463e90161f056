package eu.buyzet.portal.footprint.calculator;

import eu.buyzet.portal.shared.CpvCode;
import java.util.List;

/**
 * Whether a service contract is in the Clean Vehicles Directive's scope by its CPV codes: the
 * services of the Annex, Table 1 of Directive 2009/33/EC as amended by Directive (EU) 2019/1161
 * (art. 3(1)(c)). A code below a listed one in the CPV tree (e.g. 90511100, urban solid-refuse
 * collection, below 90511000) names part of the same service and is in scope too; a broader code
 * above them (60000000 transport services, 60100000 road transport services) is not, because it
 * does not say the contract is one of the listed services.
 */
public final class CvdScope {

    /** Annex, Table 1, without check digits. */
    static final List<String> TABLE_1 = List.of(
            "60112000", // public road transport services
            "60130000", // special-purpose road passenger-transport services
            "60140000", // non-scheduled passenger transport
            "90511000", // refuse collection services
            "60160000", // mail transport by road
            "60161000", // parcel transport services
            "64121100", // mail delivery services
            "64121200"); // parcel delivery services

    private CvdScope() {
    }

    public static boolean inScope(List<CpvCode> codes) {
        return codes.stream().anyMatch(CvdScope::inScope);
    }

    public static boolean inScope(CpvCode code) {
        String digits = code.value().substring(0, 8);
        return TABLE_1.stream().anyMatch(listed -> digits.startsWith(stem(listed)));
    }

    /** The code without its trailing zeros: the part that names its place in the CPV tree. */
    private static String stem(String code) {
        int end = code.length();
        while (end > 2 && code.charAt(end - 1) == '0') {
            end--;
        }
        return code.substring(0, end);
    }
}
