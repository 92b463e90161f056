package eu.buyzet.portal.shared.export;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A title as part of a download's file name: plain lower-case letters and digits joined by hyphens,
 * never a path. Letters with marks keep their base letter (é → e) and the Nordic letters their usual
 * spelling in plain letters (æ → ae, ø → o, å → a), so "Håndverkere" stays "handverkere" instead of
 * losing its letter to a hyphen.
 */
public final class FileNames {

    private FileNames() {
    }

    /** The text as a slug of at most {@code max} characters; empty when nothing of it is a letter or digit. */
    public static String slug(String text, int max) {
        String plain = text.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("ß", "ss")
                .replace("đ", "d").replace("ł", "l").replace("ŋ", "n").replace("ŧ", "t");
        plain = Normalizer.normalize(plain, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() > max ? slug.substring(0, max).replaceAll("-+$", "") : slug;
    }
}
