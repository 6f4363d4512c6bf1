package ziping.api;

import ziping.parse.ParsedForm;

import java.util.List;

/** What {@code ziping parse} shows for one input: the typed forms before any rule ran. */
public record ParsedFile(String path, FileStatus status, String error, List<ParsedForm> forms) {

    public static ParsedFile of(String path, List<ParsedForm> forms) {
        return new ParsedFile(path, forms.isEmpty() ? FileStatus.NO_FORM : FileStatus.OK, null, forms);
    }

    public static ParsedFile unreadable(String path, String error) {
        return new ParsedFile(path, FileStatus.UNREADABLE, error, List.of());
    }
}
