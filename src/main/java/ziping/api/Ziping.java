package ziping.api;

import ziping.result.DocumentResult;
import ziping.result.Tool;
import ziping.result.FileResult;
import ziping.result.FileStatus;
import ziping.result.ParsedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ziping.parse.FormParser;
import ziping.parse.ParsedDocument;
import ziping.parse.ParsedForm;
import ziping.parse.report.ParsedReport;
import ziping.parse.report.ReportParser;
import ziping.rules.Auditor;
import ziping.rules.Profile;
import ziping.rules.report.ReportAuditor;
import ziping.read.FormReader;
import ziping.read.Templates;
import ziping.read.text.TextForms;
import ziping.source.InputKind;
import ziping.source.SourceDocument;
import ziping.source.SourceText;
import ziping.source.TextDecoder;
import ziping.source.UnreadableInputException;
import ziping.source.html.HtmlReader;
import ziping.source.office.OfficeReader;
import ziping.source.pdf.PdfReader;
import ziping.source.table.SourceGrid;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The library entry point: reads one input, parses every form in it and audits each. A file that cannot be read
 * gives an {@link FileStatus#UNREADABLE} result with the reason instead of an exception, so a batch goes on.
 */
public final class Ziping {
    public static final String VERSION = Tool.VERSION;
    /** The argument that names standard input. */
    public static final String STDIN = "-";

    private static final Logger LOG = LoggerFactory.getLogger(Ziping.class);
    /** The file name extensions searched for in folders; a file named on the command line is read whatever its name. */
    public static final List<String> INPUT_EXTENSIONS = List.of("txt", "pdf", "xlsx", "xls", "docx", "doc", "wps",
            "html", "htm");

    private final Options options;

    /**
     * @param password     the password of encrypted PDF, Excel and Word inputs, or null
     * @param templates    the template families forms are matched to (the built-in ones, a user's own, or one
     *                     forced)
     * @param profileFirst whether {@code profile} wins over a matched family's scoring model (a profile the user
     *                     gave); otherwise a family's scoring model sets the profile of its forms
     */
    public record Options(Profile profile, String password, Templates templates, boolean profileFirst) {
        public Options(Profile profile, String password) {
            this(profile, password, Templates.builtIn(), !Profile.DEFAULT.equals(profile));
        }

        public static Options defaults() {
            return new Options(Profile.DEFAULT, null);
        }
    }

    public Ziping(Options options) {
        this.options = options;
    }

    public FileResult check(Path file) {
        return open(file, in -> check(file.toString(), in), FileResult::unreadable);
    }

    public FileResult check(String name, InputStream in) {
        return process(name, in, source -> audit(name, documents(source)), FileResult::unreadable);
    }

    /**
     * Checks every input on {@code jobs} threads, each within {@link Batch#DEFAULT_FILE_BUDGET}, and passes the
     * results to {@code results} in input order as they complete; see {@link Batch}.
     */
    public void checkAll(List<Path> inputs, int jobs, Consumer<FileResult> results) throws InterruptedException {
        new Batch(jobs, Batch.DEFAULT_FILE_BUDGET).run(inputs, this::check, results);
    }

    /** The typed forms of one input, without auditing them. */
    public ParsedFile parse(Path file) {
        return open(file, in -> parse(file.toString(), in), ParsedFile::unreadable);
    }

    public ParsedFile parse(String name, InputStream in) {
        return process(name, in, source -> ParsedFile.of(name, documents(source)), ParsedFile::unreadable);
    }

    /**
     * The inputs named on a command line: files as given (a missing one is reported unreadable later), folders
     * recursively with their input files ({@link #INPUT_EXTENSIONS}) in natural order, and {@value #STDIN} for
     * standard input; see {@link #expand(List, List)}.
     */
    public static List<Path> expand(List<String> args) throws IOException {
        return expand(args, List.of());
    }

    /**
     * The inputs the arguments name: a folder gives its input files ({@link #INPUT_EXTENSIONS}), searched
     * recursively, in natural order ({@code b2} before {@code b10}), leaving out hidden files and folders (a name
     * starting with {@code .}) and {@code __MACOSX}; a file or {@value #STDIN} stays as given, even when it does not
     * exist. A path matching one of the {@code exclude} globs (on its path or its name) is left out, and a file
     * named twice is read once.
     */
    public static List<Path> expand(List<String> args, List<String> exclude) throws IOException {
        List<PathMatcher> excluded = exclude.stream()
                .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob)).toList();
        if (args.size() == 1) {
            return named(args.get(0), excluded); // a walk visits each path once: only several arguments repeat one
        }
        Set<Path> seen = new HashSet<>();
        List<Path> paths = new ArrayList<>();
        for (String arg : args) {
            for (Path f : named(arg, excluded)) {
                addOnce(paths, seen, f);
            }
        }
        return paths;
    }

    /** The input files one argument names: a folder's, or the argument itself unless excluded. */
    private static List<Path> named(String arg, List<PathMatcher> excluded) throws IOException {
        Path p = Path.of(arg);
        if (Files.isDirectory(p)) {
            return inputFilesUnder(p, excluded);
        }
        return isExcluded(excluded, p) ? List.of() : List.of(p);
    }

    private static void addOnce(List<Path> paths, Set<Path> seen, Path p) {
        if (seen.add(p.toString().equals(STDIN) ? p : p.toAbsolutePath().normalize())) {
            paths.add(p);
        }
    }

    /**
     * The input files in a folder and the folders below it, in natural order of their paths below it: the order of
     * their whole paths, which all start with the folder's and a separator ({@link NaturalOrder} ends a digit run
     * there), taken as they are rather than made relative ({@code Path.relativize} cost a third of the walk). Hidden files and folders are left out and not
     * walked; a symbolic link counts as the file it names. The walk hands each entry's attributes over, so a file is
     * looked up once: the folder may hold tens of thousands, and the batch waits for its list.
     */
    private static List<Path> inputFilesUnder(Path root, List<PathMatcher> excluded) throws IOException {
        List<Below> found = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.equals(root) || !isHidden(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if ((attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file))
                        && !isHidden(file) && isInputFile(file) && !isExcluded(excluded, file)) {
                    found.add(new Below(file.toString().toCharArray(), file));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort((a, b) -> NaturalOrder.compare(a.name, b.name));
        return found.stream().map(Below::path).toList();
    }

    /** A file found in a folder: its path as {@link NaturalOrder} compares it, and the path. */
    private record Below(char[] name, Path path) {
    }

    /** A file or folder whose name starts with a dot, or a {@code __MACOSX} folder. */
    private static boolean isHidden(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith(".") || name.equals("__MACOSX");
    }

    private static boolean isExcluded(List<PathMatcher> excluded, Path p) {
        for (PathMatcher m : excluded) {
            if (m.matches(p) || (p.getFileName() != null && m.matches(p.getFileName()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInputFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot >= 0 && INPUT_EXTENSIONS.contains(name.substring(dot + 1));
    }

    /**
     * Whether the path names a regular file, or nothing that can be looked up (opening it then says what is wrong):
     * not a folder, FIFO or device, which must not be opened (a FIFO would block). One lookup, for every input.
     */
    private static boolean isRegularOrMissing(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).isRegularFile();
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * The forms of a document — read from its grid where the source has cells, else from its text — or else the
     * self-evaluation report it is, or nothing.
     */
    private List<ParsedDocument> documents(SourceDocument document) {
        SourceText text = document.text();
        List<ParsedForm> forms = document.grid() != null && document.grid().hasTables()
                ? StaleFormulas.attach(FormReader.read(document.grid(), options.templates()), document.notes())
                : List.of();
        if (forms.isEmpty()) {
            forms = document.grid() == null ? TextForms.read(text) : FormParser.parse(text);
        }
        if (!forms.isEmpty()) {
            return List.copyOf(forms);
        }
        return ReportParser.looksLikeReport(text) ? List.of(ReportParser.parse(text)) : List.of();
    }

    private FileResult audit(String name, List<ParsedDocument> parsed) {
        if (parsed.isEmpty()) {
            return new FileResult(name, FileStatus.NO_FORM, null, List.of());
        }
        Auditor auditor = new Auditor(options.profile(), options.profileFirst());
        ReportAuditor reportAuditor = new ReportAuditor(options.profile());
        List<DocumentResult> results = parsed.stream().<DocumentResult>map(d -> d instanceof ParsedReport r
                ? reportAuditor.audit(r) : auditor.audit((ParsedForm) d)).toList();
        return new FileResult(name, FileStatus.OK, null, results);
    }

    /**
     * The source document of an input; the one place that decides, by content ({@link InputKind}), how a kind of
     * input is read. Each reader's libraries load only when an input of its kind comes.
     */
    private SourceDocument readSource(String name, byte[] bytes) throws UnreadableInputException {
        return switch (InputKind.of(bytes)) {
            case PDF -> PdfReader.read(name, bytes, options.password());
            case OFFICE -> ofGrid(OfficeReader.read(name, bytes, options.password()));
            case HTML -> ofGrid(new SourceGrid(HtmlReader.read(name, bytes), List.of()));
            case TEXT -> SourceDocument.ofText(TextDecoder.decode(name, bytes));
        };
    }

    /** A grid source (spreadsheet, Word, HTML) with its cell-lines for the line parsers (reports). */
    private static SourceDocument ofGrid(SourceGrid source) {
        return new SourceDocument(GridText.of(source.grid()), source.grid(), source.notes());
    }

    /**
     * Reads a file; anything else named as one (a FIFO, a device, a folder named directly) is unreadable without
     * being opened, since opening a FIFO blocks until someone writes to it.
     */
    private <T> T open(Path file, Function<InputStream, T> work, BiFunction<String, String, T> unreadable) {
        if (!isRegularOrMissing(file)) {
            return unreadable.apply(file.toString(), "not a regular file (a folder, FIFO or device)");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return work.apply(in);
        } catch (NoSuchFileException e) {
            return unreadable.apply(file.toString(), "no such file");
        } catch (AccessDeniedException e) {
            return unreadable.apply(file.toString(), "permission denied");
        } catch (IOException e) {
            return unreadable.apply(file.toString(), "cannot read: " + e.getMessage());
        }
    }

    private <T> T process(String name, InputStream in, Function<SourceDocument, T> work,
                          BiFunction<String, String, T> unreadable) {
        try {
            return work.apply(readSource(name, in.readAllBytes()));
        } catch (UnreadableInputException e) {
            return unreadable.apply(name, e.getMessage());
        } catch (IOException e) {
            return unreadable.apply(name, "cannot read: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("{}: reported unreadable after {}", name, e.toString());
            LOG.debug("stack trace", e);
            return unreadable.apply(name, e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
        }
    }
}
