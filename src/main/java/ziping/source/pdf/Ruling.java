package ziping.source.pdf;

/**
 * A straight horizontal or vertical rule on a page: {@code position} is its y (horizontal) or x (vertical),
 * {@code start}..{@code end} its extent along the other axis; page coordinates in points, y growing down.
 */
record Ruling(boolean horizontal, double position, double start, double end) {

    Ruling {
        if (start > end) {
            throw new IllegalArgumentException("ruling runs backwards: " + start + ".." + end);
        }
    }

    boolean covers(double along, double tolerance) {
        return start - tolerance <= along && along <= end + tolerance;
    }

    boolean crosses(Ruling other, double tolerance) {
        return horizontal != other.horizontal && covers(other.position, tolerance)
                && other.covers(position, tolerance);
    }
}
