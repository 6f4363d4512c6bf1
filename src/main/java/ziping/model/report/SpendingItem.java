package ziping.model.report;

import ziping.model.Figure;
import ziping.model.Span;

import java.util.List;

/** One row of 资金使用情况: the spending item's name (joined when wrapped) and its amounts in column order. */
public record SpendingItem(String name, List<Figure> amounts, Span span) {
}
