package ziping.parse;

import ziping.source.SourceText;

import java.util.List;

/** Splits a text into 项目支出绩效自评表 forms and parses each into the typed model. */
public final class FormParser {
    private FormParser() {
    }

    public static List<ParsedForm> parse(SourceText text) {
        throw new UnsupportedOperationException("not yet");
    }
}
