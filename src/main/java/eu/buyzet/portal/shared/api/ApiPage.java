package eu.buyzet.portal.shared.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of a list in the open API. Field names are part of the public contract. */
@Schema(description = "One page of results")
public record ApiPage<T>(
        @Schema(description = "The items on this page") List<T> items,
        @Schema(description = "Zero-based page number", example = "0") int page,
        @Schema(description = "Items per page", example = "20") int size,
        @Schema(description = "Items in all pages; submission lists stop counting at 10 000, searches at 1 000, and searches"
                + " narrowed by a filter at 200")
        long totalItems,
        @Schema(description = "Number of pages") int totalPages,
        @Schema(description = "Where the next page starts: send it back as after= (only where a list pages by cursor;"
                + " absent on the last page)", nullable = true)
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String next) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** The last page a client may ask for: with {@link #MAX_SIZE} that is an offset of a million rows. */
    public static final int MAX_PAGE = 10_000;

    public static <T> ApiPage<T> of(List<T> items, int page, int size, long total) {
        return new ApiPage<>(items, page, size, total, (int) ((total + size - 1) / size), null);
    }

    /** The same page with the cursor of the page after it. */
    public ApiPage<T> withNext(@Nullable String cursor) {
        return new ApiPage<>(items, page, size, totalItems, totalPages, cursor);
    }
}
