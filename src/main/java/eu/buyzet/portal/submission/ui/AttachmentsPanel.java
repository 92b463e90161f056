package eu.buyzet.portal.submission.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import eu.buyzet.portal.shared.ValidationException;
import eu.buyzet.portal.shared.ui.FieldErrors;
import eu.buyzet.portal.shared.ui.Confirmation;
import eu.buyzet.portal.shared.ui.FormSubmit;
import eu.buyzet.portal.shared.ui.UploadTexts;
import eu.buyzet.portal.submission.Attachment;
import eu.buyzet.portal.submission.AttachmentService;
import eu.buyzet.portal.submission.AttachmentType;
import eu.buyzet.portal.submission.Submission;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The submission's files: download links for readers, upload and removal for its authors. */
class AttachmentsPanel extends Div {

    /** Carries the confidential tick as the browser shows it when the file is sent. */
    static final String CONFIDENTIAL_HEADER = "X-BuyZET-Confidential";

    private final AttachmentService attachments;
    private final Submission submission;
    private final boolean editable;
    private final UnorderedList list = new UnorderedList();
    private final Span uploadError = new Span();

    AttachmentsPanel(AttachmentService attachments, Submission submission, boolean editable) {
        this.attachments = attachments;
        this.submission = submission;
        this.editable = editable;
        addClassName("attachments");
        setId("attachments");
        H2 heading = new H2(getTranslation("attachments.heading"));
        list.setId("attachment-list");
        add(heading, list);
        if (editable) {
            add(uploadForm());
        }
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<Attachment> files = attachments.list(submission.id());
        if (files.isEmpty()) {
            list.add(new ListItem(getTranslation("attachments.none")));
        }
        for (Attachment a : files) {
            Anchor link = new Anchor("attachments/" + a.id(), a.fileName());
            link.getElement().setAttribute("router-ignore", true);
            link.getElement().setAttribute("download", true);
            link.addClassName("attachment-link");
            ListItem item = new ListItem(link, new Span(" " + getTranslation("attachments.facts",
                    getTranslation("attachments.type." + a.type().name()), size(a.sizeBytes()), a.uploadedByName())));
            if (a.confidential()) {
                Span badge = new Span(getTranslation("attachments.confidential"));
                badge.getElement().getThemeList().add("badge contrast");
                badge.addClassName("confidential-badge");
                item.add(new Span(" "), badge);
            }
            if (editable) {
                Button remove = new Button(getTranslation("attachments.remove"), e -> Confirmation.ask(
                        new Confirmation.Texts(getTranslation("attachments.remove.question", a.fileName()),
                                getTranslation("attachments.remove.consequence"), getTranslation("attachments.remove")),
                        "confirm-remove-attachment", true, () -> FormSubmit.attempt(this, Map.of(), () -> {
                            attachments.remove(a.id());
                            return a;
                        }).ifPresent(removed -> refresh())));
                remove.setId("remove-attachment-" + a.id());
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                remove.getElement().setAttribute("aria-label", getTranslation("attachments.remove-named", a.fileName()));
                item.add(remove);
            }
            list.add(item);
        }
    }

    private Div uploadForm() {
        Checkbox confidential = new Checkbox(getTranslation("attachments.mark-confidential"));
        confidential.setId("attachment-confidential");
        confidential.setHelperText(getTranslation("attachments.mark-confidential.help"));
        UI ui = UI.getCurrent();
        Upload upload = new Upload(event -> {
            // The tick travels with the file, since the checkbox's own change is a separate request a quick
            // upload can overtake; the box is read again when the file has arrived, for a tick given while
            // a large file was on its way. The file is stored open only if both say open: a file stored
            // open for a moment has been disclosed, one kept confidential by mistake is only sent again.
            boolean sentOpen = "false".equals(event.getRequest().getHeader(CONFIDENTIAL_HEADER));
            UploadHandler.toTempFile((metadata, file) -> ui.access(() -> store(metadata.fileName(),
                    !sentOpen || confidential.getValue(), file))).handleUploadRequest(event);
        });
        upload.addAttachListener(attached -> upload.getElement().executeJs("this.__confidentialBox = $0;"
                + " if (!this.__confidentialHeader) { this.__confidentialHeader = true;"
                + " this.addEventListener('upload-request', e => e.detail.xhr.setRequestHeader($1,"
                + " String(this.__confidentialBox.checked))); }", confidential, CONFIDENTIAL_HEADER));
        UploadTexts.translated(upload);
        upload.setId("attachment-upload");
        upload.setMaxFileSize((int) AttachmentService.MAX_BYTES);
        upload.setAcceptedFileTypes(Arrays.stream(AttachmentType.values())
                .flatMap(t -> java.util.stream.Stream.of(t.mediaType(), "." + t.extension())).toArray(String[]::new));
        upload.addFileRejectedListener(e -> showError(getTranslation("attachments.rejected", e.getErrorMessage())));
        uploadError.setId("attachment-error");
        uploadError.addClassName("field-error");
        uploadError.getElement().setAttribute("role", "alert");
        Paragraph help = new Paragraph(getTranslation("attachments.help"));
        help.addClassName("helper");
        return new Div(help, confidential, upload, uploadError);
    }

    private void store(String fileName, boolean confidential, File file) {
        uploadError.setText("");
        try {
            attachments.add(submission.id(), fileName, confidential, file.toPath());
            FieldErrors.notifySuccess(this, getTranslation("attachments.added", fileName));
            refresh();
        } catch (ValidationException e) {
            showError(getTranslation(e.fieldErrors().values().iterator().next()));
        } finally {
            file.delete();
        }
    }

    private void showError(String message) {
        uploadError.setText(message);
    }

    private String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return getTranslation("attachments.size.mb", String.format(getLocale(), "%.1f", bytes / (1024.0 * 1024)));
        }
        return getTranslation("attachments.size.kb", Math.max(1, Math.round(bytes / 1024.0)));
    }
}
