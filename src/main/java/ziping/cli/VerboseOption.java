package ziping.cli;

import picocli.CommandLine.Option;

/**
 * {@code --verbose}: ziping's own notes at level info on standard error, among them one line per PDF that PDFBox
 * complained about (a damaged stream, a missing font); without it only warnings are logged and PDFBox says nothing.
 */
final class VerboseOption {
    /** slf4j-simple reads a logger's level from this property when the logger is made, so set it before. */
    static final String LEVEL_PROPERTY = "org.slf4j.simpleLogger.log.ziping";

    @Option(names = "--verbose", description = "Log notes on standard error, e.g. one line per PDF PDFBox complained about.")
    void verbose(boolean on) {
        if (on) {
            System.setProperty(LEVEL_PROPERTY, "info");
        }
    }
}
