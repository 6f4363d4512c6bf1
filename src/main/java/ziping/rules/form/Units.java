package ziping.rules.form;

import ziping.model.Measure;

import java.util.Objects;

/** How the units of an indicator's target and actual relate. */
final class Units {
    private Units() {
    }

    static boolean hasUnit(Measure m) {
        return m.unit() != null && !m.unit().isBlank();
    }

    /** Both printed and different, e.g. 元 vs 万元. */
    static boolean differ(Measure target, Measure actual) {
        return hasUnit(target) && hasUnit(actual) && !Objects.equals(target.unit(), actual.unit());
    }

    /** Equal, or one side printed without a unit, so the numbers can be compared. */
    static boolean compatible(Measure target, Measure actual) {
        return !differ(target, actual);
    }
}
