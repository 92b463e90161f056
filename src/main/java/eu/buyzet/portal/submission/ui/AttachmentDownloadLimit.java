package eu.buyzet.portal.submission.ui;

import eu.buyzet.portal.shared.api.ClientRateLimit;
import eu.buyzet.portal.shared.database.SharedBuckets;
import eu.buyzet.portal.shared.ui.PlainErrorPages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A limit per client on file downloads. Every refused fetch of a confidential file is kept in the
 * audit trail, which no one may delete, so without it anyone could grow that trail without end by
 * asking for one file over and over, or counting through the ids. The burst is wide enough for a
 * meeting room behind one address fetching the same few files at once.
 */
@Component
@Order(ClientRateLimit.ORDER)
class AttachmentDownloadLimit extends ClientRateLimit {

    private final PlainErrorPages errorPages;

    AttachmentDownloadLimit(@Value("${buyzet.attachments.rate-limit.capacity:200}") long capacity,
                            @Value("${buyzet.attachments.rate-limit.per-minute:60}") long perMinute,
                            @Value("${buyzet.api.rate-limit.shared:true}") boolean shared, SharedBuckets store,
                            PlainErrorPages errorPages) {
        super(capacity, perMinute, shared, store, "attachments");
        this.errorPages = errorPages;
    }

    /** A person clicked a download link: a page in their language, not a problem document. */
    @Override
    protected void refuse(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds)
            throws IOException {
        errorPages.write(request, response, 429, "error.too-many-downloads.heading", "error.too-many-downloads",
                retryAfterSeconds);
    }

    @Override
    protected boolean applies(HttpServletRequest request) {
        return routedPath(request).toLowerCase(Locale.ROOT).startsWith("/attachments/");
    }
}
