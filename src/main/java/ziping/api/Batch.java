package ziping.api;

import ziping.result.FileResult;
import ziping.result.FileStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Checks many inputs on {@code jobs} worker threads and hands every result over in input order, on the calling
 * thread, as soon as it and all results before it are done. At most {@code 16 × jobs} results are pending at any
 * time, so memory is bounded by the jobs in flight, not by the number of inputs.
 * <p>
 * Each input has a time budget that starts when a worker picks it up; when it runs out the input is reported
 * {@link FileStatus#UNREADABLE} with "time budget of 30s exceeded", its worker is interrupted (the readers check for
 * that in every loop that grows with the input) and another thread takes its place at once, so a worker stuck in code
 * that ignores the interrupt is abandoned (a daemon thread, its result dropped) and the batch always finishes. The
 * {@code jobs} threads live as long as the batch: an input costs no thread start and no hand-over. An input that exhausts the heap or the stack is reported unreadable the same way, and
 * the batch goes on.
 */
public final class Batch {
    public static final Duration DEFAULT_FILE_BUDGET = Duration.ofSeconds(30);
    /** The longest budget per file; longer ones are refused (they would overflow the clock arithmetic). */
    public static final Duration MAX_FILE_BUDGET = Duration.ofHours(24);
    /** The most jobs; every job holds a thread and a window of results, so more would only exhaust the heap. */
    public static final int MAX_JOBS = 256;
    /**
     * Results that may wait for the one before them, per job. Files differ in size (one form or fourteen): a small
     * window lets a long file at the head stall the other workers; at 2 per job, 2 jobs gained 1.6× over 1, at 16
     * per job 1.9× (bench/Scaling.java). A result is a few hundred KB at most, so the bound stays small.
     */
    static final int PENDING_PER_JOB = 16;

    private final int jobs;
    private final Duration fileBudget;

    public Batch(int jobs, Duration fileBudget) {
        if (jobs < 1 || jobs > MAX_JOBS) {
            throw new IllegalArgumentException("jobs must be from 1 to " + MAX_JOBS + ", got " + jobs);
        }
        if (fileBudget.isNegative() || fileBudget.isZero() || fileBudget.compareTo(MAX_FILE_BUDGET) > 0) {
            throw new IllegalArgumentException("the time budget per file must be positive and at most "
                    + Durations.text(MAX_FILE_BUDGET) + ", got " + Durations.text(fileBudget));
        }
        this.jobs = jobs;
        this.fileBudget = fileBudget;
    }

    /** The number of cores, at most {@link #MAX_JOBS}. */
    public static int defaultJobs() {
        return Math.min(MAX_JOBS, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Runs {@code check} on every input and passes each result to {@code results} in input order. An exception
     * thrown by {@code results} stops the batch and is rethrown.
     */
    public void run(List<Path> inputs, Function<Path, FileResult> check, Consumer<FileResult> results)
            throws InterruptedException {
        run(inputs, check, Function.identity(), results);
    }

    /**
     * Like {@link #run(List, Function, Consumer)}, but each result is first passed through {@code then} on its worker
     * (within the file's budget), e.g. to render it; a result made on the calling thread (budget exceeded, failure)
     * is passed through {@code then} there.
     */
    public <T> void run(List<Path> inputs, Function<Path, FileResult> check, Function<FileResult, T> then,
                        Consumer<T> results) throws InterruptedException {
        // One thread per job takes the inputs in turn from a queue; a thread stuck past its budget is replaced.
        Workers workers = new Workers(jobs);
        ScheduledThreadPoolExecutor alarms = new ScheduledThreadPoolExecutor(1, daemonThreads("ziping-budget"));
        alarms.setRemoveOnCancelPolicy(true);
        try {
            Queue<FileTask<T>> pending = new ArrayDeque<>();
            for (Path input : inputs) {
                if (pending.size() == PENDING_PER_JOB * jobs) {
                    results.accept(pending.remove().result());
                }
                FileTask<T> task = new FileTask<>(input, check, then, alarms, workers);
                pending.add(task);
                workers.pool.execute(task);
            }
            while (!pending.isEmpty()) {
                results.accept(pending.remove().result());
            }
        } finally {
            workers.pool.shutdownNow();
            alarms.shutdownNow();
        }
    }

    /**
     * One input: when its budget runs out it is cancelled (its thread interrupted) and the pool gets one thread more
     * at once, so the next inputs go on whether or not the cancelled thread stops; when that thread does come back,
     * the pool gives the extra thread up again. Any failure becomes an unreadable result.
     */
    private final class FileTask<T> extends FutureTask<T> {
        private final String name;
        private final Function<FileResult, T> then;
        private final ScheduledExecutorService alarms;
        private final Workers workers;
        private final AtomicBoolean expired = new AtomicBoolean();

        FileTask(Path input, Function<Path, FileResult> check, Function<FileResult, T> then,
                 ScheduledExecutorService alarms, Workers workers) {
            super(() -> then.apply(check.apply(input)));
            this.name = input.toString();
            this.then = then;
            this.alarms = alarms;
            this.workers = workers;
        }

        @Override
        public void run() {
            ScheduledFuture<?> alarm;
            try {
                alarm = alarms.schedule(this::expire, fileBudget.toNanos(), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException batchStopped) {
                cancel(false);
                return;
            }
            try {
                super.run();
            } finally {
                alarm.cancel(false);
                if (expired.get()) {
                    workers.stuck(-1);
                }
                Thread.interrupted();    // a late alarm must not interrupt the next file on this thread
            }
        }

        private void expire() {
            if (!isDone() && expired.compareAndSet(false, true)) {
                cancel(true);
                workers.stuck(+1);
            }
        }

        T result() throws InterruptedException {
            try {
                return get();
            } catch (CancellationException e) {
                return then.apply(FileResult.unreadable(name,
                        "time budget of " + Durations.text(fileBudget) + " exceeded"));
            } catch (ExecutionException e) {
                return then.apply(FileResult.unreadable(name, reason(e.getCause())));
            }
        }
    }

    /**
     * The worker threads: one per job, and one more for each cancelled input whose thread has not come back yet (a
     * grown pool starts a thread for the queued inputs at once; a shrunk one lets its extra thread go when idle).
     */
    private static final class Workers {
        private final ThreadPoolExecutor pool;
        private final int jobs;
        private int stuck;

        Workers(int jobs) {
            this.jobs = jobs;
            this.pool = new ThreadPoolExecutor(jobs, jobs, 0, TimeUnit.NANOSECONDS, new LinkedBlockingQueue<>(),
                    daemonThreads("ziping-worker"));
        }

        synchronized void stuck(int change) {
            stuck += change;
            int size = jobs + Math.max(0, stuck);
            if (size > pool.getMaximumPoolSize()) {
                pool.setMaximumPoolSize(size);
                pool.setCorePoolSize(size);
            } else if (size < pool.getMaximumPoolSize()) {
                pool.setCorePoolSize(size);
                pool.setMaximumPoolSize(size);
            }
        }
    }

    private static String reason(Throwable failure) {
        if (failure instanceof OutOfMemoryError) {
            return "out of memory: the file needs more heap than is available";
        }
        if (failure instanceof StackOverflowError) {
            return "stack overflow: the file is nested too deeply";
        }
        return failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread t = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
