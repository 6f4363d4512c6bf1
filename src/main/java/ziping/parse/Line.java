package ziping.parse;

/** One line of a form's text: its 1-based number in the source and its normalised, trimmed text. */
record Line(int number, String text) {
    boolean isBlank() {
        return text.isEmpty();
    }
}
