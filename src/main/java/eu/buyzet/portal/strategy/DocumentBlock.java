package eu.buyzet.portal.strategy;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One piece of a strategy document, as both the PDF and the DOCX print it: the content is built
 * once ({@link StrategyDocumentContent}) so that the two files never say different things.
 */
sealed interface DocumentBlock {

    record Heading(int level, String text) implements DocumentBlock {
    }

    /** A paragraph, with a bold lead-in such as "Risks:" when {@code label} is given. */
    record Paragraph(@Nullable String label, String text, boolean muted) implements DocumentBlock {
        static Paragraph of(String text) {
            return new Paragraph(null, text, false);
        }

        static Paragraph labelled(String label, String text) {
            return new Paragraph(label, text, false);
        }

        static Paragraph muted(String text) {
            return new Paragraph(null, text, true);
        }
    }

    record Bullets(List<String> items) implements DocumentBlock {
        public Bullets {
            items = List.copyOf(items);
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
