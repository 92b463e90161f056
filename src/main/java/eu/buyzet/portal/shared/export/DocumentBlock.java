package eu.buyzet.portal.shared.export;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One piece of a document for the procurement file (a strategy, a dialogue report), as the PDF
 * and, for a strategy, the DOCX print it: a feature builds its content once in the reader's
 * language, so that two files of the same thing never say different things.
 */
public sealed interface DocumentBlock {

    record Heading(int level, String text) implements DocumentBlock {
    }

    /** A paragraph, with a bold lead-in such as "Risks:" when {@code label} is given. */
    record Paragraph(@Nullable String label, String text, boolean muted) implements DocumentBlock {
        public static Paragraph of(String text) {
            return new Paragraph(null, text, false);
        }

        public static Paragraph labelled(String label, String text) {
            return new Paragraph(label, text, false);
        }

        public static Paragraph muted(String text) {
            return new Paragraph(null, text, true);
        }
    }

    /** A list; a numbered one when the order means something (a timeline, questions to refer to). */
    record Bullets(List<String> items, boolean numbered) implements DocumentBlock {
        public Bullets {
            items = List.copyOf(items);
        }

        public Bullets(List<String> items) {
            this(items, false);
        }

        public static Bullets numbered(List<String> items) {
            return new Bullets(items, true);
        }
    }

    /** A table; the first column names the row. */
    record Table(String caption, List<String> headers, List<List<String>> rows) implements DocumentBlock {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
