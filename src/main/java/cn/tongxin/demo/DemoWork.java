package cn.tongxin.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A little work in progress for the demo committee, so that a first look finds something in every list: proposals at
 * three stages, reports and a micro-suggestion waiting for staff, an upcoming consultation and a past research trip.
 */
class DemoWork {

    private final JdbcClient jdbc;

    DemoWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long committee) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        long member = account(committee, "member", "member_id");
        long member2 = account(committee, "member2", "member_id");
        long correspondent = account(committee, "correspondent", "id");
        var session = jdbc.sql("select id, name from plenary_session where committee_id = ? order by opening_date desc limit 1")
                .param(committee).query().singleRow();
        long sessionId = ((Number) session.get("id")).longValue();

        proposal(committee, "demo-1", "DRAFT", "关于加快老旧小区改造的建议", member, null, null, now, "起草");
        proposal(committee, "demo-2", "SUBMITTED", "关于完善社区居家养老服务的建议", member2, sessionId, null, now.minus(2, ChronoUnit.DAYS), "提交");
        jdbc.sql("insert into proposal_number_counter (committee_id, session_id, session_proposal, last_number) values (?, ?, false, 1)")
                .params(committee, sessionId).update();
        proposal(committee, "demo-3", "FILED", "关于推进中小学课后服务的建议", member, sessionId,
                session.get("name") + "平时提案第0001号", now.minus(5, ChronoUnit.DAYS), "立案");

        for (String title : List.of("部分公交站台缺少无障碍设施", "农村集中供水水质检测不及时")) {
            long report = jdbc.sql("""
                    insert into opinion_report (committee_id, request_key, status, title, body, category, source, submitter_account_id, submitted_at)
                    values (?, ?, 'SUBMITTED', ?, ?, 'SOCIETY', 'CORRESPONDENT', ?, ?) returning id""")
                    .params(committee, "demo-" + title, title, title + "，群众反映较多，建议有关部门尽快研究解决。", correspondent,
                            Timestamp.from(now.minus(1, ChronoUnit.DAYS))).query(Long.class).single();
            String name = jdbc.sql("select display_name from user_account where id = ?").param(correspondent).query(String.class).single();
            jdbc.sql("insert into opinion_author (report_id, position, account_id, name) values (?, 0, ?, ?)").params(report, correspondent, name).update();
            timeline(committee, "OPINION_REPORT", report, "报送", now);
        }

        long suggestion = jdbc.sql("""
                insert into micro_suggestion (committee_id, request_key, status, title, body, place, member_id, submitted_at)
                values (?, 'demo-suggestion', 'SUBMITTED', '学校门口早高峰拥堵', '实验小学门口早高峰车辆拥堵，建议增设临时停车带和交通协管。', '实验小学南门', ?, ?) returning id""")
                .params(committee, member, Timestamp.from(now.minus(3, ChronoUnit.HOURS))).query(Long.class).single();
        timeline(committee, "MICRO_SUGGESTION", suggestion, "提出", now);

        List<Long> invitees = jdbc.sql("select id from member where committee_id = ? and status = 'ACTIVE' order by id limit 12")
                .param(committee).query(Long.class).list();
        long upcoming = activity(committee, "关于优化营商环境的专题协商", "THEMATIC_CONSULTATION", now.plus(3, ChronoUnit.DAYS));
        long past = activity(committee, "乡村振兴专题调研", "RESEARCH", now.minus(10, ChronoUnit.DAYS));
        for (long m : invitees) {
            jdbc.sql("insert into activity_invitee (activity_id, member_id) values (?, ?)").params(upcoming, m).update();
            jdbc.sql("insert into activity_invitee (activity_id, member_id) values (?, ?)").params(past, m).update();
        }
        for (long m : invitees.subList(0, 9)) {
            jdbc.sql("""
                    insert into activity_attendance (activity_id, member_id, kind, method, checked_in_at, recorded_by)
                    values (?, ?, 'PRESENT', 'CODE', ?, 'demo')""").params(past, m, Timestamp.from(now.minus(10, ChronoUnit.DAYS))).update();
        }
    }

    private long account(long committee, String username, String column) {
        return jdbc.sql("select " + column + " from user_account where committee_id = ? and username = ?").params(committee, username)
                .query(Long.class).single();
    }

    private void proposal(long committee, String key, String status, String title, long lead, Long session, String number,
                          Instant submitted, String action) {
        long id = jdbc.sql("""
                insert into proposal (committee_id, request_key, status, kind, title, situation, analysis, suggestions, category,
                       lead_member_id, entered_by, session_id, session_proposal, submitted_at, number, number_text, filed_at)
                values (?, ?, ?, 'INDIVIDUAL', ?, ?, ?, ?, 'SOCIETY', ?, 'member', ?, false, ?, ?, ?, ?) returning id""")
                .params(committee, key, status, title, "（情况）" + title.replace("关于", "").replace("的建议", "") + "方面存在不足。",
                        "（分析）资金、机制、协同等方面仍有短板。", "（建议）一、加大投入；二、完善机制；三、加强协同。", lead, session,
                        "DRAFT".equals(status) ? null : Timestamp.from(submitted), number == null ? null : 1, number,
                        number == null ? null : Timestamp.from(submitted))
                .query(Long.class).single();
        timeline(committee, "PROPOSAL", id, action, submitted);
    }

    private long activity(long committee, String title, String type, Instant starts) {
        return jdbc.sql("""
                insert into activity (committee_id, title, type, organiser_kind, organiser_name, starts_at, ends_at, place,
                       checkin_secret, checkin_opens_at, checkin_closes_at, created_by)
                values (?, ?, ?, 'OFFICE', '提案委员会办公室', ?, ?, '市政协三楼会议室', md5(random()::text), ?, ?, 'staff') returning id""")
                .params(committee, title, type, Timestamp.from(starts), Timestamp.from(starts.plus(3, ChronoUnit.HOURS)),
                        Timestamp.from(starts.minus(30, ChronoUnit.MINUTES)), Timestamp.from(starts.plus(3, ChronoUnit.HOURS)))
                .query(Long.class).single();
    }

    private void timeline(long committee, String type, long id, String action, Instant at) {
        jdbc.sql("""
                insert into timeline_entry (committee_id, subject_type, subject_id, occurred_at, actor, action)
                values (?, ?, ?, ?, '演示数据', ?)""").params(committee, type, id, Timestamp.from(at), action).update();
    }
}
