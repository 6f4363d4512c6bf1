package ziping.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * File names the JVM cannot decode. Java decodes names (arguments and folder listings) in the locale's charset,
 * fixed at start-up ({@code sun.jnu.encoding}); with {@code LANG} unset that is ASCII, so a Chinese name given as an
 * argument cannot be made a path at all, and one found in a folder is shown as U+FFFD (it is still read: the path
 * keeps its bytes). The launcher runs Java in {@code C.UTF-8} in that case; with {@code java -jar} these messages say
 * what to do.
 */
final class FileNames {
    private static final String ADVICE = "run with LANG=C.UTF-8 (or use the ziping launcher)";

    private FileNames() {
    }

    /** @throws IllegalArgumentException naming the first argument that cannot be a path, and what to do */
    static void requireDecodable(List<String> args) {
        for (String arg : args) {
            try {
                Path.of(arg);
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException("cannot decode the file name " + arg + " in this locale's charset ("
                        + System.getProperty("sun.jnu.encoding") + "): " + ADVICE);
            }
        }
    }

    /** A warning when some input's name could not be decoded (it holds U+FFFD), else null. */
    static String undecodedWarning(List<Path> inputs) {
        for (Path input : inputs) {
            if (input.toString().indexOf('\uFFFD') >= 0) {
                return "ziping: some file names cannot be shown in this locale's charset ("
                        + System.getProperty("sun.jnu.encoding") + ") and are printed with \uFFFD; " + ADVICE;
            }
        }
        return null;
    }
}
