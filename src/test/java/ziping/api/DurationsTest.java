package ziping.api;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DurationsTest {
    @Test
    void shortAndIsoFormsAreRead() {
        assertEquals(Duration.ofSeconds(30), Durations.parse("30s"));
        assertEquals(Duration.ofMillis(500), Durations.parse("500ms"));
        assertEquals(Duration.ofMinutes(2), Durations.parse(" 2M "));
        assertEquals(Duration.ofHours(1), Durations.parse("1h"));
        assertEquals(Duration.ofSeconds(90), Durations.parse("PT1M30S"));
        assertEquals(Duration.ofSeconds(90), Durations.parse("pt1m30s"));
    }

    @Test
    void otherTextIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("30"));
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("half a minute"));
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("-5s"));
    }

    @Test
    void textIsTheShortestExactForm() {
        assertEquals("30s", Durations.text(Duration.ofSeconds(30)));
        assertEquals("90s", Durations.text(Duration.ofSeconds(90)));
        assertEquals("2m", Durations.text(Duration.ofMinutes(2)));
        assertEquals("1h", Durations.text(Duration.ofMinutes(60)));
        assertEquals("1500ms", Durations.text(Duration.ofMillis(1500)));
        assertEquals("PT0.0000005S", Durations.text(Duration.ofNanos(500)));
    }
}
