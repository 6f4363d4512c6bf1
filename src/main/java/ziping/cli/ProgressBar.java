package ziping.cli;

import ziping.result.FileResult;
import ziping.report.Summary;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * One line on a terminal, redrawn in place ten times a second:
 * {@code [#####---------------]  1200/5000 files  4800 forms  37 findings  812.4 files/s  ETA 0:04}.
 */
final class ProgressBar implements Progress {
    static final Duration REDRAW_EVERY = Duration.ofMillis(100);
    private static final int BAR_WIDTH = 20;
    private static final String CLEAR_LINE = "\r\033[K";

    private final int totalFiles;
    private final PrintStream err;
    private final LongSupplier nanoClock;
    private final long startNanos;
    private final Summary summary = new Summary();
    private ScheduledExecutorService ticker;
    private boolean shown;
    private boolean closed;

    ProgressBar(int totalFiles, PrintStream err, LongSupplier nanoClock) {
        this.totalFiles = totalFiles;
        this.err = err;
        this.nanoClock = nanoClock;
        this.startNanos = nanoClock.getAsLong();
    }

    /** A bar redrawn every {@link #REDRAW_EVERY} by a daemon thread until {@link #close()}. */
    static ProgressBar start(int totalFiles, PrintStream err) {
        ProgressBar bar = new ProgressBar(totalFiles, err, System::nanoTime);
        bar.ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, "ziping-progress");
            t.setDaemon(true);
            return t;
        });
        long period = REDRAW_EVERY.toNanos();
        bar.ticker.scheduleAtFixedRate(bar::tick, period, period, TimeUnit.NANOSECONDS);
        return bar;
    }

    @Override
    public synchronized void add(FileResult result) {
        summary.add(result);
    }

    @Override
    public synchronized void beforeOutput() {
        if (shown) {
            err.print(CLEAR_LINE);
            err.flush();
            shown = false;
        }
    }

    private synchronized void tick() {
        if (!closed) {
            draw();
        }
    }

    synchronized void draw() {
        err.print(CLEAR_LINE + line());
        err.flush();
        shown = true;
    }

    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        draw();
        err.println();
        closed = true;
    }

    /** The text of the bar as it stands. */
    synchronized String line() {
        int done = summary.files();
        double seconds = Math.max(nanoClock.getAsLong() - startNanos, 1) / 1e9;
        double rate = done / seconds;
        int filled = totalFiles == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * done / totalFiles);
        String eta = rate > 0 ? clock(Math.round((totalFiles - done) / rate)) : "?";
        return String.format(Locale.ROOT, "[%s%s] %d/%d files  %d forms  %d findings  %.1f files/s  ETA %s",
                "#".repeat(filled), "-".repeat(BAR_WIDTH - filled), done, totalFiles, summary.documents(),
                summary.findings(), rate, eta);
    }

    private static String clock(long seconds) {
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
