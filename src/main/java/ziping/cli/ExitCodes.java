package ziping.cli;

import ziping.result.FileStatus;
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
        return of(summary, failOn, false);
    }

    /**
     * @param failOn      the lowest severity that fails; null: findings never fail ({@code --fail-on never})
     * @param failOnNoForm a file without a form fails as a finding would ({@code --fail-on-no-form})
     */
    static int of(Summary summary, Severity failOn, boolean failOnNoForm) {
        if (summary.count(FileStatus.UNREADABLE) > 0) {
            return UNREADABLE_INPUT;
        }
        if (failOnNoForm && summary.count(FileStatus.NO_FORM) > 0) {
            return FINDINGS;
        }
        return failOn != null && summary.hasFindingAtLeast(failOn) ? FINDINGS : CLEAN;
    }
}
