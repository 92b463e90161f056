package eu.buyzet.portal.shared.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of a list in the open API. Field names are part of the public contract. */
@Schema(description = "One page of results")
public record ApiPage<T>(
        @Schema(description = "The items on this page") List<T> items,
        @Schema(description = "Zero-based page number", example = "0") int page,
        @Schema(description = "Items per page", example = "20") int size,
        @Schema(description = "Items in all pages; submission lists stop counting at 10 000 and searches at 1 000")
        long totalItems,
        @Schema(description = "Number of pages") int totalPages) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** The last page a client may ask for: with {@link #MAX_SIZE} that is an offset of a million rows. */
    public static final int MAX_PAGE = 10_000;

    public static <T> ApiPage<T> of(List<T> items, int page, int size, long total) {
        return new ApiPage<>(items, page, size, total, (int) ((total + size - 1) / size));
    }
}
