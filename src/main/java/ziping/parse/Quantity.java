package ziping.parse;

import ziping.model.Comparator;

/**
 * The shape of a quantity in a value cell: a comparator before the number (a symbol or a word), the number, a unit
 * ({@link Units}), a comparator word after ({@code 以上}, {@code 以内}). The number is kept as offsets into the text
 * it was read from, so that its decimal is built only by the caller.
 */
record Quantity(Comparator comparator, int numberStart, int numberEnd, String unit) {

    /**
     * The quantity that is the whole of {@code compact} (folded, no whitespace), or null. A comparator printed both
     * before and after ({@code 不低于95%以上}) must agree. {@code latin}: see {@link Units#isUnit}.
     */
    static Quantity read(String compact, boolean latin) {
        ComparatorWords.Found before = ComparatorWords.before(compact);
        int start = before == null ? 0 : before.length();
        int end = NumberText.end(compact, start);
        if (end < 0) {
            return null;
        }
        if (end == compact.length()) {
            return new Quantity(before == null ? null : before.comparator(), start, end, null);
        }
        String rest = compact.substring(end);
        ComparatorWords.Found after = ComparatorWords.after(rest);
        String unit = after == null ? rest : rest.substring(0, rest.length() - after.length());
        if (!unit.isEmpty() && !Units.isUnit(unit, latin)) {
            return null;
        }
        Comparator comparator = comparator(before, after);
        if (comparator == null && before != null) {
            return null;
        }
        return new Quantity(comparator, start, end, unit.isEmpty() ? null : Units.normalise(unit));
    }

    /** The comparator printed, or null when none was or the two printed disagree (then {@code before} is non-null). */
    private static Comparator comparator(ComparatorWords.Found before, ComparatorWords.Found after) {
        Comparator b = before == null ? null : before.comparator();
        Comparator a = after == null ? null : after.comparator();
        if (b == null || a == null) {
            return b != null ? b : a;
        }
        return a == b ? a : null;
    }
}
