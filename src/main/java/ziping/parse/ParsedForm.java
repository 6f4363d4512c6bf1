package ziping.parse;

import ziping.model.Finding;
import ziping.model.Form;

import java.util.List;

/** A form as parsed, with the parse findings (cells that could not be read, parts that are missing). */
public record ParsedForm(Form form, List<Finding> problems) implements ParsedDocument {
    public static final String KIND = "selfeval_form";

    @Override
    public String kind() {
        return KIND;
    }
}
