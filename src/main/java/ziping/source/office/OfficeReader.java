package ziping.source.office;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Set;

import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import ziping.source.UnreadableInputException;
import ziping.source.docx.DocxReader;
import ziping.source.sheet.XlsReader;
import ziping.source.sheet.XlsxReader;
import ziping.source.table.SourceGrid;

/**
 * Reads an Office file by what it holds, whatever its name: a ZIP package with {@code xl/workbook.xml} is an .xlsx
 * workbook, one with {@code word/document.xml} a .docx document; an OLE2 compound file with a {@code Workbook}
 * stream is an .xls workbook, one with {@code EncryptionInfo} an encrypted .xlsx or .docx (opened with the
 * password, or Excel's default one), one with {@code WordDocument} an old binary Word or WPS document, which is not
 * read (POI's HWPF loses table structure): the message asks for a .docx.
 */
public final class OfficeReader {
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private OfficeReader() {
    }

    /**
     * Reads a ZIP package ({@code PK\3\4}) or else an OLE2 compound file ({@link ziping.source.InputKind#OFFICE}).
     *
     * @param password the password of an encrypted file, or null
     */
    public static SourceGrid read(String path, byte[] bytes, String password) throws UnreadableInputException {
        if (startsWith(bytes, ZIP)) {
            return readPackage(path, bytes);
        }
        try (POIFSFileSystem file = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return readCompound(path, file, password);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableInputException("corrupt Office 97–2003 file: " + e.getMessage(), e);
        }
    }

    private static SourceGrid readPackage(String path, byte[] bytes) throws UnreadableInputException {
        Set<String> parts = OfficePackage.partNames(bytes);
        if (parts.contains("xl/workbook.xml")) {
            return XlsxReader.read(path, bytes);
        }
        if (parts.contains("word/document.xml")) {
            return new SourceGrid(DocxReader.read(path, bytes), List.of());
        }
        throw new UnreadableInputException("a ZIP file that is neither an Excel workbook (.xlsx) nor a Word document "
                + "(.docx)");
    }

    private static SourceGrid readCompound(String path, POIFSFileSystem file, String password)
            throws UnreadableInputException, IOException {
        DirectoryNode root = file.getRoot();
        if (root.hasEntryCaseInsensitive("EncryptionInfo")) {
            return readEncrypted(path, file, password);
        }
        if (root.hasEntryCaseInsensitive("Workbook")) {
            return XlsReader.read(path, file, password);
        }
        if (root.hasEntryCaseInsensitive("Book")) {
            throw new UnreadableInputException("Excel 5.0/95 workbook: save it as .xlsx to check it");
        }
        if (root.hasEntryCaseInsensitive("WordDocument")) {
            throw new UnreadableInputException("old binary Word or WPS document (.doc, .wps): save it as .docx to "
                    + "check it");
        }
        throw new UnreadableInputException("an Office 97–2003 file that is neither a workbook nor a Word document");
    }

    private static SourceGrid readEncrypted(String path, POIFSFileSystem file, String password)
            throws UnreadableInputException, IOException {
        try {
            Decryptor decryptor = Decryptor.getInstance(new EncryptionInfo(file));
            boolean open = decryptor.verifyPassword(Decryptor.DEFAULT_PASSWORD)
                    || password != null && decryptor.verifyPassword(password);
            if (!open) {
                throw new UnreadableInputException(password == null
                        ? "encrypted workbook or document: a password is needed (--password)"
                        : "encrypted workbook or document: the password is wrong");
            }
            try (InputStream plain = decryptor.getDataStream(file)) {
                return read(path, plain.readAllBytes(), null);
            }
        } catch (GeneralSecurityException e) {
            throw new UnreadableInputException("encrypted workbook or document: cannot decrypt (" + e.getMessage()
                    + ")", e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
