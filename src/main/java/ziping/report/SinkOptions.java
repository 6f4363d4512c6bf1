package ziping.report;

/**
 * How a sink writes: the language, a UTF-8 byte order mark before CSV, the width of a terminal table (0: no limit),
 * ANSI colours for severities, and whether files without findings are listed.
 */
public record SinkOptions(Lang lang, boolean bom, int width, boolean colour, boolean showClean) {
    /** Plain output for a library caller: no BOM, no colour, no width limit, every file listed. */
    public static SinkOptions of(Lang lang) {
        return new SinkOptions(lang, false, 0, false, true);
    }
}
