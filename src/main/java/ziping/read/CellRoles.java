package ziping.read;

import java.util.List;

import ziping.grid.GridCell;
import java.util.Map;

/**
 * The role a cell's text takes among a block's column roles, remembered: every row of a form is asked whether it is a
 * header several times (finding forms, the outline, each indicator row), and the same header words come back in
 * every form, so most questions were answered before. A small direct-mapped table of immutable entries, shared by
 * all threads: a lost race only means the answer is worked out again.
 */
final class CellRoles {
    private static final int SIZE = 1 << 12;
    private static final Entry[] ENTRIES = new Entry[SIZE];

    /** A null role: the text names no column of these roles. */
    private record Entry(Map<String, List<String>> roles, boolean exact, String text, String role) {
    }

    private CellRoles() {
    }

    /** The role a cell's key names among {@code roles} ({@link Lexicon#roleOf}), or null. */
    static String of(Map<String, List<String>> roles, String text) {
        return lookUp(roles, false, text);
    }

    /** The role a cell's key names among {@code roles}, or null; a cell too long for a label is not joined to tell. */
    static String of(Map<String, List<String>> roles, GridCell cell) {
        return longerThanLabel(cell) ? null : lookUp(roles, false, cell.text());
    }

    /** The role one of whose words is the cell's key, whole ({@link Lexicon#exactRoleOf}), or null. */
    static String exactOf(Map<String, List<String>> roles, GridCell cell) {
        return longerThanLabel(cell) ? null : lookUp(roles, true, cell.text());
    }

    /** A cell's text is at least as long as its lines together (joining them adds spaces, never takes any away). */
    private static boolean longerThanLabel(GridCell cell) {
        int length = 0;
        for (String line : cell.lines()) {
            length += line.length();
        }
        return LabelKey.isLong(length);
    }

    private static String lookUp(Map<String, List<String>> roles, boolean exact, String text) {
        if (LabelKey.isLong(text.length())) {
            return null;    // no label key: not worth hashing a name or a reason to find that out
        }
        int slot = (System.identityHashCode(roles) * 31 + text.hashCode() + (exact ? 1 : 0)) & (SIZE - 1);
        Entry entry = ENTRIES[slot];
        if (entry != null && entry.roles == roles && entry.exact == exact && entry.text.equals(text)) {
            return entry.role;
        }
        String key = LabelKey.of(text);
        String role = exact ? Lexicon.exactRoleOf(roles, key) : Lexicon.roleOf(roles, key);
        ENTRIES[slot] = new Entry(roles, exact, text, role);
        return role;
    }
}
