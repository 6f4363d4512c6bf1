package ziping.rules;

import ziping.model.Section;

/**
 * A rule that judges each row of its sections on that row's own cells: a row read only in part (a parse finding on it
 * or a neighbour) is left out, and the others are still checked.
 */
public interface RowByRowRule<A extends Audit> extends Rule<A> {
    @Override
    default Reach reach(Section section) {
        return Reach.EACH_ROW;
    }
}
