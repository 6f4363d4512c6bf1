package ziping.source.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

import ziping.source.table.CellText;

/**
 * The text of an HTML subtree as lines: a {@code <br>} and the start and end of every block element (paragraph, div,
 * heading, list item, table cell…) end a line; whitespace runs, newlines and {@code &nbsp;} inside a line are spaces
 * (then normalised by {@link CellText}). Scripts, styles and the head hold no text. Driven by jsoup's iterative
 * {@code NodeTraversor}, so depth costs no stack.
 */
class BlockLines implements NodeFilter {
    private static final Set<String> NO_TEXT = Set.of("script", "style", "head", "noscript", "template", "select");

    private final List<String> lines = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
            current.append(text.getWholeText());
        } else if (node instanceof Element element) {
            if (NO_TEXT.contains(element.normalName())) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (element.normalName().equals("br") || element.isBlock()) {
                endLine();
            }
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element element && element.isBlock()) {
            endLine();
        }
        return FilterResult.CONTINUE;
    }

    /** Ends the line being collected (if it has text). */
    void endLine() {
        if (!current.isEmpty()) {
            CellText.addLine(lines, current.toString());
            current.setLength(0);
        }
    }

    /** The lines ended so far, handed over (the list starts empty again). */
    List<String> takeLines() {
        List<String> taken = List.copyOf(lines);
        lines.clear();
        return taken;
    }
}
