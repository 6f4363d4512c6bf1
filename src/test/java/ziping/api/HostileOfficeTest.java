package ziping.api;

import ziping.result.FileResult;
import ziping.result.FormResult;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ziping.rules.Profile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Hostile office and HTML files each get a clear status within the file budget, and the batch goes on to the next
 * file. Small ones are committed (src/test/resources/office/bad, made by make_office.py); big ones are made here.
 */
class HostileOfficeTest {
    private static final Path OFFICE = Path.of("src/test/resources/office");
    private static final String SECRET = "secret";

    @TempDir
    static Path dir;

    @BeforeAll
    static void makeBigFiles() throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
             OutputStream out = Files.newOutputStream(dir.resolve("huge-sheet.xlsx"))) {
            var sheet = workbook.createSheet("huge");
            for (int r = 0; r < 6_000; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < 10; c++) {
                    row.createCell(c).setCellValue(r * 10 + c);
                }
            }
            workbook.write(out);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook();
             OutputStream out = Files.newOutputStream(dir.resolve("million-empty-rows.xlsx"))) {
            workbook.createSheet("空").createRow(1_048_575).createCell(0).setCellValue("最后一行");
            workbook.write(out);
        }
        Files.write(dir.resolve("encrypted.xlsx"), encrypted(Files.readAllBytes(OFFICE.resolve("000.xlsx"))));
        try (HSSFWorkbook workbook = new HSSFWorkbook(Files.newInputStream(OFFICE.resolve("000.xls")));
             OutputStream out = Files.newOutputStream(dir.resolve("encrypted.xls"))) {
            Biff8EncryptionKey.setCurrentUserPassword(SECRET);
            workbook.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        StringBuilder nested = new StringBuilder("<html><body>");
        nested.append("<table><tr><td>".repeat(10_000)).append("嵌套的表格")
                .append("</td></tr></table>".repeat(10_000)).append("</body></html>");
        Files.writeString(dir.resolve("nested.html"), nested, StandardCharsets.UTF_8);
    }

    private static byte[] encrypted(byte[] xlsx) throws Exception {
        try (POIFSFileSystem file = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(SECRET);
            try (OutputStream out = encryptor.getDataStream(file)) {
                out.write(xlsx);
            }
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            file.writeFilesystem(bytes);
            return bytes.toByteArray();
        }
    }

    private static List<FileResult> checkAll(Ziping.Options options, Path... inputs) throws InterruptedException {
        List<FileResult> results = new ArrayList<>();
        new Ziping(options).checkAll(List.of(inputs), 1, results::add);
        return results;
    }

    private static String outcome(FileResult r) {
        return r.status() + (r.error() == null ? "" : ": " + r.error()) + " (" + r.forms().size() + " forms)";
    }

    @Test
    void eachHostileFileGetsItsStatusAndTheBatchGoesOn() throws InterruptedException {
        Path bad = OFFICE.resolve("bad");
        List<FileResult> results = checkAll(Ziping.Options.defaults(), bad.resolve("zip-bomb.xlsx"),
                bad.resolve("zip-bomb.docx"), dir.resolve("huge-sheet.xlsx"), dir.resolve("million-empty-rows.xlsx"),
                dir.resolve("encrypted.xlsx"), dir.resolve("nested.html"), bad.resolve("word97.doc"),
                bad.resolve("not-office.zip"), OFFICE.resolve("000.xlsx"));

        assertEquals(List.of(
                "UNREADABLE: zip bomb: xl/worksheets/sheet1.xml inflates more than 100 times its compressed size"
                        + " (0 forms)",
                "UNREADABLE: zip bomb: word/document.xml inflates more than 100 times its compressed size (0 forms)",
                "UNREADABLE: sheet 'huge' has more than 50000 cells: too large for a form (0 forms)",
                "NO_FORM (0 forms)",
                "UNREADABLE: encrypted workbook or document: a password is needed (--password) (0 forms)",
                "NO_FORM (0 forms)",
                "UNREADABLE: old binary Word or WPS document (.doc, .wps): save it as .docx to check it (0 forms)",
                "UNREADABLE: a ZIP file that is neither an Excel workbook (.xlsx) nor a Word document (.docx)"
                        + " (0 forms)",
                "OK (1 forms)"), results.stream().map(HostileOfficeTest::outcome).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"encrypted.xlsx", "encrypted.xls"})
    void thePasswordOpensTheEncryptedWorkbook(String file) throws InterruptedException {
        FileResult none = checkAll(Ziping.Options.defaults(), dir.resolve(file)).get(0);
        FileResult right = checkAll(new Ziping.Options(Profile.DEFAULT, SECRET), dir.resolve(file)).get(0);
        FileResult wrong = checkAll(new Ziping.Options(Profile.DEFAULT, "guess"), dir.resolve(file)).get(0);

        assertEquals("UNREADABLE: encrypted workbook or document: a password is needed (--password) (0 forms)",
                outcome(none));
        assertEquals("OK (1 forms)", outcome(right));
        assertEquals("北京市重点非煤矿山重大灾害风险防控系统建设服务", ((FormResult) right.forms().get(0)).form().project());
        assertEquals("UNREADABLE: encrypted workbook or document: the password is wrong (0 forms)", outcome(wrong));
    }
}
