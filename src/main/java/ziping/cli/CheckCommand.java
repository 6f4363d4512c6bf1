package ziping.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import ziping.api.Batch;
import ziping.result.FileResult;
import ziping.api.Ziping;
import ziping.report.Baseline;
import ziping.report.Format;
import ziping.report.Lang;
import ziping.report.RenderedFile;
import ziping.report.ResultSink;
import ziping.report.RuleSelection;
import ziping.report.SinkOptions;
import ziping.report.StatisticsSink;
import ziping.report.Summary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code ziping check}: audits every form in the inputs and writes the findings as each file completes. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Check forms and report findings. Folders are searched for *.txt and *.pdf; - reads stdin.")
final class CheckCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders; - or none: standard input.")
    private List<String> paths = List.of();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table, json, jsonl, csv, sarif, github or html (default: table when standard output is"
                    + " a terminal, json otherwise).")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE instead of stdout (-: stdout).")
    private Path output;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
            description = "Language of messages, formulas and headings (default: zh).")
    private Lang lang;

    @Option(names = "--fail-on", paramLabel = "error|warning|info|never", defaultValue = "error",
            description = "Exit 1 when a finding is at least this severe; never: findings do not fail"
                    + " (default: error).")
    private FailOn failOn;

    @Option(names = "--exit-zero", description = "Findings do not fail (as --fail-on never).")
    private boolean exitZero;

    @Option(names = "--fail-on-no-form", description = "Exit 1 when an input holds no form or report.")
    private boolean failOnNoForm;

    @Option(names = "--select", paramLabel = "RULE", split = ",",
            description = "Only these rules: ids, prefixes (ZP2) or checks (unit_mismatch).")
    private List<String> select = List.of();

    @Option(names = "--ignore", paramLabel = "RULE", split = ",",
            description = "Leave out these rules: ids, prefixes (ZP2) or checks (unit_mismatch).")
    private List<String> ignore = List.of();

    @Option(names = "--baseline", paramLabel = "FILE", description = "Hide the findings recorded in FILE.")
    private Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE", description = "Record this run's findings in FILE.")
    private Path writeBaseline;

    @Option(names = "--show-clean", description = "Table and HTML: list files and forms without findings too.")
    private boolean showClean;

    @Option(names = "--statistics", description = "Print a table of findings per rule instead of the findings.")
    private boolean statistics;

    @Option(names = "--no-bom", description = "CSV: no UTF-8 byte order mark.")
    private boolean noBom;

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Leave out files whose path or name matches GLOB, e.g. '*draft*' or '**/old/**'.")
    private List<String> exclude = List.of();

    @Option(names = "--password", paramLabel = "PW", description = "Password of encrypted PDF, Excel and Word inputs.")
    private String password;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Read the PDF password from FILE's first line (or set " + Password.ENV + ").")
    private Path passwordFile;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Files checked in parallel, 1 to 256 (default: the number of cores).")
    private int jobs = Batch.defaultJobs();

    @Option(names = "--file-timeout", paramLabel = "DURATION", defaultValue = "30s", converter = DurationOption.class,
            description = "Time budget per file, e.g. 30s, 2m, 500ms, at most 24h; a file over it is unreadable"
                    + " (default: 30s).")
    private Duration fileTimeout;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar on standard error.")
    private boolean quiet;

    @Mixin
    private VerboseOption verbose;

    @Mixin
    private ProfileOptions profileOptions;

    @Mixin
    private TemplateOptions templateOptions;

    @Spec
    private CommandSpec spec;

    @Spec
    void caseInsensitiveEnums(CommandSpec spec) {
        spec.parser().caseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (jobs < 1 || jobs > Batch.MAX_JOBS) {
            throw new ParameterException(spec.commandLine(),
                    "--jobs must be from 1 to " + Batch.MAX_JOBS + ", got " + jobs);
        }
        Map<String, String> env = System.getenv();
        RuleSelection selection = selection();
        Baseline known = baseline == null ? null : readBaseline();
        Baseline.Writer record = writeBaseline == null ? null : new Baseline.Writer();
        Ziping ziping = new Ziping(new Ziping.Options(profileOptions.profile(), password(env), templateOptions.templates(),
                profileOptions.given()));
        List<Path> inputs = inputs();
        Path target = OutputPath.of(output);
        Path overwritten = Output.inputAt(target, inputs);
        if (overwritten != null) {
            throw new ParameterException(spec.commandLine(),
                    "-o " + output + " is the input " + overwritten + "; writing it would destroy the input");
        }
        boolean tty = target == null && Terminal.stdoutIsTty();
        Format chosen = format != null ? format : tty ? Format.TABLE : Format.JSON;
        SinkOptions options = new SinkOptions(lang, !noBom, chosen == Format.TABLE ? Terminal.columns(env, tty) : 0,
                chosen == Format.TABLE && Terminal.colours(env, tty), showClean);
        Summary summary = new Summary();
        try (Output written = Output.open(target);
                Progress progress = Progress.open(quiet, inputs.size(), System.err)) {
            ResultSink sink = statistics ? new StatisticsSink(written.stream(), written.charset(), lang)
                    : chosen.open(written.stream(), written.charset(), options);
            sink.begin();
            new Batch(jobs, fileTimeout).run(inputs,
                    input -> selection.apply(Inputs.read(input, ziping::check, ziping::check)),
                    selected -> sink.render(recordAndHide(selected, record, known)), rendered -> {
                        summary.add(rendered.result());
                        progress.add(rendered.result());
                        progress.beforeOutput();
                        write(sink, rendered);
                    });
            progress.beforeOutput();
            sink.end();
            written.commit();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (record != null) {
            writeBaseline(record, inputs);
        }
        return ExitCodes.of(summary, exitZero ? null : failOn.severity(), failOnNoForm);
    }

    /** Records the file for the new baseline (before the old one hides anything), then hides what is known. */
    private static FileResult recordAndHide(FileResult file, Baseline.Writer record, Baseline known) {
        if (record != null) {
            record.add(file);
        }
        return known == null ? file : known.hide(file);
    }

    private RuleSelection selection() {
        try {
            return RuleSelection.of(select, ignore, profileOptions.ruleSettings());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private Baseline readBaseline() {
        try {
            return Baseline.read(baseline);
        } catch (NoSuchFileException e) {
            throw new ParameterException(spec.commandLine(), "--baseline " + baseline
                    + ": no such file (hint: make one with --write-baseline " + baseline + ")");
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--baseline " + baseline + ": "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** Written whole or not at all, as {@code -o} is ({@link Output}): a stopped run leaves the old baseline. */
    private void writeBaseline(Baseline.Writer record, List<Path> inputs) throws IOException {
        try (Output file = Output.open(writeBaseline)) {
            record.write(file.stream(), inputs.stream().map(Path::toString).toList());
            file.commit();
        }
    }

    private String password(Map<String, String> env) {
        try {
            return Password.of(password, passwordFile, env);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--password-file " + passwordFile
                    + ": cannot be read (hint: a text file whose first line is the password)");
        }
    }

    /**
     * The expanded inputs. A path that does not exist or a name that cannot be decoded is a usage error; a name shown
     * garbled is a warning.
     */
    private List<Path> inputs() throws IOException {
        List<String> args = paths.isEmpty() ? List.of(Ziping.STDIN) : paths;
        try {
            FileNames.requireDecodable(args);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        for (String p : args) {
            if (!p.equals(Ziping.STDIN) && !Files.exists(Path.of(p))) {
                throw new ParameterException(spec.commandLine(), "no such file or folder: " + p
                        + " (hint: check the path; - reads standard input)");
            }
        }
        List<Path> inputs = Ziping.expand(args, exclude);
        String warning = FileNames.undecodedWarning(inputs);
        if (warning != null) {
            System.err.println(warning);
        }
        return inputs;
    }

    private static void write(ResultSink sink, RenderedFile file) {
        try {
            sink.write(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
