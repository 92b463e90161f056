package eu.buyzet.portal.submission;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The file types a submission may carry, recognised from the content and never from the name: a
 * renamed executable stays refused. Office files are ZIP packages, told apart by the part their
 * content types declare as the main document.
 */
public enum AttachmentType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final String mediaType;
    private final String extension;

    AttachmentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<AttachmentType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
    }

    /** What the file's bytes say it is, if it is one of the accepted types. */
    public static Optional<AttachmentType> detect(Path file) throws IOException {
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        if (startsWith(head, read, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(head, read, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, read, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, read, ZIP_MAGIC)) {
            return officePackage(file);
        }
        return Optional.empty();
    }

    private static Optional<AttachmentType> officePackage(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null) {
                return Optional.empty();
            }
            ZipEntry types = zip.getEntry("[Content_Types].xml");
            String declared;
            try (InputStream in = zip.getInputStream(types)) {
                declared = new String(in.readNBytes(256 * 1024), java.nio.charset.StandardCharsets.UTF_8);
            }
            if (zip.getEntry("word/document.xml") != null && declared.contains("wordprocessingml.document.main")) {
                return Optional.of(DOCX);
            }
            if (zip.getEntry("xl/workbook.xml") != null && declared.contains("spreadsheetml.sheet.main")) {
                return Optional.of(XLSX);
            }
            return Optional.empty();
        } catch (IOException notAZip) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] head, int read, byte[] magic) {
        return read >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
