package ziping.read.text;

import ziping.read.Lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The columns of a funding header whose names wrap over several lines at different heights (Chromium's text: 调整后预 /
 * 算数, 预算 / 执行 / 率, 执行 beside 率(B/ and A) a line below), read from its words alone where their places do not
 * tell the columns apart: the words of each line, left to right, are cut into runs, column by column, so that each
 * column's words hold the characters of a column name (in any order: the lines of a wrapped name may be printed
 * side by side, the first right of the second), as many columns named as can be, a word that fits no name left out,
 * the columns in the order funding columns keep (a line's words stand at its own pitch: Chromium prints 得分 a line
 * below, left of 分值).
 */
final class FundingHeader {
    /** The most words of one line in one column's name. */
    private static final int RUN = 3;
    /** The most header lines read (the parts of a name wrapped on three lines and a line of stray words). */
    private static final int LINES = 4;
    /** The most choices of how far each line has been read (the product of its words + 1 over the lines). */
    private static final int STATES = 512;
    /**
     * What each character a column's first word stands left of a word read before it costs: the columns follow each
     * other along the lines (a few characters back are the lines' own shifts).
     */
    private static final double BACK = 1;
    /** What a named column is worth against the costs below. */
    private static final double NAMED = 100;
    /** What a word that names nothing costs. */
    private static final double LEFT_OUT = 30;
    /** What each character of a column's words beyond its name costs (自评 of 自评得分). */
    private static final double EXTRA = 8;
    /** The most characters beyond its name a column's words may hold. */
    private static final int MOST_EXTRA = 2;
    /** What each character between the starts of a column's words costs: a name's parts stand near each other. */
    private static final double SPREAD = 0.05;

    /** The funding columns' roles, each named once. */
    private static final List<String> ROLES = List.copyOf(Lexicon.builtIn().fundingColumns().keySet());

    /**
     * The order the funding columns keep in every family of forms: the amounts (年初预算数, 全年预算数, 全年执行数) first,
     * then 分值 and 执行率 (either way round), 得分 last.
     */
    private static final Map<String, Integer> RANK = Map.of("initialBudget", 0, "budget", 1, "executed", 2,
            "weight", 3, "rate", 3, "score", 4);
    /** For each role (by its index in {@link #ROLES}), the mask of the roles that stand right of it. */
    private static final int[] LATER = later();

    private final List<List<LayoutToken>> lines;
    private final int[] radix;

    /** A column's words read as a column name: its role and the name as the lexicon spells it; extra characters. */
    private record Named(String role, String word, int extra) {
    }

    private static int[] later() {
        int[] out = new int[ROLES.size()];
        for (int a = 0; a < ROLES.size(); a++) {
            for (int b = 0; b < ROLES.size(); b++) {
                Integer ra = RANK.get(ROLES.get(a));
                Integer rb = RANK.get(ROLES.get(b));
                if (ra != null && rb != null && rb > ra) {
                    out[a] |= 1 << b;
                }
            }
        }
        return out;
    }

    /** Whether the columns' roles keep the order funding columns keep ({@link #RANK}; roles outside it aside). */
    static boolean inOrder(List<LayoutColumn> columns) {
        int highest = -1;
        for (LayoutColumn c : columns) {
            Integer rank = RANK.get(c.role());
            if (rank != null) {
                if (rank < highest) {
                    return false;
                }
                highest = rank;
            }
        }
        return true;
    }

