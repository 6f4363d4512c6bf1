package ziping.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExpandTest {
    @TempDir
    Path dir;

    private Path file(String name) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "x");
        return p;
    }

    @Test
    void namesSortNaturallyHiddenFilesAndMacMetadataAreLeftOut() throws IOException {
        Path b10 = file("b10.txt");
        Path b2 = file("b2.txt");
        Path a = file("a/b1.pdf");
        file(".hidden.txt");
        file(".git/x.txt");
        file("__MACOSX/a/._b1.pdf");

        assertEquals(List.of(a, b2, b10), Ziping.expand(List.of(dir.toString())));
    }

    @Test
    void aFileNamedTwiceIsReadOnceAndExcludedGlobsAreLeftOut() throws IOException {
        Path form = file("form.txt");
        Path draft = file("old/form-draft.txt");
        Path kept = file("old/form-final.txt");

        assertEquals(List.of(form, kept), Ziping.expand(List.of(dir.toString(), form.toString(),
                dir.resolve("./form.txt").toString()), List.of("*draft*")));
        assertEquals(List.of(form), Ziping.expand(List.of(dir.toString()), List.of("**/old/**")));
        assertTrue(Files.exists(draft));
    }

    @Test
    void aLinkToAFileCountsAsThatFile(@TempDir Path elsewhere) throws IOException {
        Path target = elsewhere.resolve("form.txt");
        Files.writeString(target, "x");
        Path link = Files.createSymbolicLink(dir.resolve("linked.txt"), target);
        Path own = file("own.txt");

        assertEquals(List.of(link, own), Ziping.expand(List.of(dir.toString())));
    }

    @Test
    void numbersCompareByValue() {
        assertTrue(NaturalOrder.compare("b2".toCharArray(), "b10".toCharArray()) < 0);
        assertTrue(NaturalOrder.compare("b10".toCharArray(), "b2".toCharArray()) > 0);
        assertTrue(NaturalOrder.compare("007".toCharArray(), "7".toCharArray()) < 0, "a total order");
        assertTrue(NaturalOrder.compare("x99999999999999999999".toCharArray(),
                "x100000000000000000000".toCharArray()) < 0);
        assertEquals(0, NaturalOrder.compare("same1".toCharArray(), "same1".toCharArray()));
    }

    @Test
    void aDifferenceInsideADigitRunComparesTheWholeRun() {
        assertTrue(NaturalOrder.compare("f19".toCharArray(), "f100".toCharArray()) < 0, "19 before 100, not 9 after 00");
        assertTrue(NaturalOrder.compare("part-12/a".toCharArray(), "part-102/a".toCharArray()) < 0);
        assertTrue(NaturalOrder.compare("a1".toCharArray(), "a12".toCharArray()) < 0);
        assertTrue(NaturalOrder.compare("x007".toCharArray(), "x07".toCharArray()) < 0, "more zeros first");
        assertTrue(NaturalOrder.compare("d/20.txt".toCharArray(), "d/3.txt".toCharArray()) > 0);
    }

    @Test
    void pathsCompareFolderByFolder() {
        List<String> paths = new java.util.ArrayList<>(List.of("b10/x", "a-b/x.txt", "a/x.txt", "b2/x", "a/b/c.txt",
                "a/1x/y", "a/1/z"));
        paths.sort((a, b) -> NaturalOrder.compare(a.toCharArray(), b.toCharArray()));
        assertEquals(List.of("a/1/z", "a/1x/y", "a/b/c.txt", "a/x.txt", "a-b/x.txt", "b2/x", "b10/x"), paths);
    }
}
