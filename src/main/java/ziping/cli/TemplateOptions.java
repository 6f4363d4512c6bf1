package ziping.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import ziping.read.Template;
import ziping.read.Templates;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The template options: a user's own template files, and a family every form is read with. */
final class TemplateOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--template", paramLabel = "FILE.json",
            description = "A template family of your own (see README.md); may be given several times.")
    private List<Path> files;

    @Option(names = "--template-family", paramLabel = "ID",
            description = "Read every form with this family (CN-A, SC-BM, …, or the id of a --template).")
    private String family;

    Templates templates() {
        Templates templates = Templates.builtIn();
        for (Path file : files == null ? List.<Path>of() : files) {
            templates = templates.with(load(file));
        }
        if (family != null) {
            try {
                templates = templates.forcing(family);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(command.commandLine(), "Invalid --template-family: " + e.getMessage());
            }
        }
        return templates;
    }

    private Template load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Template.read(in, file.toString());
        } catch (IOException | RuntimeException e) {
            throw new ParameterException(command.commandLine(), "Invalid --template " + file + ": " + e.getMessage());
        }
    }
}
