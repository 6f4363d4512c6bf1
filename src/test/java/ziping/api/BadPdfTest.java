package ziping.api;

import ziping.result.FileResult;
import ziping.result.FileStatus;
import ziping.result.FormResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ziping.rules.Profile;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each kind of bad PDF (fixtures in src/test/resources/pdf/bad, see src/test/fixtures/pdf/README.md). */
class BadPdfTest {
    private static final Path BAD = Path.of("src/test/resources/pdf/bad");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "encrypted.pdf|UNREADABLE|encrypted PDF: a password is needed (--password)",
        "image-only.pdf|UNREADABLE|no text layer (a scanned image): OCR is needed",
        "corrupt.pdf|UNREADABLE|corrupt PDF: Missing root object specification in trailer.",
        "truncated.pdf|UNREADABLE|corrupt PDF: Missing root object specification in trailer.",
        "page-bomb.pdf|UNREADABLE|too many pages (1000000)",
        // PDFBox 3.0.8 bounds its parser's nesting and skips the 100,000-deep array, so the rest of the page is read
        "deeply-nested.pdf|NO_FORM|",
        "not-a-form.pdf|NO_FORM|",
    })
    void eachBadPdfGetsAClearStatus(String file, FileStatus status, String error) {
        FileResult r = new Ziping(Ziping.Options.defaults()).check(BAD.resolve(file));
        assertEquals(status, r.status());
        assertEquals(error, r.error());
        assertEquals(List.of(), r.forms());
    }

    @Test
    void theRightPasswordOpensTheEncryptedForm() {
        FileResult r = new Ziping(new Ziping.Options(Profile.DEFAULT, "secret")).check(BAD.resolve("encrypted.pdf"));
        assertEquals(FileStatus.OK, r.status());
        FormResult form = (FormResult) r.forms().get(0);
        assertEquals("信息系统政务云扩展服务项目", form.form().project());
        assertEquals(6, form.form().indicators().size());
    }

    @Test
    void wrongPasswordIsUnreadableAndSaidToBeWrong() {
        FileResult r = new Ziping(new Ziping.Options(Profile.DEFAULT, "guess")).check(BAD.resolve("encrypted.pdf"));
        assertEquals(FileResult.unreadable(r.path(), "encrypted PDF: the password is wrong"
                + " (hint: check --password, --password-file or ZIPING_PASSWORD)"), r);
    }
}
