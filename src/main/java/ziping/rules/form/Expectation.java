package ziping.rules.form;

import ziping.rules.Interval;

/** What an indicator should score by the official rules (NOTES.md §3), as worked out by {@link IndicatorScoring}. */
sealed interface Expectation {

    /** A quantitative target met: full 分值. */
    record Met() implements Expectation {
    }

    /** Not met (or not done): the score interval the formula gives, and the formula with its inputs. */
    record Missed(Interval score, String formula) implements Expectation {
    }

    /** A qualitative indicator: its level and the band of 分值 that level may score. */
    record Banded(QualitativeLevel level, Interval score) implements Expectation {
    }
}
