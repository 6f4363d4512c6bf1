package ziping.model;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * What a row of the funding block is: the total (年度资金总额, 资金总额, 总额 …) or one of its parts — the current
 * year's fiscal money (当年财政拨款, 本年财政拨款, 财政资金 …), money carried over (上年结转资金) or other money
 * (其他资金, 单位资金 …).
 */
public enum FundingRole {
    TOTAL, CURRENT, CARRYOVER, OTHER;

    private final String id = name().toLowerCase(Locale.ROOT);

    @JsonValue
    public String id() {
        return id;
    }

    /** The role of one of the seed template's four labels (年度资金总额, 当年财政拨款, 上年结转资金, 其他资金). */
    public static FundingRole ofSeedLabel(String label) {
        return switch (label) {
            case FundingRow.TOTAL_LABEL -> TOTAL;
            case "当年财政拨款" -> CURRENT;
            case "上年结转资金" -> CARRYOVER;
            default -> OTHER;
        };
    }
}
