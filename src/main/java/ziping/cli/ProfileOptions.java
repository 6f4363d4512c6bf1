package ziping.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import ziping.rules.GradeBand;
import ziping.rules.Profile;
import ziping.rules.ReverseFormula;
import ziping.rules.Rounding;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The rule-profile options: a profile file, then single settings that override it. */
final class ProfileOptions {
    /** The grades the three bounds of {@code --grade-bounds} open, highest first; below the last: 差. */
    private static final List<String> GRADES = List.of("优", "良", "中", "差");

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--profile", paramLabel = "FILE.json", description = "Rule profile (see README.md).")
    private Path file;

    @Option(names = "--reverse-formula", paramLabel = "ratio|linear",
            description = "Scoring of a missed reverse (≤) indicator.")
    private ReverseFormula reverseFormula;

    @Option(names = "--rounding", paramLabel = "nearest|truncate", description = "How printed numbers were rounded.")
    private Rounding rounding;

    @Option(names = "--no-execution-cap", description = "Do not cap the execution score at its 分值.")
    private boolean noExecutionCap;

    @Option(names = "--grade-bounds", paramLabel = "TOTAL", split = ",",
            description = "Lowest totals of 优, 良 and 中, e.g. 90,80,60 (default) or 80,70,60.")
    private List<BigDecimal> gradeBounds;

    private ProfileFile.Contents loaded;

    /** The per-rule settings of the profile file ({@code "rules"}); empty without one. */
    Map<String, String> ruleSettings() {
        return file == null ? Map.of() : load().rules();
    }

    Profile profile() {
        Profile p = file == null ? Profile.DEFAULT : load().profile();
        if (reverseFormula != null) {
            p = p.withReverseFormula(reverseFormula);
        }
        if (rounding != null) {
            p = p.withRounding(rounding);
        }
        if (noExecutionCap) {
            p = p.withExecutionCap(false);
        }
        if (gradeBounds != null) {
            p = p.withGrades(grades());
        }
        return p;
    }

    private ProfileFile.Contents load() {
        if (loaded == null) {
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(command.commandLine(), "--profile " + file
                        + ": no such file (hint: a JSON file, see README.md, Usage)");
            }
            try {
                loaded = ProfileFile.read(file);
            } catch (IOException | IllegalArgumentException e) {
                throw new ParameterException(command.commandLine(), "invalid --profile " + file + ": "
                        + firstLine(e.getMessage()) + " (hint: see the profile example in README.md)");
            }
        }
        return loaded;
    }

    /** Jackson's messages run on with the source location; the first line says what is wrong. */
    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    private List<GradeBand> grades() {
        boolean descending = gradeBounds.size() == GRADES.size() - 1
                && gradeBounds.get(0).compareTo(gradeBounds.get(1)) > 0
                && gradeBounds.get(1).compareTo(gradeBounds.get(2)) > 0
                && gradeBounds.get(2).signum() > 0;
        if (!descending) {
            throw new ParameterException(command.commandLine(),
                    "--grade-bounds needs three descending positive totals, e.g. 90,80,60");
        }
        return List.of(new GradeBand(GRADES.get(0), gradeBounds.get(0)),
                new GradeBand(GRADES.get(1), gradeBounds.get(1)),
                new GradeBand(GRADES.get(2), gradeBounds.get(2)),
                new GradeBand(GRADES.get(3), BigDecimal.ZERO));
    }
}
