package ziping.cli;

import ziping.result.FileResult;

import java.io.PrintStream;

/** Progress of a batch, shown while it runs; {@link #NONE} shows nothing. */
interface Progress extends AutoCloseable {
    Progress NONE = new Progress() {
        @Override
        public void add(FileResult result) {
        }

        @Override
        public void beforeOutput() {
        }

        @Override
        public void close() {
        }
    };

    /** Counts one finished file. */
    void add(FileResult result);

    /** Gets out of the way of data about to be written to the same terminal. */
    void beforeOutput();

    /** Shows the final state and ends the line. */
    @Override
    void close();

    /**
     * A progress bar on {@code err} when it is an interactive terminal and not {@code quiet}, else {@link #NONE}.
     */
    static Progress open(boolean quiet, int totalFiles, PrintStream err) {
        return !quiet && Terminal.stderrIsInteractive() ? ProgressBar.start(totalFiles, err) : NONE;
    }
}
