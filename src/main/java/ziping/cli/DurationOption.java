package ziping.cli;

import picocli.CommandLine.ITypeConverter;
import ziping.api.Batch;
import ziping.api.Durations;

import java.time.Duration;

/** Reads a positive {@code --file-timeout 30s} of at most {@link Batch#MAX_FILE_BUDGET}; see {@link Durations#parse}. */
final class DurationOption implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        Duration d = Durations.parse(value);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException("the time budget must be positive, got " + value);
        }
        if (d.compareTo(Batch.MAX_FILE_BUDGET) > 0) {
            throw new IllegalArgumentException("the time budget must be at most "
                    + Durations.text(Batch.MAX_FILE_BUDGET) + ", got " + value);
        }
        return d;
    }
}
