package ziping.read.text;

/**
 * Pieces of pdfminer's default-order text shared by the tests of {@link FlowText}, {@link FlowFunding} and
 * {@link FlowScales}, written by hand in its shape: boxes parted by blank lines.
 */
final class FlowTexts {
    /** The title, the header fields and the funding block's vertical label box. */
    static final String FIELDS = """
            某区2024年度项目支出绩效自评表

            项目名称 培训项目

            主管部门 某区教育委员会

            实施单位 某区教师培训中心

            项目
            资金
            （万
            元）

            """;

    /** The goals block and the indicator table's header. */
    static final String GOALS_AND_HEADER = """
            预期目标

            实际完成情况

            完成教师培训，提升教学水平。

            已完成全年培训。

            一级指标 二级指标

            三级指标

            年度指标值 实际完成值

            分值 得分

            偏差原因分析及
            改进措施

                        """;

    /**
     * A form down to its indicator header: the funding labels as a column before their header, one value (the
     * total's 分值).
     */
    static final String HEAD = FIELDS + """
            年度资金总额

            年初预算数

            全年预算数 全年执行数

            分值 执行率

            得分

            100.00

            """ + GOALS_AND_HEADER;

    private FlowTexts() {
    }
}
