package cn.tongxin.history;

import static cn.tongxin.history.HistoryFiles.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.idev.excel.FastExcel;
import cn.tongxin.account.RunAs;
import cn.tongxin.activity.ActivityStatistics;
import cn.tongxin.performance.FactKind;
import cn.tongxin.performance.internal.Ledger;
import cn.tongxin.proposal.ProposalStatistics;
import cn.tongxin.rollup.Figure;
import cn.tongxin.rollup.SystemStatistics;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/**
 * A county brings in its past: real .xlsx files of proposals, opinion reports and activities; the records keep their
 * real dates, count in that year's statistics, system summaries and performance records, and refuse every change.
 */
@IntegrationTest
class HistoryImportTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RunAs runAs;
    @Autowired
    Ledger ledger;
    @Autowired
    ProposalStatistics proposalStatistics;
    @Autowired
    SystemStatistics systemStatistics;
    @Autowired
    ActivityStatistics activityStatistics;
    Api api;
    long county;
    long city;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        county = jdbc.sql("select committee_id from user_account where username = 'xs_staff'").query(Long.class).single();
        city = jdbc.sql("select committee_id from user_account where username = 'staff'").query(Long.class).single();
    }

    private ResultActions upload(String user, String kind, byte[] xlsx) throws Exception {
        return mvc.perform(multipart("/api/v1/history/imports/" + kind).file(HistoryFiles.file(xlsx))
                .header("Authorization", "Bearer " + api.token(user)));
    }

    private long member(long committee, String name) {
        return jdbc.sql("insert into member (committee_id, name, gender, mobile) values (?, ?, 'MALE', ?) returning id")
                .params(committee, name, "137" + String.format("%08d", Math.abs((name + committee).hashCode()) % 100_000_000))
                .query(Long.class).single();
    }

    private List<String> units() {
        return jdbc.sql("select name from handling_unit where committee_id = ? and active order by id limit 2").param(county)
                .query(String.class).list();
    }

    private Map<Figure, Long> countyFigures(int year) {
        return runAs.user("xs_staff", () -> systemStatistics.report(year, null, null)).committees().stream()
                .filter(r -> r.committeeId() == county).findFirst().orElseThrow().values();
    }

    private long received(int year) {
        return runAs.user("xs_staff", () -> proposalStatistics.report(new ProposalStatistics.Period(null, year, null, null)))
                .counts().stream().filter(f -> f.label().equals("收到")).findFirst().orElseThrow().value();
    }

    private List<FactKind> entries(long member, int year) {
        return ledger.of(county, member, year).stream().map(e -> e.kind()).toList();
    }

    /** Waits until every listener has handled every published event. */
    private void settled() throws InterruptedException {
        for (int i = 0; i < 400; i++) {
            if (jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class).single() == 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the listeners did not finish");
    }

    @Test
    void pastProposalsKeepTheirRealDatesAndCountInThatYearsStatisticsAndPerformanceRecords() throws Exception {
        long lead = member(county, "史提案甲");
        long cosigner = member(county, "史提案乙");
        List<String> units = units();
        int year = 2017;
        long receivedBefore = received(year);
        Map<Figure, Long> before = countyFigures(year);

        byte[] file = HistoryFiles.xlsx(HistoryFiles.PROPOSALS, List.of(
                row("十二届一次会议第0001号", "关于老城区停车难的建议", "史提案甲、史提案乙", "社会建设", "2017-01-10", "是", "2017-01-20",
                        null, "是", "单办", units.get(0), null, "2017-02-15", "A", "2017-05-10", "满意", "基本满意", "2017-05-20"),
                row("十二届一次会议第0002号", "关于河道治理的建议", "史提案甲", "生态文明建设", "2017/1/12", "是", "2017-01-20",
                        null, "否", "分办", units.get(0) + "、" + units.get(1), null, null, "A、B", "2017-04-30", null, null, null),
                row("十二届一次会议第0003号", "关于个人事务的提案", "史提案乙", "其他", "2017年1月13日", "否", null,
                        "为本人或亲属解决个人问题", null, null, null, null, null, null, null, null, null, null)));
        upload("xs_staff", "proposals", file).andExpect(status().isCreated())
                .andExpect(jsonPath("$.records").value(3)).andExpect(jsonPath("$.years[0]").value(year));

        var rows = jdbc.sql("""
                select title, status, imported, imported_by, (submitted_at at time zone 'Asia/Shanghai')::date as submitted_on
                  from proposal where committee_id = ? and title in ('关于老城区停车难的建议', '关于河道治理的建议', '关于个人事务的提案')
                 order by title""").param(county).query().listOfRows();
        assertThat(rows).hasSize(3).allSatisfy(r -> assertThat(r).containsEntry("imported", true).containsEntry("imported_by", "xs_staff"));
        assertThat(rows).extracting(r -> r.get("submitted_on").toString()).containsExactlyInAnyOrder("2017-01-10", "2017-01-12", "2017-01-13");
        assertThat(rows).extracting(r -> r.get("status")).containsExactlyInAnyOrder("CLOSED", "CLOSED", "NOT_FILED");
        assertThat(received(year)).isEqualTo(receivedBefore + 3);

        settled();
        Map<Figure, Long> after = countyFigures(year);
        assertThat(after.get(Figure.PROPOSALS_RECEIVED)).isEqualTo(before.get(Figure.PROPOSALS_RECEIVED) + 3);
        assertThat(after.get(Figure.PROPOSALS_FILED)).isEqualTo(before.get(Figure.PROPOSALS_FILED) + 2);
        assertThat(after.get(Figure.PROPOSALS_REPLIED)).isEqualTo(before.get(Figure.PROPOSALS_REPLIED) + 2);
        assertThat(after.get(Figure.PROPOSALS_KEY)).isEqualTo(before.get(Figure.PROPOSALS_KEY) + 1);
        assertThat(entries(lead, year)).contains(FactKind.PROPOSAL_SUBMITTED, FactKind.PROPOSAL_FILED, FactKind.PROPOSAL_KEY);
        assertThat(entries(cosigner, year)).contains(FactKind.PROPOSAL_SUBMITTED, FactKind.PROPOSAL_NOT_FILED);
        assertThat(entries(lead, LocalDate.now(ZONE).getYear())).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_log where committee_id = ? and action = '导入历史提案'").param(county)
                .query(Long.class).single()).isPositive();
    }

    @Test
    void importedRecordsRefuseEveryChangeWithAClearConflict() throws Exception {
        member(county, "史只读甲");
        member(county, "史只读乙");
        List<String> units = units();
        byte[] proposals = HistoryFiles.xlsx(HistoryFiles.PROPOSALS, List.<List<Object>>of(
                row("只读第1号", "关于只读提案的建议", "史只读甲", "社会建设", "2016-03-01", "是", "2016-03-10", null, null, "单办",
                        units.get(0), null, null, "B", "2016-06-01", null, null, null)));
        byte[] activities = HistoryFiles.xlsx(HistoryFiles.ACTIVITIES, List.<List<Object>>of(
                row("只读的调研", "调研", "2016-04-01", null, "西山县", null, "史只读甲", "史只读乙", null)));
        upload("xs_staff", "proposals", proposals).andExpect(status().isCreated());
        upload("xs_staff", "activities", activities).andExpect(status().isCreated());
        // the same file twice would count twice: it is refused row by row
        upload("xs_staff", "proposals", proposals).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("第2行【提案号】“只读第1号”已在本会提案中（已导入或已录入），不能重复导入"));
        upload("xs_staff", "activities", activities).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("第2行【活动名称】与本会已有（或本文件中）同名称、同开始日期的活动重复，不能重复导入"));
        long proposal = jdbc.sql("select id from proposal where committee_id = ? and title = '关于只读提案的建议'").param(county)
                .query(Long.class).single();
        long activity = jdbc.sql("select id from activity where committee_id = ? and title = '只读的调研'").param(county)
                .query(Long.class).single();
        long member = jdbc.sql("select id from member where committee_id = ? and name = '史只读乙'").param(county).query(Long.class).single();

        api.post("xs_staff", "/api/v1/proposals/" + proposal + "/outstanding", "{\"year\":2016,\"outstanding\":true}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("该提案为历史导入记录，只读，不能修改"));
        api.post("xs_staff", "/api/v1/activities/" + activity + "/attendance/" + member + "/correction",
                        "{\"attendance\":\"PRESENT\",\"reason\":\"补签\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("该活动为历史导入记录，只读，不能修改"));
        assertThatThrownBy(() -> jdbc.sql("delete from handling_reply where case_id in (select id from handling_case where subject_id = ?)")
                .param(proposal).update()).hasMessageContaining("历史导入记录");
        assertThat(jdbc.sql("select outstanding from proposal where id = ?").param(proposal).query(Boolean.class).single()).isFalse();
    }

    @Test
    void pastReportsAndActivitiesCountByTheirRealDates() throws Exception {
        long author = member(county, "史信息甲");
        long excused = member(county, "史活动乙");
        long absent = member(county, "史活动丙");
        int year = 2015;
        Map<Figure, Long> before = countyFigures(year);

        upload("xs_staff", "opinion-reports", HistoryFiles.xlsx(HistoryFiles.REPORTS, List.of(
                row("关于农村饮水安全的建议", "史信息甲", "社会建设", "2015-03-05", 3, "2015-03-20", "省政协、市委市政府", "2015-04-10",
                        "王市长", "市领导", "2015-04-15", "请水利局研究"),
                row("关于乡村道路的建议", "史信息甲", "经济建设", "2015-05-05", null, null, null, null, null, null, null, null))))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.records").value(2));
        upload("xs_staff", "activities", HistoryFiles.xlsx(HistoryFiles.ACTIVITIES, List.of(
                row("2015年全体会议", "全体会议", "2015-01-08", "2015-01-10", "县会堂", null, "史信息甲", "史活动乙", "史活动丙"))))
                .andExpect(status().isCreated());

        settled();
        Map<Figure, Long> after = countyFigures(year);
        assertThat(after.get(Figure.OPINIONS_RECEIVED)).isEqualTo(before.get(Figure.OPINIONS_RECEIVED) + 2);
        assertThat(after.get(Figure.OPINIONS_ISSUED)).isEqualTo(before.get(Figure.OPINIONS_ISSUED) + 1);
        assertThat(after.get(Figure.OPINIONS_ADOPTED_PROVINCIAL_CPPCC)).isEqualTo(before.get(Figure.OPINIONS_ADOPTED_PROVINCIAL_CPPCC) + 1);
        assertThat(after.get(Figure.OPINIONS_INSTRUCTED_CITY)).isEqualTo(before.get(Figure.OPINIONS_INSTRUCTED_CITY) + 1);
        assertThat(after.get(Figure.ACTIVITIES_HELD)).isEqualTo(before.get(Figure.ACTIVITIES_HELD) + 1);
        assertThat(after.get(Figure.ACTIVITIES_PRESENT)).isEqualTo(before.get(Figure.ACTIVITIES_PRESENT) + 1);
        assertThat(entries(author, year)).contains(FactKind.ATTENDED).hasSizeGreaterThanOrEqualTo(4);
        assertThat(entries(excused, year)).containsExactly(FactKind.EXCUSED);
        assertThat(entries(absent, year)).containsExactly(FactKind.ABSENT);
        assertThat(jdbc.sql("select (starts_at at time zone 'Asia/Shanghai')::date from activity where committee_id = ? and title = '2015年全体会议'")
                .param(county).query(LocalDate.class).single()).isEqualTo(LocalDate.of(2015, 1, 8));
    }

    @Test
    void pastOutputsComeInUnderTheirActivityWithAuthorsAndAdoptions() throws Exception {
        long author = member(county, "史成果甲");
        int year = 2014;
        long before = outputs(year);
        upload("xs_staff", "activities", HistoryFiles.xlsx(HistoryFiles.ACTIVITIES, List.<List<Object>>of(
                row("2014年乡村振兴专题调研", "调研", "2014-06-12", "2014-06-13", "西山县", null, "史成果甲", null, null))))
                .andExpect(status().isCreated());
        upload("xs_staff", "outputs", HistoryFiles.xlsx(HistoryFiles.OUTPUTS, List.of(
                row("关于乡村振兴的调研报告", "调研报告", "2014年乡村振兴专题调研", null, "史成果甲", "2014-07-01", "市委市政府",
                        "2014-08-01", "李书记", "市领导", "2014-08-05", "请农业农村局研究"),
                row("不存在活动的报告", "调研报告", "没有这个活动", null, "史成果甲", null, null, null, null, null, null, null))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("第3行【所属活动】“没有这个活动”不是本会的活动，请先导入历史活动"));
        upload("xs_staff", "outputs", HistoryFiles.xlsx(HistoryFiles.OUTPUTS, List.<List<Object>>of(
                row("关于乡村振兴的调研报告", "调研报告", "2014年乡村振兴专题调研", null, "史成果甲", "2014-07-01", "市委市政府",
                        "2014-08-01", "李书记", "市领导", "2014-08-05", "请农业农村局研究"))))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.years[0]").value(year));

        settled();
        assertThat(outputs(year)).isEqualTo(before + 1);
        assertThat(entries(author, year)).contains(FactKind.ATTENDED, FactKind.AUTHORED, FactKind.OUTPUT_ADOPTED,
                FactKind.OUTPUT_INSTRUCTED);
        long output = jdbc.sql("select id from activity_output where committee_id = ? and title = '关于乡村振兴的调研报告'").param(county)
                .query(Long.class).single();
        api.post("xs_staff", "/api/v1/activity-outputs/" + output + "/adoptions", "{\"level\":\"PROVINCIAL_CPPCC\",\"on\":\"2014-09-01\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("该记录为历史导入记录，只读，不能再登记"));
    }

    private long outputs(int year) {
        return runAs.user("xs_staff", () -> activityStatistics.report(year, null, null)).outputsByKind().getOrDefault("调研报告", 0L);
    }

    @Test
    void aFileWithErrorsImportsNothingAndNamesEachErrorByRowAndColumn() throws Exception {
        member(county, "史错误甲");
        member(city, "市里的委员");
        String future = LocalDate.now(ZONE).plusDays(3).toString();
        List<List<Object>> rows = new ArrayList<>(List.of(
                row("错第1号", "关于正确的建议", "史错误甲", "社会建设", "2013-02-01", "是", null, null, null, null, null, null, null, null,
                        null, null, null, null),
                row("错第2号", "关于外会委员的建议", "市里的委员", "社会建设", "2013-02-01", "是", null, null, null, null, null, null, null,
                        null, null, null, null, null),
                row("错第3号", null, "史错误甲", "不存在的类别", "2013-13-01", "也许", null, null, null, null, null, null, null, null, null,
                        null, null, null),
                row("错第4号", "关于未来的建议", "史错误甲", "社会建设", future, "是", null, null, null, "单办", "不存在的单位", null, null,
                        "A", null, null, null, null),
                row("错第1号", "关于重号的建议", "史错误甲", "社会建设", "2013-02-01", "否", null, null, null, null, null, null, null, null,
                        null, null, null, null)));
        upload("xs_staff", "proposals", HistoryFiles.xlsx(HistoryFiles.PROPOSALS, rows))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].message").value(org.hamcrest.Matchers.hasItems(
                        "第3行【提案人】“市里的委员”不是本会委员名册中的委员，请先导入名册",
                        "第4行【案由】不能为空",
                        "第4行【类别】“不存在的类别”无效，应为本会的提案分类",
                        "第4行【提交日期】“2013-13-01”不是日期，应为如 2019-03-05",
                        "第4行【是否立案】“也许”无效，应为“是”或“否”",
                        "第5行【提交日期】不能晚于今天",
                        "第5行【承办单位】“不存在的单位”不是本会的承办单位，请先在承办单位中添加",
                        "第5行【答复日期】历史提案交办的须已答复，请填写答复日期",
                        "第6行【提案号】与第2行重复")));
        assertThat(HistoryFiles.proposalsNumbered(jdbc, county, "错第")).isZero();
        assertThat(jdbc.sql("select count(*) from history_import where committee_id = ? and file_name = '历史.xlsx' and years like '2013%'")
                .param(county).query(Long.class).single()).isZero();
    }

    @Test
    void onlyStaffImportAndDownloadTemplates() throws Exception {
        byte[] file = HistoryFiles.xlsx(HistoryFiles.ACTIVITIES, List.<List<Object>>of(row("无权导入的活动", "调研", "2014-05-01")));
        upload("xs_member", "activities", file).andExpect(status().isForbidden());
        upload("xs_unit", "activities", file).andExpect(status().isForbidden());
        api.get("xs_member", "/api/v1/history/templates/activities").andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from activity where title = '无权导入的活动'").query(Long.class).single()).isZero();
        upload("xs_staff", "unknown", file).andExpect(status().isNotFound());
    }

    @Test
    void templatesCarryTheChineseHeadersTheImportReads() throws Exception {
        for (var kind : List.of("proposals", "opinion-reports", "activities", "outputs")) {
            byte[] xlsx = api.get("xs_staff", "/api/v1/history/templates/" + kind).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsByteArray();
            List<String> headers = new ArrayList<>();
            FastExcel.read(new ByteArrayInputStream(xlsx), new cn.idev.excel.event.AnalysisEventListener<Map<Integer, String>>() {
                @Override
                public void invokeHeadMap(Map<Integer, String> head, cn.idev.excel.context.AnalysisContext context) {
                    headers.addAll(head.values());
                }

                @Override
                public void invoke(Map<Integer, String> data, cn.idev.excel.context.AnalysisContext context) {
                }

                @Override
                public void doAfterAllAnalysed(cn.idev.excel.context.AnalysisContext context) {
                }
            }).sheet(0).headRowNumber(1).doRead();
            List<String> expected = switch (kind) {
                case "proposals" -> HistoryFiles.PROPOSALS;
                case "opinion-reports" -> HistoryFiles.REPORTS;
                case "outputs" -> HistoryFiles.OUTPUTS;
                default -> HistoryFiles.ACTIVITIES;
            };
            assertThat(headers).containsExactlyElementsOf(expected);
        }
        mvc.perform(get("/history").session(cn.tongxin.support.Logins.login(mvc, "xs_staff"))).andExpect(status().isOk());
    }
}
