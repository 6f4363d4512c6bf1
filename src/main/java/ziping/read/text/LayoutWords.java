package ziping.read.text;

import ziping.model.FigureKind;
import ziping.parse.ValueParser;

/** What a word of layout text is: a value, a plain number, Han text; and how wide it prints. */
final class LayoutWords {
    private LayoutWords() {
    }

    static boolean isValue(String text) {
        return ValueParser.figureCell(text).kind() != FigureKind.UNREADABLE;
    }

    static boolean isPlainNumber(String text) {
        var figure = ValueParser.figureCell(text);
        return figure.isNumber() && figure.unit() == null;
    }

    static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    static boolean hasHan(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /** A text's printed width: two for a wide (Han, full-width) character, one for others. */
    static int displayWidth(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += text.charAt(i) < 0x1100 ? 1 : 2;
        }
        return w;
    }
}
