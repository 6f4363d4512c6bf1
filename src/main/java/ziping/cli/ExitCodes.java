package ziping.cli;

import ziping.api.FileStatus;
import ziping.model.Severity;
import ziping.report.Summary;

/** The process exit codes; an unreadable input (3) wins over findings (1). */
final class ExitCodes {
    static final int CLEAN = 0;
    static final int FINDINGS = 1;
    /** picocli's code for a usage error. */
    static final int USAGE = 2;
    static final int UNREADABLE_INPUT = 3;
    /** An unexpected failure, such as an output file that cannot be written. */
    static final int INTERNAL_ERROR = 4;

    private ExitCodes() {
    }

    static int of(Summary summary, Severity failOn) {
        if (summary.count(FileStatus.UNREADABLE) > 0) {
            return UNREADABLE_INPUT;
        }
        return summary.hasFindingAtLeast(failOn) ? FINDINGS : CLEAN;
    }
}
