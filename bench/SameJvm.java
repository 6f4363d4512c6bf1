import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * Times two builds of ziping against each other in one JVM, taking turns round by round: each round checks every
 * file of a folder and renders its JSON (what a worker of {@code ziping check} does), first with one build, then with
 * the other, alternating which goes first. On a shared machine whose speed drifts by tens of percent from minute to
 * minute (see RESULTS.md), two rounds a second apart see the same machine, so the ratio of the two is steady where
 * separate runs are not. Prints each build's best and median round and the median ratio of the second build's
 * round to the first's. Needs only Java 17 (run as a source file); build the two jars first, e.g. an earlier commit
 * in a worktree ({@code git worktree add /tmp/base BASE && (cd /tmp/base && mvn -q -DskipTests package)}):
 *
 * <pre>
 *   java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn64m bench/SameJvm.java \
 *       /tmp/base/target/ziping.jar target/ziping.jar target/bench-corpus/text/part-001 [ROUNDS]
 * </pre>
 * The first two rounds of each are warm-up and not counted (default 20 rounds). Each build is loaded by a class
 * loader of its own, so neither sees the other's classes; both must agree on the JSON they write (checked).
 */
public final class SameJvm {
    private static final int WARM_UP = 2;

    /** One build: its checker and renderer, called through method handles, and its timed rounds in ms. */
    private static final class Build {
        final String jar;
        final Object ziping;
        final MethodHandle check;
        final Object json;
        final MethodHandle render;
        final List<Double> rounds = new ArrayList<>();
        long jsonBytes;

        Build(String jar) throws Exception {
            this.jar = jar;
            ClassLoader loader = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Class<?> zipingClass = Class.forName("ziping.api.Ziping", true, loader);
            Class<?> options = Class.forName("ziping.api.Ziping$Options", true, loader);
            ziping = zipingClass.getConstructor(options).newInstance(options.getMethod("defaults").invoke(null));
            check = MethodHandles.publicLookup().unreflect(zipingClass.getMethod("check", Path.class));
            Class<?> lang = Class.forName("ziping.report.Lang", true, loader);
            Class<?> resultJson = Class.forName("ziping.report.ResultJson", true, loader);
            json = resultJson.getConstructor(lang).newInstance(lang.getEnumConstants()[0]);
            render = MethodHandles.publicLookup().unreflect(
                    resultJson.getMethod("render", Class.forName("ziping.result.FileResult", true, loader)));
        }

        double round(List<Path> files) throws Throwable {
            long start = System.nanoTime();
            long bytes = 0;
            for (Path file : files) {
                bytes += ((byte[]) render.invoke(json, check.invoke(ziping, file))).length;
            }
            jsonBytes = bytes;
            return (System.nanoTime() - start) / 1e6;
        }
    }

    public static void main(String[] args) throws Throwable {
        if (args.length < 3) {
            System.err.println("usage: java bench/SameJvm.java FIRST.jar SECOND.jar FOLDER [ROUNDS]");
            System.exit(2);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[2]))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        Build first = new Build(args[0]);
        Build second = new Build(args[1]);
        for (int round = 0; round < rounds; round++) {
            Build a = round % 2 == 0 ? first : second;
            Build b = a == first ? second : first;
            double ta = a.round(files);
            double tb = b.round(files);
            if (round >= WARM_UP) {
                a.rounds.add(ta);
                b.rounds.add(tb);
            }
        }
        if (first.jsonBytes != second.jsonBytes) {
            System.out.printf("note: the builds wrote different JSON (%d and %d bytes)%n",
                    first.jsonBytes, second.jsonBytes);
        }
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < first.rounds.size(); i++) {
            ratios.add(second.rounds.get(i) / first.rounds.get(i));
        }
        Collections.sort(ratios);
        for (Build b : List.of(first, second)) {
            List<Double> sorted = new ArrayList<>(b.rounds);
            Collections.sort(sorted);
            System.out.printf("%s: best %.1f ms, median %.1f ms over %d files%n",
                    b.jar, sorted.get(0), sorted.get(sorted.size() / 2), files.size());
        }
        System.out.printf("second / first, round by round: median %.3f (from %.3f to %.3f)%n",
                ratios.get(ratios.size() / 2), ratios.get(0), ratios.get(ratios.size() - 1));
    }
}
