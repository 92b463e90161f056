package eu.buyzet.portal.submission.ui;

import eu.buyzet.portal.submission.AttachmentId;
import eu.buyzet.portal.shared.disclosure.DisclosureChannel;
import eu.buyzet.portal.submission.AttachmentService;
import eu.buyzet.portal.shared.NotFoundException;
import eu.buyzet.portal.shared.ui.PlainErrorPages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The download links on submission pages. The service decides who may fetch a file, so a direct
 * URL gets no further than the page's link would; a file is always sent as a download with its
 * checked type, never rendered inline where a crafted file could run in the portal's origin.
 */
@RestController
class AttachmentDownloads {

    private final AttachmentService attachments;
    private final PlainErrorPages errorPages;

    AttachmentDownloads(AttachmentService attachments, PlainErrorPages errorPages) {
        this.attachments = attachments;
        this.errorPages = errorPages;
    }

    /**
     * A file hidden, withdrawn or removed since the page was drawn, or a link that names no file:
     * the reader's "not found" page, as for a page, and nothing about why.
     */
    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        errorPages.write(request, response, HttpServletResponse.SC_NOT_FOUND, "error.not-found.heading",
                "error.not-found.message");
    }

    @DisclosureChannel("submission.attachment-download")
    @GetMapping("/attachments/{id}")
    void download(@PathVariable("id") long id, HttpServletResponse response) {
        attachments.download(AttachmentId.of(id), a -> {
            response.setContentType(a.type().mediaType());
            response.setContentLengthLong(a.sizeBytes());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(a.fileName(), StandardCharsets.UTF_8).build().toString());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader(HttpHeaders.CACHE_CONTROL, a.confidential() ? "no-store" : "private, max-age=0");
            try {
                return response.getOutputStream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
