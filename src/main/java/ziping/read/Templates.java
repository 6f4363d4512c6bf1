package ziping.read;

import ziping.grid.GridCell;
import ziping.grid.GridRow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The template families a batch knows — the built-in ones ({@code ziping/templates/*.json}) and a user's own — and
 * how a form is matched to one: by its {@link Template#signature}, the header texts that set a family apart. A family
 * fits a form by the share of its signature the form prints (a text of {@link Template#signatureAbsent} printed rules
 * it out); the best fit wins if at least {@value #CLOSE} of its signature is there (on a tie the longer signature,
 * then a flavour over the family it refines), else the form is read with the general lexicon. A forced family reads
 * every form.
 */
public final class Templates {
    /** The built-in families, one file each. */
    private static final List<String> BUILT_IN_FILES = List.of("CN-A", "CN-A-AH", "CN-A-YN", "SC-BM", "AH-SX",
            "HB-20", "BJ-2016", "HEB-CA", "HB-GS", "NX-YC", "HN-NS", "TP", "TP-SC");
    /** The least share of a family's signature a form must print to be read as that family. */
    static final double CLOSE = 0.6;

    private static final Templates BUILT_IN = new Templates(loadBuiltIn(), null);

    private final List<Template> all;
    private final Template forced;
    private final Lexicon finder;
    /**
     * The most printed characters a cell can hold and still have a signature's key: four times the longest key, as
     * NFKC composes at most four characters into one.
     */
    private final int signatureCellMost;

    private Templates(List<Template> all, Template forced) {
        this.all = List.copyOf(all);
        this.forced = forced;
        this.finder = finderLexicon(this.all);
        this.signatureCellMost = 4 * this.all.stream()
                .flatMap(t -> Stream.concat(t.signature().stream(), t.signatureAbsent().stream()))
                .mapToInt(String::length).max().orElse(0);
    }

    public static Templates builtIn() {
        return BUILT_IN;
    }

    /** The general lexicon only: no family is ever matched. */
    public static Templates none() {
        return new Templates(List.of(), null);
    }

    private static List<Template> loadBuiltIn() {
        List<Template> templates = new ArrayList<>();
        for (String name : BUILT_IN_FILES) {
            String resource = "/ziping/templates/" + name + ".json";
            try (InputStream in = Templates.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                templates.add(Template.read(in, null));
            } catch (IOException e) {
                throw new UncheckedIOException(resource, e);
            }
        }
        return templates;
    }

    /** These templates and a user's own; it replaces a built-in one of the same id. */
    public Templates with(Template user) {
        List<Template> templates = new ArrayList<>(all.stream().filter(t -> !t.id().equals(user.id())).toList());
        templates.add(0, user);
        return new Templates(templates, forced == null || !forced.id().equals(user.id()) ? forced : user);
    }

    /** These templates, every form read with the family {@code id}; an unknown id is an IllegalArgumentException. */
    public Templates forcing(String id) {
        Template t = byId(id);
        if (t == null) {
            throw new IllegalArgumentException("unknown template family " + id + "; known: " + ids());
        }
        return new Templates(all, t);
    }

    public Template byId(String id) {
        return all.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    }

    public List<String> ids() {
        return all.stream().map(Template::id).toList();
    }

    /** The lexicon forms are found with: the general one, with every family's titles. */
    Lexicon finder() {
        return finder;
    }

    private static Lexicon finderLexicon(List<Template> templates) {
        Lexicon general = Lexicon.builtIn();
        Set<String> titles = new LinkedHashSet<>(general.titles());
        templates.forEach(t -> titles.addAll(t.lexicon().titles()));
        return new Lexicon(List.copyOf(titles), general.headerFields(), general.blockLabels(),
                general.fundingColumns(), general.fundingRows(), general.goalColumns(), general.indicatorColumns(),
                general.totalLabels());
    }

    /** The family a form's rows fit best, or null (the general lexicon) where none fits closely. */
    Template match(List<GridRow> rows) {
        if (forced != null) {
            return forced;
        }
        Set<String> printed = new HashSet<>();
        for (GridRow row : rows) {
            for (GridCell cell : row.cells()) {
                if (!LabelKey.printsMoreThan(cell.lines(), signatureCellMost)) {
                    printed.add(Template.signatureKey(cell.text()));
                }
            }
        }
        Template best = null;
        double bestFit = 0;
        for (Template t : all) {
            double fit = fit(t, printed);
            if (fit > bestFit || fit == bestFit && best != null && better(t, best)) {
                best = t;
                bestFit = fit;
            }
        }
        return bestFit >= CLOSE ? best : null;
    }

    private static double fit(Template t, Set<String> printed) {
        if (t.signatureAbsent().stream().anyMatch(printed::contains)) {
            return 0;
        }
        long found = t.signature().stream().filter(printed::contains).count();
        return (double) found / t.signature().size();
    }

    /** On an equal fit: the longer signature, then a flavour over the family it refines. */
    private static boolean better(Template t, Template than) {
        if (t.signature().size() != than.signature().size()) {
            return t.signature().size() > than.signature().size();
        }
        return than.id().equals(t.flavourOf());
    }
}
