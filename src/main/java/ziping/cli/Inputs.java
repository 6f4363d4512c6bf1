package ziping.cli;

import ziping.api.Ziping;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Dispatches one expanded input to a file or to standard input ({@value Ziping#STDIN}). */
final class Inputs {
    private Inputs() {
    }

    static <T> T read(Path path, Function<Path, T> fromFile, BiFunction<String, InputStream, T> fromStream) {
        return path.toString().equals(Ziping.STDIN) ? fromStream.apply(Ziping.STDIN, System.in) : fromFile.apply(path);
    }
}
