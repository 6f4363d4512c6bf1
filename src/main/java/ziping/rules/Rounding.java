package ziping.rules;

/** How a preparer turned an exact value into the printed one (NOTES.md §4). */
public enum Rounding {
    /** Round half up to the printed scale: 9.99 stands for [9.985, 9.995]. */
    NEAREST,
    /** Cut off at the printed scale: 9.99 stands for [9.99, 10.00). */
    TRUNCATE
}
