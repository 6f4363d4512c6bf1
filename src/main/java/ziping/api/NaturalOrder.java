package ziping.api;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * Orders paths as people number files: runs of digits compare by value, so {@code b2.txt} comes before
 * {@code b10.txt}; everything else compares character by character, folder by folder.
 */
final class NaturalOrder implements Comparator<Path> {
    static final NaturalOrder INSTANCE = new NaturalOrder();

    @Override
    public int compare(Path a, Path b) {
        int n = Math.min(a.getNameCount(), b.getNameCount());
        for (int i = 0; i < n; i++) {
            int c = compare(a.getName(i).toString(), b.getName(i).toString());
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.getNameCount(), b.getNameCount());
    }

    static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (isDigit(x) && isDigit(y)) {
                int si = i;
                int sj = j;
                while (i < a.length() && isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && isDigit(b.charAt(j))) {
                    j++;
                }
                int c = compareNumbers(a.substring(si, i), b.substring(sj, j));
                if (c != 0) {
                    return c;
                }
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** By value, however long; equal values with more leading zeros first (007 before 7), so the order is total. */
    private static int compareNumbers(String x, String y) {
        String sx = x.replaceFirst("^0+(?=.)", "");
        String sy = y.replaceFirst("^0+(?=.)", "");
        if (sx.length() != sy.length()) {
            return Integer.compare(sx.length(), sy.length());
        }
        int c = sx.compareTo(sy);
        return c != 0 ? c : Integer.compare(y.length(), x.length());
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
