package cn.tongxin.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import cn.tongxin.rollup.internal.CommitteeChanges;
import cn.tongxin.support.Api;

/** Helpers of the annual account tests: reading the API's lines, moving records into a past year, waiting for events. */
final class AnnualFixture {

    private AnnualFixture() {
    }

    static Map<String, Integer> values(Api api, org.springframework.test.web.servlet.ResultActions r, String path) throws Exception {
        List<Map<String, Object>> lines = api.read(r, path);
        Map<String, Integer> values = new java.util.LinkedHashMap<>();
        lines.forEach(l -> values.put((String) l.get("code"), ((Number) l.get("value")).intValue()));
        return values;
    }

    static Map<String, Object> line(Api api, org.springframework.test.web.servlet.ResultActions r, String code) throws Exception {
        List<Map<String, Object>> lines = api.read(r, "$.figures");
        return lines.stream().filter(l -> l.get("code").equals(code)).findFirst().orElseThrow();
    }

    static long committee(JdbcClient jdbc, String name) {
        return jdbc.sql("select id from committee where name = ?").param(name).query(Long.class).single();
    }

    static long lastProposal(JdbcClient jdbc) {
        return jdbc.sql("select coalesce(max(id), 0) from proposal").query(Long.class).single();
    }

    /** Moves the committee's proposals made after {@code after} into a day of a past year (as if received then). */
    static void proposalsOn(JdbcClient jdbc, CommitteeChanges changes, long committee, long after, LocalDate day) {
        jdbc.sql("update proposal set submitted_at = cast(? as date) + time '10:00' at time zone 'Asia/Shanghai' where committee_id = ? and id > ?")
                .params(day, committee, after).update();
        changes.changed(committee);
    }

    /** Waits until every listener has handled the published events. */
    static void settled(JdbcClient jdbc) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            long open = jdbc.sql("select count(*) from event_publication where completion_date is null and listener_id like '%rollup%'")
                    .query(Long.class).single();
            if (open == 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the rollup listeners did not finish");
    }
}
