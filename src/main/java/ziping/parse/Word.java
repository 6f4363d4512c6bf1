package ziping.parse;

import ziping.text.Whitespace;

import java.util.ArrayList;
import java.util.List;

/** A run of non-space characters of a layout line and the character column where it starts. */
record Word(int column, String text) {

    int end() {
        return column + text.length();
    }

    /** The words of one line; a leading form feed (page break) is not counted as a column. */
    static List<Word> of(String line) {
        String s = line.startsWith("\f") ? line.substring(1) : line;
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            if (Whitespace.is(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < s.length() && !Whitespace.is(s.charAt(i))) {
                i++;
            }
            words.add(new Word(start, s.substring(start, i)));
        }
        return words;
    }
}
