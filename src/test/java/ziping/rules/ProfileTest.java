package ziping.rules;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ProfileTest {
    private static String grade(Profile p, String total) {
        return p.gradeOf(new BigDecimal(total));
    }

    @Test
    void defaultGradesAre90And80And60() {
        Profile p = Profile.DEFAULT;
        assertEquals("优", grade(p, "90.00"));
        assertEquals("良", grade(p, "89.99"));
        assertEquals("良", grade(p, "80"));
        assertEquals("中", grade(p, "79.99"));
        assertEquals("中", grade(p, "60"));
        assertEquals("差", grade(p, "59.99"));
        assertNull(p.gradeOf(null));
    }

    @Test
    void gradeBoundsAreASetting() {
        Profile p = Profile.DEFAULT.withGrades(List.of(new GradeBand("优", new BigDecimal("80")),
                new GradeBand("良", new BigDecimal("70")), new GradeBand("中", new BigDecimal("60")),
                new GradeBand("差", BigDecimal.ZERO)));
        assertEquals("优", grade(p, "80"));
        assertEquals("良", grade(p, "79.99"));
        assertEquals("良", grade(p, "70"));
        assertEquals("中", grade(p, "69.99"));
        assertEquals("中", grade(p, "60"));
        assertEquals("差", grade(p, "59.99"));
    }
}
