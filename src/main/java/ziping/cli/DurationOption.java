package ziping.cli;

import picocli.CommandLine.ITypeConverter;
import ziping.api.Durations;

import java.time.Duration;

/** Reads a positive {@code --file-timeout 30s}; see {@link Durations#parse}. */
final class DurationOption implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        Duration d = Durations.parse(value);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException("the time budget must be positive, got " + value);
        }
        return d;
    }
}
