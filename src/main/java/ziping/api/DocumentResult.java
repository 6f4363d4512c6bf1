package ziping.api;

import ziping.model.Finding;

import java.util.List;

/** One audited document inside a file: a form ({@code selfeval_form}) or a report ({@code selfeval_report}). */
public interface DocumentResult {
    /** 1-based position of the document in its file. */
    int index();

    String kind();

    List<Finding> findings();
}
