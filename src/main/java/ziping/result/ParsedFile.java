package ziping.result;

import ziping.parse.ParsedDocument;

import java.util.List;

/** What {@code ziping parse} shows for one input: the typed documents before any rule ran. */
public record ParsedFile(String path, FileStatus status, String error, List<ParsedDocument> forms) {

    public static ParsedFile of(String path, List<ParsedDocument> documents) {
        return new ParsedFile(path, documents.isEmpty() ? FileStatus.NO_FORM : FileStatus.OK, null, documents);
    }

    public static ParsedFile unreadable(String path, String error) {
        return new ParsedFile(path, FileStatus.UNREADABLE, error, List.of());
    }
}
