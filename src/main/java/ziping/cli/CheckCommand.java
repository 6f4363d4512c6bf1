package ziping.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import ziping.api.Batch;
import ziping.api.Ziping;
import ziping.model.Severity;
import ziping.report.Format;
import ziping.report.Lang;
import ziping.report.RenderedFile;
import ziping.report.ResultSink;
import ziping.report.Summary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code ziping check}: audits every form in the inputs and writes the findings as each file completes. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check forms and report findings. Folders are searched for *.txt and *.pdf; - reads stdin.")
final class CheckCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders; - or none: standard input.")
    private List<String> paths = List.of();

    @Option(names = "--format", paramLabel = "table|json|jsonl|csv",
            description = "Output format (default: table on a terminal, json otherwise).")
    private Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    private Path output;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", description = "Message language (default: zh).")
    private Lang lang;

    @Option(names = "--fail-on", paramLabel = "error|warning|info", defaultValue = "error",
            description = "Exit 1 when a finding is at least this severe (default: error).")
    private Severity failOn;

    @Option(names = "--password", paramLabel = "PW", description = "Password of encrypted PDF, Excel and Word inputs.")
    private String password;

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
        Ziping ziping = new Ziping(new Ziping.Options(profileOptions.profile(), password, templateOptions.templates(),
                profileOptions.given()));
        List<Path> inputs = inputs(paths.isEmpty() ? List.of(Ziping.STDIN) : paths);
        Path overwritten = Output.inputAt(output, inputs);
        if (overwritten != null) {
            throw new ParameterException(spec.commandLine(),
                    "-o " + output + " is the input " + overwritten + "; writing it would destroy the input");
        }
        Summary summary = new Summary();
        try (Output out = Output.open(output); Progress progress = Progress.open(quiet, inputs.size(), System.err)) {
            ResultSink sink = format().open(out.stream(), out.charset(), lang);
            sink.begin();
            new Batch(jobs, fileTimeout).run(inputs, input -> Inputs.read(input, ziping::check, ziping::check),
                    sink::render, rendered -> {
                        summary.add(rendered.result());
                        progress.add(rendered.result());
                        progress.beforeOutput();
                        write(sink, rendered);
                    });
            progress.beforeOutput();
            sink.end();
            out.commit();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return ExitCodes.of(summary, failOn);
    }

    /** The expanded inputs; a name that cannot be decoded is a usage error, one shown garbled a warning. */
    private List<Path> inputs(List<String> args) throws IOException {
        try {
            FileNames.requireDecodable(args);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        List<Path> inputs = Ziping.expand(args);
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

    private Format format() {
        if (format != null) {
            return format;
        }
        return Output.isTerminal(output) ? Format.TABLE : Format.JSON;
    }
}
