package eu.buyzet.portal.shared.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** An upload's own words ("Upload Files…", "Drop files here") in the reader's language. */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static Upload translated(Upload upload) {
        upload.setI18n(new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(upload.getTranslation("upload.drop-one"))
                        .setMany(upload.getTranslation("upload.drop-many")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(upload.getTranslation("upload.add-one"))
                        .setMany(upload.getTranslation("upload.add-many")))
                .setError(new UploadI18N.Error().setTooManyFiles(upload.getTranslation("upload.too-many"))
                        .setFileIsTooBig(upload.getTranslation("upload.too-big"))
                        .setIncorrectFileType(upload.getTranslation("upload.wrong-type")))
                .setFile(new UploadI18N.File().setRetry(upload.getTranslation("upload.retry"))
                        .setStart(upload.getTranslation("upload.start"))
                        .setRemove(upload.getTranslation("upload.remove")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(upload.getTranslation("upload.connecting"))
                                .setStalled(upload.getTranslation("upload.stalled"))
                                .setProcessing(upload.getTranslation("upload.processing"))
                                .setHeld(upload.getTranslation("upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(upload.getTranslation("upload.remaining"))
                                .setUnknown(upload.getTranslation("upload.remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(upload.getTranslation("upload.server-unavailable"))
                                .setUnexpectedServerError(upload.getTranslation("upload.server-error"))
                                .setForbidden(upload.getTranslation("upload.forbidden"))
                                .setFileTooLarge(upload.getTranslation("upload.too-big"))))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        return upload;
    }
}
