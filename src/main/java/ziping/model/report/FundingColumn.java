package ziping.model.report;

/** The ten amount columns of the report's 资金安排情况 table, in printed order. */
public enum FundingColumn {
    TOTAL("合计"), FISCAL_SUBTOTAL("财政资金小计"), CENTRAL("中央级"), CITY("市级"), COUNTY("区县级"),
    TOWNSHIP("乡镇级"), OTHER_SUBTOTAL("其他资金小计"), SELF_RAISED("单位自筹"), BANK_LOAN("银行贷款等"),
    SOCIAL_CAPITAL("社会资本");

    private final String label;

    FundingColumn(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
