package ziping.api;

import java.io.File;
import java.util.Arrays;

/**
 * Orders paths as people number files: runs of digits compare by value, so {@code b2.txt} comes before
 * {@code b10.txt}; everything else compares character by character, folder by folder. The paths' strings are
 * compared whole, with the name separator ranked below every other character: that orders folder by folder (a
 * name that is the start of another comes first) without cutting the paths into names on every comparison. The
 * paths come as char arrays, made once before a sort: indexing an array costs far less than {@code String.charAt}
 * without C2 (the launcher runs C1), and a folder of ten thousand files takes some 150,000 comparisons while the
 * batch waits for its list.
 */
final class NaturalOrder {
    private static final char SEPARATOR = File.separatorChar;

    private NaturalOrder() {
    }

    static int compare(char[] a, char[] b) {
        int i = sharedStart(a, b);
        int j = i;
        while (i < a.length && j < b.length) {
            char x = a[i];
            char y = b[j];
            if (isDigit(x) && isDigit(y)) {
                int si = i;
                int sj = j;
                while (i < a.length && isDigit(a[i])) {
                    i++;
                }
                while (j < b.length && isDigit(b[j])) {
                    j++;
                }
                int c = compareNumbers(a, si, i, b, sj, j);
                if (c != 0) {
                    return c;
                }
            } else {
                if (x != y) {
                    return Integer.compare(rank(x), rank(y));
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length - i, b.length - j);
    }

    /**
     * Where the comparison can start: the first difference, moved back to the start of the digit run it falls in.
     * Everything before is the same character by character, so it compares equal; the paths of a folder share a long
     * start (its own path), which the character loop would otherwise walk on every comparison of the sort.
     */
    private static int sharedStart(char[] a, char[] b) {
        int k = Arrays.mismatch(a, b);
        if (k < 0) {
            return a.length;
        }
        while (k > 0 && isDigit(a[k - 1])) {
            k--;
        }
        return k;
    }

    /**
     * The digit runs {@code a[as, ae)} and {@code b[bs, be)} by value, however long; equal values with more leading
     * zeros first (007 before 7), so the order is total. Runs on every comparison of a sort, so it allocates nothing.
     */
    private static int compareNumbers(char[] a, int as, int ae, char[] b, int bs, int be) {
        int za = skipZeros(a, as, ae);
        int zb = skipZeros(b, bs, be);
        if (ae - za != be - zb) {
            return Integer.compare(ae - za, be - zb);
        }
        for (int i = za, j = zb; i < ae; i++, j++) {
            if (a[i] != b[j]) {
                return Character.compare(a[i], b[j]);
            }
        }
        return Integer.compare(be - bs, ae - as);
    }

    /** Where a digit run's value starts: after its leading zeros, but never past its last digit. */
    private static int skipZeros(char[] s, int start, int end) {
        while (start < end - 1 && s[start] == '0') {
            start++;
        }
        return start;
    }

    private static int rank(char c) {
        return c == SEPARATOR ? -1 : c;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
