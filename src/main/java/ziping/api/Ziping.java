package ziping.api;

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
import ziping.read.text.TextForms;
import ziping.source.SourceDocument;
import ziping.source.SourceText;
import ziping.source.TextDecoder;
import ziping.source.UnreadableInputException;
import ziping.source.pdf.PdfReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The library entry point: reads one input, parses every form in it and audits each. A file that cannot be read
 * gives an {@link FileStatus#UNREADABLE} result with the reason instead of an exception, so a batch goes on.
 */
public final class Ziping {
    public static final String VERSION = "0.1.0";
    /** The argument that names standard input. */
    public static final String STDIN = "-";

    private static final Logger LOG = LoggerFactory.getLogger(Ziping.class);
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final Options options;

    /** @param password the password of encrypted PDF inputs, or null */
    public record Options(Profile profile, String password) {
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
        return process(name, in, text -> audit(name, documents(text)), FileResult::unreadable);
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
        return process(name, in, text -> ParsedFile.of(name, documents(text)), ParsedFile::unreadable);
    }

    /**
     * The inputs named on a command line: files as given (a missing one is reported unreadable later), folders
     * recursively with their *.txt and *.pdf files sorted by path, and {@value #STDIN} for standard input.
     */
    public static List<Path> expand(List<String> args) throws IOException {
        List<Path> paths = new ArrayList<>();
        for (String arg : args) {
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(Ziping::isInputFile).sorted().forEach(paths::add);
                }
            } else {
                paths.add(p);
            }
        }
        return paths;
    }

    private static boolean isInputFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".pdf");
    }

    /**
     * The forms of a document — read from its grid where the source has cells, else from its text — or else the
     * self-evaluation report it is, or nothing.
     */
    private static List<ParsedDocument> documents(SourceDocument document) {
        SourceText text = document.text();
        List<ParsedForm> forms = document.grid() != null && document.grid().hasTables()
                ? FormReader.read(document.grid()) : List.of();
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
        Auditor auditor = new Auditor(options.profile());
        ReportAuditor reportAuditor = new ReportAuditor(options.profile());
        List<DocumentResult> results = parsed.stream().<DocumentResult>map(d -> d instanceof ParsedReport r
                ? reportAuditor.audit(r) : auditor.audit((ParsedForm) d)).toList();
        return new FileResult(name, FileStatus.OK, null, results);
    }

    /** The text of an input; the one place that decides how a kind of input is read. */
    private SourceDocument readSource(String name, byte[] bytes) throws UnreadableInputException {
        if (startsWith(bytes, PDF_MAGIC)) {
            return PdfReader.read(name, bytes, options.password());
        }
        return SourceDocument.ofText(TextDecoder.decode(name, bytes));
    }

    private <T> T open(Path file, Function<InputStream, T> work, BiFunction<String, String, T> unreadable) {
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

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length
                && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
