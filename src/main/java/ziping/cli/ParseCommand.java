package ziping.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import ziping.result.FileStatus;
import ziping.result.ParsedFile;
import ziping.api.Ziping;
import ziping.report.Lang;
import ziping.report.ResultJson;
import ziping.rules.Profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code ziping parse}: prints the typed model of every form as JSON, without running the rules. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Print the parsed forms (typed model and parse problems) as JSON.")
final class ParseCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders; - reads standard input.")
    private List<String> paths;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE instead of stdout (-: stdout).")
    private Path output;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", description = "Language of problems (default: zh).")
    private Lang lang;

    @Option(names = "--password", paramLabel = "PW", description = "Password of encrypted PDF, Excel and Word inputs.")
    private String password;

    @Mixin
    private TemplateOptions templateOptions;

    @Mixin
    private VerboseOption verbose;

    @Spec
    private CommandSpec spec;

    @Spec
    void caseInsensitiveEnums(CommandSpec spec) {
        spec.parser().caseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public Integer call() throws IOException {
        Ziping ziping = new Ziping(new Ziping.Options(Profile.DEFAULT, password, templateOptions.templates(), false));
        ResultJson json = new ResultJson(lang);
        boolean unreadable = false;
        try {
            FileNames.requireDecodable(paths);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        List<Path> inputs = Ziping.expand(paths);
        Path target = OutputPath.of(output);
        Path overwritten = Output.inputAt(target, inputs);
        if (overwritten != null) {
            throw new ParameterException(spec.commandLine(),
                    "-o " + output + " is the input " + overwritten + "; writing it would destroy the input");
        }
        try (Output out = Output.open(target); JsonGenerator g = json.generator(out.stream())) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            json.writeHeader(g);
            g.writeArrayFieldStart("files");
            for (Path input : inputs) {
                ParsedFile parsed = Inputs.read(input, ziping::parse, ziping::parse);
                unreadable |= parsed.status() == FileStatus.UNREADABLE;
                json.writeParsed(g, parsed);
                g.flush();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw(System.lineSeparator());
            g.flush();
            out.commit();
        }
        return unreadable ? ExitCodes.UNREADABLE_INPUT : ExitCodes.CLEAN;
    }
}
