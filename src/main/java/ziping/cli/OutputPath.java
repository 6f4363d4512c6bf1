package ziping.cli;

import java.nio.file.Path;

/** The {@code -o} value: {@code -} stands for standard output, as it does for input. */
final class OutputPath {
    private OutputPath() {
    }

    /** Null for standard output. */
    static Path of(Path option) {
        return option == null || option.toString().equals("-") ? null : option;
    }
}
