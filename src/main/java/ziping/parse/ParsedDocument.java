package ziping.parse;

import com.fasterxml.jackson.annotation.JsonProperty;
import ziping.model.Finding;

import java.util.List;

/** A document as parsed, before any rule ran: a form or a report, with its parse findings. */
public interface ParsedDocument {
    @JsonProperty("kind")
    String kind();

    List<Finding> problems();
}
