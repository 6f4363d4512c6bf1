package ziping.rules;

import java.math.BigDecimal;

/** A grade and the lowest total that earns it: 优 from 90, 良 from 80, … */
public record GradeBand(String grade, BigDecimal from) {
}
