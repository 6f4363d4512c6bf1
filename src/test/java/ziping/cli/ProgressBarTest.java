package ziping.cli;

import org.junit.jupiter.api.Test;
import ziping.result.FileResult;
import ziping.result.FileStatus;
import ziping.api.Ziping;
import ziping.testing.Seeds;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProgressBarTest {
    private final AtomicLong now = new AtomicLong(TimeUnit.SECONDS.toNanos(1000));
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ProgressBar bar = new ProgressBar(10, new PrintStream(err, true, StandardCharsets.UTF_8), now::get);

    private String drawn() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void showsFilesFormsFindingsRateAndEta() {
        FileResult seed = new Ziping(Ziping.Options.defaults()).check(Seeds.path(Seeds.S003));
        int findings = seed.forms().stream().mapToInt(d -> d.findings().size()).sum();
        bar.add(seed);
        bar.add(FileResult.unreadable("x.txt", "empty file"));
        bar.add(new FileResult("y.txt", FileStatus.NO_FORM, null, List.of()));
        now.addAndGet(TimeUnit.SECONDS.toNanos(2));

        assertEquals("[######--------------] 3/10 files  14 forms  " + findings + " findings  1.5 files/s  ETA 0:05",
                bar.line());
    }

    @Test
    void etaIsUnknownBeforeTheFirstFileAndHoursAreShown() {
        assertEquals("[--------------------] 0/10 files  0 forms  0 findings  0.0 files/s  ETA ?", bar.line());
        bar.add(FileResult.unreadable("x.txt", "empty file"));
        now.addAndGet(TimeUnit.MINUTES.toNanos(30));
        assertEquals("[##------------------] 1/10 files  0 forms  0 findings  0.0 files/s  ETA 4:30:00", bar.line());
    }

    @Test
    void drawsInPlaceAndClearsItsLineOnlyWhenShown() {
        bar.beforeOutput();
        assertEquals("", drawn());
        bar.draw();
        bar.beforeOutput();
        bar.beforeOutput();
        assertEquals("\r\033[K" + bar.line() + "\r\033[K", drawn());
    }

    @Test
    void closeLeavesTheFinalStateOnItsOwnLine() {
        bar.close();
        assertEquals("\r\033[K" + bar.line() + System.lineSeparator(), drawn());
    }
}
