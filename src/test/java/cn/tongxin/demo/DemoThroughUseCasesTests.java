package cn.tongxin.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.tongxin.organization.CommitteeSetup;
import cn.tongxin.organization.Level;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.support.IntegrationTest;

/** The demo is loaded through the modules' use cases, as the demo users, and keeps its content. */
@IntegrationTest
class DemoThroughUseCasesTests {

    private static final Pattern WRITES = Pattern.compile("(?i)\\b(insert\\s+into|update\\s+\\w+\\s+set|delete\\s+from|truncate)\\b");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CommitteeSetup setup;

    @Test
    void theDemoWritesNoTableItself() throws IOException {
        try (var sources = Files.list(Path.of("src/main/java/cn/tongxin/demo"))) {
            for (Path source : sources.toList()) {
                assertThat(WRITES.matcher(Files.readString(source)).find()).as(source.toString()).isFalse();
            }
        }
    }

    @Test
    void theOrganisationAndRosterWereEnteredByEachCommitteesAdministrator() {
        assertThat(count("""
                select count(*) from audit_log a join committee c on c.id = a.committee_id
                 where c.name = '示例市政协' and a.action = '新增委员' and a.username = 'admin'""")).isEqualTo(150);
        assertThat(count("""
                select count(*) from audit_log a join committee c on c.id = a.committee_id
                 where c.name = '示例市东城区政协' and a.action = '新增委员' and a.username = 'dc_admin'""")).isEqualTo(60);
        assertThat(count("select count(*) from audit_log where action = '新建政协' and username = 'admin'")).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("select t.name from term t join committee c on c.id = t.committee_id where c.name = '示例市西山县政协' order by t.number")
                .query(String.class).list()).containsExactly("第十二届", "第十三届");
    }

    @Test
    void theWorkInProgressWentThroughTheSubjectsUseCases() {
        assertThat(jdbc.sql("select status from proposal where request_key in ('demo-1', 'demo-2', 'demo-3') order by request_key")
                .query(String.class).list()).containsExactly("DRAFT", "SUBMITTED", "FILED");
        assertThat(jdbc.sql("select number_text from proposal where request_key = 'demo-3'").query(String.class).single())
                .endsWith("平时提案第0001号");
        assertThat(jdbc.sql("""
                select t.actor from timeline_entry t join proposal p on p.id = t.subject_id
                 where p.request_key = 'demo-3' and t.subject_type = 'PROPOSAL' order by t.id""").query(String.class).list())
                .hasSize(3).doesNotContain("演示数据");
        assertThat(count("select count(*) from opinion_report where request_key like 'demo-%' and status = 'SUBMITTED' and source = 'CORRESPONDENT'"))
                .isEqualTo(2);
        assertThat(count("select count(*) from micro_suggestion where request_key = 'demo-suggestion' and status = 'SUBMITTED'")).isEqualTo(1);
        assertThat(count("""
                select count(*) from activity_invitee i
                 where i.activity_id in (select min(id) from activity where title in ('关于优化营商环境的专题协商', '乡村振兴专题调研')
                                          group by title)""")).isEqualTo(24); // later tests may reuse the titles
        assertThat(count("""
                select count(*) from activity_attendance t
                 where t.activity_id = (select min(id) from activity where title = '乡村振兴专题调研') and t.kind = 'PRESENT'"""))
                .isEqualTo(9);
    }

    @Test
    void aSecondFirstCommitteeIsRefused() {
        assertThatThrownBy(() -> setup.foundFirstCommittee("又一个政协", Level.MUNICIPAL, null))
                .isInstanceOf(BusinessException.class).hasMessageContaining("已有政协");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
