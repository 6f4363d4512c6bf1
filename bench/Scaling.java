import ziping.api.Batch;
import ziping.api.Ziping;
import ziping.report.Format;
import ziping.report.Lang;
import ziping.report.ResultSink;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * How ziping's batch scales from 1 to N jobs once the JVM is warm: the CLI's path (check, render JSON on the worker,
 * write in order) over a folder, run first untimed, then ROUNDS times with 1 job and with N jobs alternately.
 * Prints "best-seconds-1-job best-seconds-N-jobs documents". Compiled by bench/run.sh against target/ziping.jar:
 * {@code java -cp target/ziping.jar:target/bench Scaling N ROUNDS FOLDER}.
 */
public final class Scaling {
    public static void main(String[] args) throws Exception {
        int jobs = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        List<Path> inputs = Ziping.expand(List.of(args[2]));
        Ziping ziping = new Ziping(Ziping.Options.defaults());
        int documents = run(ziping, inputs, jobs);
        double best1 = Double.MAX_VALUE;
        double bestN = Double.MAX_VALUE;
        for (int round = 0; round < rounds; round++) {
            best1 = Math.min(best1, timed(ziping, inputs, 1));
            bestN = Math.min(bestN, timed(ziping, inputs, jobs));
        }
        System.out.printf("%.3f %.3f %d%n", best1, bestN, documents);
    }

    private static double timed(Ziping ziping, List<Path> inputs, int jobs) throws Exception {
        long start = System.nanoTime();
        run(ziping, inputs, jobs);
        return (System.nanoTime() - start) / 1e9;
    }

    private static int run(Ziping ziping, List<Path> inputs, int jobs) throws Exception {
        ResultSink sink = Format.JSON.open(OutputStream.nullOutputStream(), StandardCharsets.UTF_8, Lang.ZH);
        int[] documents = {0};
        sink.begin();
        new Batch(jobs, Batch.DEFAULT_FILE_BUDGET).run(inputs, ziping::check, sink::render, rendered -> {
            documents[0] += rendered.result().forms().size();
            try {
                sink.write(rendered);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        sink.end();
        return documents[0];
    }
}
