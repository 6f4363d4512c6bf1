package ziping.api;

import ziping.result.FileResult;
import ziping.result.FileStatus;
import ziping.result.ParsedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ziping.parse.FormParser;
import ziping.source.SourceText;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ZipingTest {
    private final Ziping ziping = new Ziping(Ziping.Options.defaults());

    @TempDir
    Path dir;

    private FileResult check(String name, byte[] bytes) {
        return ziping.check(name, new ByteArrayInputStream(bytes));
    }

    @Test
    void emptyAndBinaryInputsAreUnreadableWithTheReason() {
        assertEquals(FileResult.unreadable("empty.txt", "empty file"), check("empty.txt", new byte[0]));
        assertEquals(FileResult.unreadable("scan.txt", "binary file, not text"),
                check("scan.txt", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'}));
    }

    @Test
    void missingFileIsUnreadable() {
        Path missing = dir.resolve("missing.txt");
        assertEquals(FileResult.unreadable(missing.toString(), "no such file"), ziping.check(missing));
        assertEquals(ParsedFile.unreadable(missing.toString(), "no such file"), ziping.parse(missing));
    }

    @Test
    void fileFromDiskKeepsItsPathAsName() throws IOException {
        Path empty = Files.write(dir.resolve("blank.txt"), "  \r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(FileResult.unreadable(empty.toString(), "empty file"), ziping.check(empty));
    }

    @Test
    void textWithoutAFormHasStatusNoForm() {
        assumeTrue(parserIsImplemented(), "FormParser is filled in on the parse branch");
        byte[] letter = "关于报送2024年度绩效自评结果的通知\n各单位：请于3月31日前报送。\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(new FileResult("letter.txt", FileStatus.NO_FORM, null, List.of()), check("letter.txt", letter));
    }

    private static boolean parserIsImplemented() {
        try {
            FormParser.parse(new SourceText("probe", List.of("probe"), List.of("probe"), List.of()));
            return true;
        } catch (UnsupportedOperationException stub) {
            return false;
        }
    }

    @Test
    void expandWalksFoldersSortedKeepingOnlyInputKinds() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("c.TXT"), "x");
        Files.writeString(dir.resolve("a.pdf"), "x");
        Files.writeString(dir.resolve("notes.docx"), "x");
        Files.writeString(dir.resolve("old.DOC"), "x");
        Files.writeString(dir.resolve("page.htm"), "x");
        Files.writeString(dir.resolve("sheet.xls"), "x");
        Files.writeString(dir.resolve("archive.zip"), "x");
        Files.writeString(sub.resolve("z.txt"), "x");
        Files.writeString(sub.resolve("t.xlsx"), "x");
        Files.writeString(sub.resolve("w.wps"), "x");
        Files.writeString(sub.resolve("s.html"), "x");
        Files.writeString(sub.resolve("image.png"), "x");
        Files.writeString(sub.resolve("xlsx"), "x");

        List<Path> paths = Ziping.expand(List.of(dir.toString(), "-", "missing.txt"));

        assertEquals(List.of(dir.resolve("a.pdf"), sub.resolve("s.html"), sub.resolve("t.xlsx"), sub.resolve("w.wps"),
                sub.resolve("z.txt"), dir.resolve("c.TXT"), dir.resolve("notes.docx"), dir.resolve("old.DOC"),
                dir.resolve("page.htm"), dir.resolve("sheet.xls"), Path.of("-"), Path.of("missing.txt")), paths);
    }
}