    private FundingHeader(List<List<LayoutToken>> lines) {
        this.lines = lines;
        radix = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            radix[i] = lines.get(i).size() + 1;
        }
    }

    /**
     * The columns the words name, left to right, or an empty list where there are more than {@link #LINES} lines of
     * words or too many words to try ({@link #STATES}). Each line's words are in order along the line.
     */
    static List<LayoutColumn> columns(List<List<LayoutToken>> lines) {
        List<List<LayoutToken>> words = lines.stream().filter(l -> !l.isEmpty()).toList();
        if (words.isEmpty() || words.size() > LINES) {
            return List.of();
        }
        return new FundingHeader(words).read();
    }

    private List<LayoutColumn> read() {
        int states = 1;
        for (int r : radix) {
            states *= r;
            if (states > STATES) {
                return List.of();
            }
        }
        int masks = 1 << ROLES.size();
        double[] best = new double[states * masks];
        int[] from = new int[states * masks];
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
        best[0] = 0;
        int[] at = new int[lines.size()];
        int[] take = new int[lines.size()];
        for (int state = 0; state < states; state++) {
            decode(state, at);
            Arrays.fill(take, 0);
            while (next(take, at)) {
                double value = value(at, take);
                if (value == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                Named named = named(at, take);
                int role = named == null ? 0 : 1 << ROLES.indexOf(named.role());
                int later = named == null ? 0 : LATER[ROLES.indexOf(named.role())];
                int to = state + offset(take);
                for (int mask = 0; mask < masks; mask++) {
                    double here = best[state * masks + mask];
                    if (here == Double.NEGATIVE_INFINITY || (mask & (role | later)) != 0) {
                        continue;
                    }
                    int next = to * masks + (mask | role);
                    if (here + value > best[next]) {
                        best[next] = here + value;
                        from[next] = state * masks + mask;
                    }
                }
            }
        }
        int last = (states - 1) * masks;
        for (int mask = 1; mask < masks; mask++) {
            if (best[(states - 1) * masks + mask] > best[last]) {
                last = (states - 1) * masks + mask;
            }
        }
        List<LayoutColumn> out = new ArrayList<>();
        int node = last;
        while (node > 0 && best[node] != Double.NEGATIVE_INFINITY) {
            int prior = from[node];
            decode(prior / masks, at);
            int[] end = new int[lines.size()];
            decode(node / masks, end);
            for (int i = 0; i < at.length; i++) {
                take[i] = end[i] - at[i];
            }
            Named named = named(at, take);
            if (named != null) {
                out.add(0, column(at, take, named));
            }
            node = prior;
        }
        return out;
    }

    /** The next choice of runs from {@code at} (odometer order), false after the last; runs stay inside the lines. */
    private boolean next(int[] take, int[] at) {
        for (int i = 0; i < take.length; i++) {
            if (take[i] < RUN && at[i] + take[i] < lines.get(i).size()) {
                take[i]++;
                return true;
            }
            take[i] = 0;
        }
        return false;
    }

    /** What taking the runs as one column is worth: a named column, a single word left out, else nothing. */
    private double value(int[] at, int[] take) {
        Named named = named(at, take);
        int words = 0;
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int i = 0; i < at.length; i++) {
            words += take[i];
            for (int k = at[i]; k < at[i] + take[i]; k++) {
                first = Math.min(first, lines.get(i).get(k).start());
                last = Math.max(last, lines.get(i).get(k).start());
            }
        }
        if (named != null) {
            int back = 0;
            for (int i = 0; i < at.length; i++) {
                if (at[i] > 0) {
                    back = Math.max(back, lines.get(i).get(at[i] - 1).start() - first);
                }
            }
            return NAMED - EXTRA * named.extra() - SPREAD * (last - first) - BACK * back;
        }
        return words == 1 ? -LEFT_OUT : Double.NEGATIVE_INFINITY;
    }

    private Named named(int[] at, int[] take) {
        StringBuilder chars = new StringBuilder();
        for (int i = 0; i < at.length; i++) {
            for (int t = at[i]; t < at[i] + take[i]; t++) {
                chars.append(nameCharacters(lines.get(i).get(t).text()));
            }
        }
        return byCharacters(chars.toString());
    }

    /** The column name whose characters the text holds, each once, with the fewest others (at most {@link #MOST_EXTRA}). */
    private static Named byCharacters(String text) {
        if (text.isEmpty()) {
            return null;
        }
        Named best = null;
        for (Map.Entry<String, List<String>> role : Lexicon.builtIn().fundingColumns().entrySet()) {
            for (String word : role.getValue()) {
                int extra = text.length() - word.length();
                if (extra >= 0 && extra <= MOST_EXTRA && (best == null || extra < best.extra()) && holds(text, word)) {
                    best = new Named(role.getKey(), word, extra);
                }
            }
        }
        return best;
    }

    /** Whether a word's name characters are a part of a funding column's name, short of the whole ({@code 执行}). */
    static boolean isNamePart(String word) {
        String chars = nameCharacters(word);
        if (chars.isEmpty() || chars.length() != word.length()) {
            return false;
        }
        for (List<String> words : Lexicon.builtIn().fundingColumns().values()) {
            for (String name : words) {
                if (name.length() > chars.length() && name.contains(chars)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the text holds every character of the word, as many times as the word does. */
    private static boolean holds(String text, String word) {
        StringBuilder rest = new StringBuilder(text);
        for (int i = 0; i < word.length(); i++) {
            int at = rest.indexOf(String.valueOf(word.charAt(i)));
            if (at < 0) {
                return false;
            }
            rest.deleteCharAt(at);
        }
        return true;
    }

    /**
     * The characters of a word that can be part of a column name: its Han characters outside brackets, a bracket
     * left open running to the word's end and one closed without opening from the word's start ({@code 率(B/},
     * {@code A)}: a bracketed note wrapped).
     */
    static String nameCharacters(String word) {
        StringBuilder sb = new StringBuilder();
        int depth = 0;
        boolean closedFirst = firstOf(word, ')', '）') < firstOf(word, '(', '（');
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '(' || c == '（') {
                depth++;
                closedFirst = false;
            } else if (c == ')' || c == '）') {
                depth = Math.max(0, depth - 1);
                closedFirst = false;
            } else if (depth == 0 && !closedFirst && LayoutWords.hasHan(String.valueOf(c))) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Where the first of two characters stands in the word, the word's length where neither does. */
    private static int firstOf(String word, char a, char b) {
        int i = word.indexOf(a);
        int j = word.indexOf(b);
        return i < 0 ? (j < 0 ? word.length() : j) : j < 0 ? i : Math.min(i, j);
    }

    private LayoutColumn column(int[] at, int[] take, Named named) {
        List<LayoutToken> words = new ArrayList<>();
        for (int i = 0; i < at.length; i++) {
            words.addAll(lines.get(i).subList(at[i], at[i] + take[i]));
        }
        String printed = LayoutToken.join(words);
        String text = named.role().equals(ziping.read.CellWords.role(ziping.read.CellWords.Header.FUNDING, printed))
                ? printed : named.word();
        return new LayoutColumn(named.role(), LayoutToken.start(words), LayoutToken.end(words), text, false);
    }

    private void decode(int state, int[] out) {
        for (int i = 0; i < radix.length; i++) {
            out[i] = state % radix[i];
            state /= radix[i];
        }
    }

    private int offset(int[] take) {
        int out = 0;
        int scale = 1;
        for (int i = 0; i < radix.length; i++) {
            out += take[i] * scale;
            scale *= radix[i];
        }
        return out;
    }
}
