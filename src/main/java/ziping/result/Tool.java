package ziping.result;

/** The tool every result names: the version written into JSON, SARIF, HTML and baseline files. */
public final class Tool {
    public static final String VERSION = "0.1.0";

    private Tool() {
    }
}
