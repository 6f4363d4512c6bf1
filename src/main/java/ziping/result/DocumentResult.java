package ziping.result;

import ziping.model.Finding;

import java.util.List;

/** One audited document inside a file: a form ({@code selfeval_form}) or a report ({@code selfeval_report}). */
public interface DocumentResult {
    /** 1-based position of the document in its file. */
    int index();

    String kind();

    /** The project the document is about, as printed; null when it was not found. */
    String project();

    List<Finding> findings();

    /** The same document with other findings (rules selected, severities changed, a baseline applied). */
    DocumentResult withFindings(List<Finding> findings);
}
