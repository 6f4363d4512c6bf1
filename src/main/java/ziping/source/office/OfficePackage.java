package ziping.source.office;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;

import ziping.source.UnreadableInputException;

/**
 * Opens an Office Open XML package (xlsx, docx) from memory within set limits, so a zip bomb is refused while it
 * inflates: a part may inflate at most {@value #MAX_INFLATE_RATIO} times its compressed size (past the first
 * {@value #GRACE_BYTES} bytes) and to at most {@value #MAX_PART_BYTES} bytes; a package holds at most
 * {@value #MAX_PARTS} parts. A form's parts are a few hundred KiB.
 */
public final class OfficePackage {
    static final int MAX_INFLATE_RATIO = 100;
    static final long MAX_PART_BYTES = 64L << 20;
    static final long GRACE_BYTES = 100L << 10;
    static final long MAX_PARTS = 1_000;

    static {
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
        ZipSecureFile.setGraceEntrySize(GRACE_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_PARTS);
    }

    private OfficePackage() {
    }

    /** @param kind what the file is, for messages ("workbook", "Word document") */
    public static OPCPackage open(byte[] bytes, String kind) throws UnreadableInputException {
        try {
            return OPCPackage.open(new ByteArrayInputStream(bytes));
        } catch (InvalidFormatException | IOException | RuntimeException e) {
            throw unreadable(e, kind);
        }
    }

    /** The message for a failure while opening or reading a package. */
    public static UnreadableInputException unreadable(Throwable e, String kind) {
        String message = String.valueOf(e.getMessage());
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String m = String.valueOf(cause.getMessage());
            if (m.contains("Zip bomb") && m.contains("ratio")) {
                return new UnreadableInputException("zip bomb: a part of the " + kind + " inflates more than "
                        + MAX_INFLATE_RATIO + " times its size", e);
            }
            if (m.contains("Zip bomb") || m.contains("max size")) {
                return new UnreadableInputException("too large: a part of the " + kind + " inflates past "
                        + (MAX_PART_BYTES >> 20) + " MiB", e);
            }
            if (m.contains("max file count") || m.contains(ZipSecureFile.MAX_FILE_COUNT_MSG)) {
                return new UnreadableInputException("too many parts in the " + kind + " (over " + MAX_PARTS + ")",
                        e);
            }
        }
        return new UnreadableInputException("corrupt " + kind + ": " + message, e);
    }
}
