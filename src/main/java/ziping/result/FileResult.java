package ziping.result;

import java.util.List;

/** The result for one input: its path as given, its status, an error message when unreadable, its documents. */
public record FileResult(String path, FileStatus status, String error, List<DocumentResult> forms) {

    public static FileResult unreadable(String path, String error) {
        return new FileResult(path, FileStatus.UNREADABLE, error, List.of());
    }
}
