package cn.tongxin.history;

import static cn.tongxin.history.HistoryFiles.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.tongxin.support.Api;
import cn.tongxin.support.DemoCommittees;
import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.Listeners;

/**
 * Past collective proposals (集体提案) come in with their real dates in the name of a party, group, sector or special
 * committee, and count as that party's proposals (党派团体提案, by party) in their year; the rows that cannot be one are
 * refused by row and column.
 */
@IntegrationTest
class HistoryCollectiveProposalTests {

    final MockMvc mvc;
    final JdbcClient jdbc;
    final Api api;
    final long county;

    HistoryCollectiveProposalTests(@Autowired MockMvc mvc, @Autowired JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.api = new Api(mvc);
        this.county = DemoCommittees.ofUser(jdbc, "xs_staff");
    }

    private ResultActions upload(List<List<Object>> rows) throws Exception {
        return mvc.perform(multipart("/api/v1/history/imports/proposals")
                .file(HistoryFiles.file(HistoryFiles.xlsx(HistoryFiles.PROPOSALS, rows))).header("Authorization", "Bearer " + api.token("xs_staff")));
    }

    private long member(String name) {
        return jdbc.sql("insert into member (committee_id, name, gender, mobile) values (?, ?, 'MALE', ?) returning id")
                .params(county, name, "136" + String.format("%08d", Math.abs((name + county).hashCode()) % 100_000_000))
                .query(Long.class).single();
    }

    private long unit(String kind, String name) {
        return jdbc.sql("select id from org_unit where committee_id = ? and kind = ? and name = ?").params(county, kind, name)
                .query(Long.class).single();
    }

    private static List<Object> collective(String number, String title, String proposers, String in) {
        return row(number, title, proposers, "社会建设", "2009-03-02", "是", "2009-03-10", null, null, null, null, null, null, null, null,
                null, null, null, in);
    }

    private static long value(Api api, ResultActions account, String code) throws Exception {
        List<Map<String, Object>> lines = api.read(account, "$.outputs");
        return lines.stream().filter(l -> l.get("code").equals(code)).mapToLong(l -> ((Number) l.get("value")).longValue())
                .findFirst().orElse(0);
    }

    @Test
    void pastCollectiveProposalsCountAsTheirPartysProposalsInTheirYear() throws Exception {
        long contact = member("史集体联系甲");
        String unit = jdbc.sql("select name from handling_unit where committee_id = ? and active order by id limit 1").param(county)
                .query(String.class).single();
        var before = api.get("xs_staff", "/api/v1/reports/annual?year=2009").andExpect(status().isOk());
        upload(List.of(
                collective("集体第1号", "关于发展科技型中小企业的建议", null, "九三学社"),
                row("集体第2号", "关于加强乡村教师队伍建设的建议", "史集体联系甲", "社会建设", "2009-03-03", "是", "2009-03-10", null, "是",
                        "单办", unit, null, "2009-04-01", "A", "2009-06-01", "满意", "满意", "2009-06-10", "民盟"),
                collective("集体第3号", "关于界别协商制度化的建议", null, "界别：九三学社"),
                collective("集体第4号", "关于完善社会救助体系的建议", null, "社会建设委员会")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.records").value(4)).andExpect(jsonPath("$.years[0]").value(2009));

        var rows = jdbc.sql("""
                select number_text, kind, collective_unit_id, lead_member_id, status, imported,
                       (submitted_at at time zone 'Asia/Shanghai')::date::text as submitted_on
                  from proposal where committee_id = ? and number_text like '集体第%' order by number_text""").param(county)
                .query().listOfRows();
        assertThat(rows).hasSize(4).allSatisfy(r -> assertThat(r).containsEntry("kind", "COLLECTIVE").containsEntry("imported", true));
        assertThat(rows).extracting(r -> r.get("collective_unit_id")).containsExactly(unit("PARTY", "九三学社"), unit("PARTY", "民盟"),
                unit("SECTOR", "九三学社"), unit("SPECIAL_COMMITTEE", "社会建设委员会"));
        assertThat(rows).extracting(r -> r.get("lead_member_id")).containsExactly(null, contact, null, null);
        assertThat(rows).extracting(r -> r.get("submitted_on")).containsExactly("2009-03-02", "2009-03-03", "2009-03-02", "2009-03-02");
        assertThat(rows.get(1)).containsEntry("status", "CLOSED");

        Listeners.settled(jdbc, "rollup"); // the import marks the county's year changed through rollup's listener
        var after = api.get("xs_staff", "/api/v1/reports/annual?year=2009").andExpect(status().isOk());
        // a party's or group's own: 九三学社 and 民盟; the sector and the special committee are collective but not a party's
        assertThat(value(api, after, "PARTY_PROPOSALS")).isEqualTo(value(api, before, "PARTY_PROPOSALS") + 2);
        assertThat(value(api, after, "BY_PARTY:九三学社")).isEqualTo(value(api, before, "BY_PARTY:九三学社") + 1);
        assertThat(value(api, after, "BY_PARTY:民盟")).isEqualTo(value(api, before, "BY_PARTY:民盟") + 1);
        assertThat(value(api, after, "KEY_BY_PARTY:民盟")).isEqualTo(value(api, before, "KEY_BY_PARTY:民盟") + 1);
        var records = api.get("xs_staff", "/api/v1/reports/annual/records?figure=PARTY_PROPOSALS&size=100&year=2009").andExpect(status().isOk());
        List<Map<String, Object>> items = api.read(records, "$.items");
        assertThat(items).extracting(i -> i.get("title")).contains("关于发展科技型中小企业的建议", "关于加强乡村教师队伍建设的建议")
                .doesNotContain("关于界别协商制度化的建议", "关于完善社会救助体系的建议");
    }

    @Test
    void rowsThatCannotBeACollectiveProposalAreRefusedByRowAndColumn() throws Exception {
        member("史集体错甲");
        member("史集体错乙");
        String unit = jdbc.sql("select name from handling_unit where committee_id = ? and active order by id limit 1").param(county)
                .query(String.class).single();
        upload(List.of(
                collective("集体错第1号", "关于不存在党派的建议", null, "不存在的党派"),
                collective("集体错第2号", "关于两位联系人的建议", "史集体错甲、史集体错乙", "民盟"),
                collective("集体错第3号", "关于没有提案者的建议", null, null),
                row("集体错第4号", "关于无人评价的建议", null, "社会建设", "2009-03-02", "是", "2009-03-10", null, null, "单办", unit, null,
                        null, "A", "2009-05-01", "满意", "满意", "2009-05-10", "民建"),
                collective("集体错第5号", "关于正确集体提案的建议", "史集体错甲", "民建")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].message").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "第2行【集体提案名义】“不存在的党派”无效，应为本会的党派、人民团体、无党派人士、界别或专门委员会（请先在组织机构中添加）",
                        "第3行【提案人】集体提案以其名义提出，最多填写一位联系委员",
                        "第4行【提案人】不能为空（集体提案请填写【集体提案名义】）",
                        "第5行【提案人】集体提案有评价的，须填写作出评价的联系委员")));
        assertThat(HistoryFiles.proposalsNumbered(jdbc, county, "集体错第")).isZero();
    }
}
