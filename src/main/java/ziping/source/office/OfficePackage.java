package ziping.source.office;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;

import ziping.source.UnreadableInputException;

/**
 * Opens an Office Open XML package (xlsx, docx) from memory within set limits, so a zip bomb is refused before it
 * inflates: a part may inflate to at most {@value #MAX_PART_BYTES} bytes and, past its first {@value #GRACE_BYTES}
 * bytes, to at most {@value #MAX_INFLATE_RATIO} times its compressed size; a package holds at most
 * {@value #MAX_PARTS} parts. A form's parts are a few hundred KiB. The sizes the ZIP directory declares are checked
 * first ({@link #partNames}); POI's {@link ZipSecureFile} limits, set to the same values, check the bytes as they
 * inflate, in case the directory lies.
 */
public final class OfficePackage {
    static final int MAX_INFLATE_RATIO = 100;
    static final long MAX_PART_BYTES = 64L << 20;
    static final long GRACE_BYTES = 100L << 10;
    static final int MAX_PARTS = 1_000;

    static {
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
        ZipSecureFile.setGraceEntrySize(GRACE_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_PARTS);
    }

    private OfficePackage() {
    }

    /**
     * The part names of a ZIP package, read from its central directory only, after checking the sizes it declares.
     *
     * @throws UnreadableInputException for a zip bomb, a part too large, too many parts or a damaged ZIP
     */
    static Set<String> partNames(byte[] bytes) throws UnreadableInputException {
        List<ZipArchiveEntry> entries;
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            entries = new ArrayList<>(Collections.list(zip.getEntries()));
        } catch (IOException | RuntimeException e) {
            throw new UnreadableInputException("corrupt ZIP file: " + e.getMessage(), e);
        }
        if (entries.size() > MAX_PARTS) {
            throw new UnreadableInputException("too many parts in the ZIP file (over " + MAX_PARTS + ")");
        }
        Set<String> names = new HashSet<>();
        for (ZipArchiveEntry entry : entries) {
            long size = entry.getSize();
            long compressed = entry.getCompressedSize();
            if (size > GRACE_BYTES && compressed >= 0 && compressed * MAX_INFLATE_RATIO < size) {
                throw zipBomb(entry.getName(), null);
            }
            if (size > MAX_PART_BYTES) {
                throw tooLarge(entry.getName());
            }
            names.add(entry.getName());
        }
        return names;
    }

    /**
     * Opens a package after checking its directory ({@link #partNames}).
     *
     * @param kind what the file is, for messages ("workbook", "Word document")
     */
    public static OPCPackage open(byte[] bytes, String kind) throws UnreadableInputException {
        partNames(bytes);
        try {
            return OPCPackage.open(new ByteArrayInputStream(bytes));
        } catch (InvalidFormatException | IOException | RuntimeException e) {
            throw unreadable(e, kind);
        }
    }

    /** The message for a failure while opening or reading a package. */
    public static UnreadableInputException unreadable(Throwable e, String kind) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String m = String.valueOf(cause.getMessage());
            if (m.contains("Zip bomb") && m.contains("ratio")) {
                return zipBomb("a part", e);
            }
            if (m.contains("Zip bomb") || m.contains("Tried to allocate an array of length")) {
                return new UnreadableInputException("too large: a part of the " + kind + " inflates past "
                        + (MAX_PART_BYTES >> 20) + " MiB", e);
            }
        }
        return new UnreadableInputException("corrupt " + kind + ": " + e.getMessage(), e);
    }

    private static UnreadableInputException zipBomb(String part, Throwable cause) {
        return new UnreadableInputException("zip bomb: " + part + " inflates more than " + MAX_INFLATE_RATIO
                + " times its compressed size", cause);
    }

    private static UnreadableInputException tooLarge(String part) {
        return new UnreadableInputException("too large: " + part + " inflates past " + (MAX_PART_BYTES >> 20)
                + " MiB");
    }
}
