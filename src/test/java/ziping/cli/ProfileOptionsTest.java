package ziping.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import ziping.rules.GradeBand;
import ziping.rules.Profile;
import ziping.rules.ReverseFormula;
import ziping.rules.Rounding;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ProfileOptionsTest {
    @TempDir
    Path dir;

    @Command(name = "host")
    static final class Host {
        @Mixin
        ProfileOptions options;
    }

    private static Profile profile(String... args) {
        Host host = new Host();
        new CommandLine(host).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args);
        return host.options.profile();
    }

    @Test
    void noOptionsGiveTheDefaultProfile() {
        assertEquals(Profile.DEFAULT, profile());
    }

    @Test
    void singleOptionsOverrideTheDefault() {
        Profile p = profile("--reverse-formula", "linear", "--rounding", "truncate", "--no-execution-cap",
                "--grade-bounds", "80,70,60");

        assertEquals(ReverseFormula.LINEAR, p.reverseFormula());
        assertEquals(Rounding.TRUNCATE, p.rounding());
        assertFalse(p.capExecutionScore());
        assertEquals("良", p.gradeOf(new BigDecimal("79.99")));
        assertEquals("中", p.gradeOf(new BigDecimal("69.99")));
        assertEquals(List.of(new GradeBand("优", new BigDecimal("80")), new GradeBand("良", new BigDecimal("70")),
                new GradeBand("中", new BigDecimal("60")), new GradeBand("差", BigDecimal.ZERO)), p.grades());
    }

    @Test
    void profileFileSetsItsKeysAndOptionsOverrideIt() throws IOException {
        Path file = Files.writeString(dir.resolve("jiangxi.json"), """
                {"name": "jiangxi", "reverseFormula": "linear", "capExecutionScore": false,
                 "grades": [{"grade": "优", "from": 85}, {"grade": "合格", "from": 60}, {"grade": "不合格", "from": 0}],
                 "farAboveFactor": 3}
                """);

        Profile p = profile("--profile", file.toString(), "--reverse-formula", "ratio");

        assertEquals("jiangxi", p.name());
        assertEquals(ReverseFormula.RATIO, p.reverseFormula());
        assertFalse(p.capExecutionScore());
        assertEquals(Rounding.NEAREST, p.rounding());
        assertEquals("合格", p.gradeOf(new BigDecimal("84.99")));
        assertEquals(0, new BigDecimal("3").compareTo(p.farAboveFactor()));
        assertEquals(Profile.DEFAULT.qualitativeMetFrom(), p.qualitativeMetFrom());
    }
}
