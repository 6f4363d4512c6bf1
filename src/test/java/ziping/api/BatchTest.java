package ziping.api;

import ziping.result.FileResult;
import ziping.result.FileStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchTest {
    private static final Duration GENEROUS = Duration.ofSeconds(30);

    private static List<Path> inputs(int n) {
        return IntStream.range(0, n).mapToObj(i -> Path.of("in-" + i + ".txt")).toList();
    }

    private static FileResult noForm(Path p) {
        return new FileResult(p.toString(), FileStatus.NO_FORM, null, List.of());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void resultsComeInInputOrderWhenLaterFilesFinishFirst() throws InterruptedException {
        List<Path> in = inputs(12);
        List<String> out = new ArrayList<>();

        new Batch(4, GENEROUS).run(in, p -> {
            int i = Integer.parseInt(p.toString().replaceAll("\\D", ""));
            sleep((12 - i) * 5L);
            return noForm(p);
        }, r -> out.add(r.path()));

        assertEquals(in.stream().map(Path::toString).toList(), out);
    }

    @Test
    void atMostSixteenResultsPerJobArePending() throws InterruptedException {
        AtomicInteger started = new AtomicInteger();
        AtomicInteger delivered = new AtomicInteger();
        AtomicInteger mostPending = new AtomicInteger();

        new Batch(3, GENEROUS).run(inputs(500), p -> {
            mostPending.accumulateAndGet(started.incrementAndGet() - delivered.get(), Math::max);
            return noForm(p);
        }, r -> {
            sleep(1);
            delivered.incrementAndGet();
        });

        assertEquals(500, delivered.get());
        assertTrue(mostPending.get() <= 3 * Batch.PENDING_PER_JOB, "pending results: " + mostPending.get());
        assertTrue(mostPending.get() > 3 * 2, "the workers ran well ahead of a slow consumer: " + mostPending.get());
    }

    @Test
    void theJobsThreadsTakeEveryInputWithoutNewThreads() throws InterruptedException {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        List<FileResult> out = new ArrayList<>();

        new Batch(2, GENEROUS).run(inputs(2000), p -> {
            threads.add(Thread.currentThread());
            return noForm(p);
        }, out::add);

        assertEquals(2000, out.size());
        assertEquals(2, threads.size(), "threads used: " + threads);
    }

    @Test
    void aFileOverItsTimeBudgetIsUnreadableAndItsWorkerInterrupted() throws InterruptedException {
        CountDownLatch interrupted = new CountDownLatch(1);
        Function<Path, FileResult> check = p -> {
            if (p.toString().equals("in-1.txt")) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
            }
            return noForm(p);
        };
        List<FileResult> out = new ArrayList<>();
        long start = System.nanoTime();

        new Batch(2, Duration.ofMillis(300)).run(inputs(3), check, out::add);

        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20), "the batch waited for the slow file");
        assertEquals(List.of(noForm(Path.of("in-0.txt")),
                FileResult.unreadable("in-1.txt", "time budget of 300ms exceeded"),
                noForm(Path.of("in-2.txt"))), out);
        assertTrue(interrupted.await(5, TimeUnit.SECONDS), "the slow worker was not interrupted");
    }

    @Test
    void aWorkerThatIgnoresTheInterruptIsAbandonedAndItsSlotFreed() throws InterruptedException {
        AtomicBoolean release = new AtomicBoolean();
        Function<Path, FileResult> check = p -> {
            while (p.toString().equals("in-0.txt") && !release.get()) {
                Thread.onSpinWait();     // deaf to interrupts, like a loop without a check
            }
            return noForm(p);
        };
        List<FileResult> out = new ArrayList<>();
        long start = System.nanoTime();
        try {
            new Batch(1, Duration.ofMillis(300)).run(inputs(3), check, out::add);
        } finally {
            release.set(true);
        }

        assertTrue(System.nanoTime() - start < TimeUnit.MILLISECONDS.toNanos(1300),
                "the batch waited for the stuck file: " + (System.nanoTime() - start) / 1_000_000 + " ms");
        assertEquals(List.of(FileResult.unreadable("in-0.txt", "time budget of 300ms exceeded"),
                noForm(Path.of("in-1.txt")), noForm(Path.of("in-2.txt"))), out);
    }

    @Test
    void thenRunsOnTheWorkerAndOnTheCallingThreadForFailures() throws InterruptedException {
        List<String> out = new ArrayList<>();

        new Batch(2, GENEROUS).run(inputs(3), p -> {
            if (p.toString().equals("in-1.txt")) {
                throw new IllegalStateException("broken");
            }
            return noForm(p);
        }, r -> r.path() + " " + r.status().id() + " on " + Thread.currentThread().getName(), out::add);

        String caller = Thread.currentThread().getName();
        assertEquals(3, out.size());
        assertTrue(out.get(0).matches("in-0.txt no_form on ziping-worker-\\d"), out.get(0));
        assertEquals("in-1.txt unreadable on " + caller, out.get(1));
        assertTrue(out.get(2).matches("in-2.txt no_form on ziping-worker-\\d"), out.get(2));
    }

    @Test
    void exhaustedHeapOrStackMakesOnlyThatFileUnreadable() throws InterruptedException {
        List<FileResult> out = new ArrayList<>();

        new Batch(2, GENEROUS).run(inputs(3), p -> switch (p.toString()) {
            case "in-0.txt" -> throw new OutOfMemoryError("Java heap space");
            case "in-1.txt" -> throw new StackOverflowError();
            default -> noForm(p);
        }, out::add);

        assertEquals(List.of(
                FileResult.unreadable("in-0.txt", "out of memory: the file needs more heap than is available"),
                FileResult.unreadable("in-1.txt", "stack overflow: the file is nested too deeply"),
                noForm(Path.of("in-2.txt"))), out);
    }

    @Test
    void aFailingConsumerStopsTheBatch() {
        AtomicInteger checked = new AtomicInteger();
        Batch batch = new Batch(2, GENEROUS);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> batch.run(inputs(1000), p -> {
            checked.incrementAndGet();
            return noForm(p);
        }, r -> {
            throw new IllegalStateException("disk full");
        }));

        assertEquals("disk full", e.getMessage());
        assertTrue(checked.get() <= 2 * Batch.PENDING_PER_JOB + 2, "files checked after the failure: " + checked.get());
    }

    @Test
    void checkAllGivesWhatCheckingOneByOneGives() throws IOException, InterruptedException {
        Ziping ziping = new Ziping(Ziping.Options.defaults());
        List<Path> inputs = Ziping.expand(List.of("samples", "src/test/resources/pdf/000.pdf", "missing.txt"));
        List<FileResult> parallel = new ArrayList<>();

        ziping.checkAll(inputs, 3, parallel::add);

        assertEquals(inputs.stream().map(ziping::check).toList(), parallel);
        assertEquals(List.of(FileStatus.OK, FileStatus.OK, FileStatus.OK, FileStatus.OK, FileStatus.OK,
                FileStatus.UNREADABLE), parallel.stream().map(FileResult::status).toList());
    }

    @Test
    void jobsAndBudgetMustBePositiveAndBounded() {
        assertThrows(IllegalArgumentException.class, () -> new Batch(0, GENEROUS));
        assertThrows(IllegalArgumentException.class, () -> new Batch(1, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new Batch(Batch.MAX_JOBS + 1, GENEROUS));
        assertThrows(IllegalArgumentException.class, () -> new Batch(1, Batch.MAX_FILE_BUDGET.plusMillis(1)));
    }
}
