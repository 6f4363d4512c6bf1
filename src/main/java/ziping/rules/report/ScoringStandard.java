package ziping.rules.report;

import ziping.model.report.ScoredIndicator;

import java.util.Optional;

/** A 评分标准 text that can be read as a formula; see {@link #read}. */
sealed interface ScoringStandard permits DeductionStandard, ElementShareStandard {

    /** The score this standard gives the row; null when the row's 业绩值 cannot be used with it. */
    StandardScore score(ScoredIndicator row, ReportAudit audit);

    /** The standard the text states, when it is one of the readable kinds. */
    static Optional<ScoringStandard> read(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Optional<ScoringStandard> deduction = DeductionStandard.read(text).map(s -> s);
        return deduction.isPresent() ? deduction : ElementShareStandard.read(text).map(s -> s);
    }
}
