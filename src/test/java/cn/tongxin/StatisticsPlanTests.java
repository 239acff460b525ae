package cn.tongxin;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.tongxin.activity.internal.ActivityFigures;
import cn.tongxin.handling.HandlingStatistics.Selection;
import cn.tongxin.handling.internal.CaseFigures;
import cn.tongxin.opinion.internal.OpinionFigures;
import cn.tongxin.outcome.internal.OutcomeRecords;
import cn.tongxin.proposal.ProposalStatistics.Period;
import cn.tongxin.proposal.internal.ProposalFigures;
import cn.tongxin.shared.DateRange;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.suggestion.internal.SuggestionReads;
import cn.tongxin.support.IntegrationTest;

/**
 * A statistics query reads its own committee's rows only, whatever plan it gets: on 30 generated committees (year 2005,
 * in a transaction rolled back at the end), every statement the statistics services run is prepared, explained with
 * {@code plan_cache_mode = force_generic_plan} (the plan a prepared statement ends up with, estimates without the
 * values) and with custom plans, and its plan must not scan a committee-owned table sequentially, nor read from any of
 * them more than twice the rows the committee itself has there.
 */
@IntegrationTest
class StatisticsPlanTests {

    static final int COMMITTEES = 30;
    /** Rows per committee ×: -Dstatistics.plans.scale=10 to look at bigger committees (then -Dstatistics.plans.print=true). */
    static final int SCALE = Integer.getInteger("statistics.plans.scale", 1);
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The committee-owned tables and how to count one committee's rows in each (:c). */
    static final Map<String, String> OWN_ROWS = new LinkedHashMap<>();

    static {
        for (String t : List.of("proposal", "handling_case", "handling_assignment", "handling_unit", "opinion_report", "opinion_item",
                "outcome_adoption", "outcome_instruction", "activity", "activity_output", "micro_suggestion", "member", "org_unit")) {
            OWN_ROWS.put(t, "select count(*) from " + t + " where committee_id = ?");
        }
        for (String t : List.of("handling_reply", "handling_rating", "handling_rater")) {
            OWN_ROWS.put(t, "select count(*) from " + t + " x join handling_case c on c.id = x.case_id where c.committee_id = ?");
        }
        OWN_ROWS.put("opinion_author", "select count(*) from opinion_author x join opinion_report r on r.id = x.report_id where r.committee_id = ?");
        for (String t : List.of("activity_invitee", "activity_attendance")) {
            OWN_ROWS.put(t, "select count(*) from " + t + " x join activity a on a.id = x.activity_id where a.committee_id = ?");
        }
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    CaseFigures cases;
    @Autowired
    OpinionFigures opinions;
    @Autowired
    ActivityFigures activities;
    @Autowired
    ProposalFigures proposals;
    @Autowired
    SuggestionReads suggestions;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everyStatisticsQueryReadsOnlyItsOwnCommitteesRows() {
        List<String> violations = new ArrayList<>();
        var tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            long committee = generate();
            Map<String, Long> own = new LinkedHashMap<>();
            OWN_ROWS.forEach((table, sql) -> own.put(table, jdbc.queryForObject(sql, Long.class, committee)));
            assertThat(own.get("handling_rating")).as("generated ratings").isPositive();
            assertThat(own.get("outcome_adoption")).as("generated adoptions").isPositive();
            assertThat(own.get("activity_attendance")).as("generated attendance").isPositive();
            for (var mode : List.of("force_generic_plan", "force_custom_plan")) {
                jdbc.execute("set local plan_cache_mode = " + mode);
                statements(committee).forEach((name, statement) ->
                        check(mode + " " + name, statement.getKey(), statement.getValue(), own, violations));
            }
        });
        assertThat(violations).as("statistics plans reading other committees' rows").isEmpty();
    }

    /** Every statement the statistics services run, for a year and for six years of the committee. */
    private Map<String, Map.Entry<String, Map<String, Object>>> statements(long committee) {
        Map<String, Map.Entry<String, Map<String, Object>>> all = new LinkedHashMap<>();
        for (var range : List.of(new DateRange(LocalDate.of(2005, 1, 1), LocalDate.of(2005, 12, 31)),
                new DateRange(LocalDate.of(2000, 1, 1), LocalDate.of(2005, 12, 31)))) {
            String span = range.from().getYear() + "-" + range.to().getYear() + " ";
            var scope = proposals.scope(committee, new Period(null, null, range.from(), range.to()));
            proposals.statements(scope).forEach((n, sql) -> all.put(span + "proposal " + n, Map.entry(sql, scope.params())));
            put(all, span + "proposal handling ", proposals.filed(scope), SubjectType.PROPOSAL, committee);
            Timestamp from = range.startsAt(ZONE), to = range.endsBefore(ZONE);
            all.put(span + "suggestion counts", Map.entry(SuggestionReads.COUNTS, Map.of("committee", committee, "from", from, "to", to)));
            put(all, span + "suggestion handling ", suggestions.accepted(from, to), SubjectType.MICRO_SUGGESTION, committee);
            var op = opinions.params(committee, range, ZONE);
            opinions.statements().forEach((n, sql) -> all.put(span + "opinion " + n, Map.entry(sql, op)));
            all.put(span + "opinion forwardedByLevel", Map.entry(cn.tongxin.opinion.ForwardHeadlines.BY_LEVEL,
                    cn.tongxin.opinion.ForwardHeadlines.params(List.of(committee), range)));
            for (var type : List.of(SubjectType.OPINION_ITEM, SubjectType.ACTIVITY_OUTPUT)) {
                var p = OutcomeRecords.periodParams(committee, type, range.from(), range.to());
                all.put(span + type + " adopted", Map.entry(OutcomeRecords.ADOPTED_IN_PERIOD, p));
                all.put(span + type + " instructed", Map.entry(OutcomeRecords.INSTRUCTED_IN_PERIOD, p));
            }
            var period = new ActivityFigures.Period(committee, from.toInstant(), to.toInstant(), range.from(), range.to());
            activities.statements().forEach((n, sql) -> all.put(span + "activity " + n, Map.entry(sql, period.params())));
        }
        return all;
    }

    private void put(Map<String, Map.Entry<String, Map<String, Object>>> all, String prefix, Selection selection, SubjectType type,
                     long committee) {
        var p = cases.params(committee, type, selection, LocalDate.of(2005, 12, 1));
        cases.statements(selection).forEach((n, sql) -> all.put(prefix + n, Map.entry(sql, p)));
    }

    /** Prepares the statement, explains its execution under the session's plan_cache_mode and walks the plan. */
    private void check(String name, String namedSql, Map<String, Object> params, Map<String, Long> own, List<String> violations) {
        JsonNode root = explain(name, namedSql, params);
        if (Boolean.getBoolean("statistics.plans.print")) {
            System.out.printf("%-70s %9.2f ms%n", name, root.get("Execution Time").asDouble());
        }
        walk(name, root.get("Plan"), own, violations);
    }

    /** EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) EXECUTE of the statement with named parameters, prepared as it is. */
    JsonNode explain(String name, String namedSql, Map<String, Object> params) {
        List<String> order = new ArrayList<>();
        Matcher m = Pattern.compile("(?<![:\\w]):(\\w+)").matcher(namedSql);
        StringBuilder sql = new StringBuilder();
        while (m.find()) {
            int i = order.indexOf(m.group(1));
            if (i < 0) {
                order.add(m.group(1));
                i = order.size() - 1;
            }
            m.appendReplacement(sql, "\\$" + (i + 1));
        }
        m.appendTail(sql);
        List<String> values = order.stream().map(k -> {
            assertThat(params).as(name + " binds :" + k).containsKey(k);
            return literal(params.get(k));
        }).toList();
        jdbc.execute("prepare stats_plan_check as " + sql);
        try {
            String out = jdbc.queryForObject("explain (analyze, buffers, format json) execute stats_plan_check"
                    + (values.isEmpty() ? "" : "(" + String.join(", ", values) + ")"), String.class);
            return json.readTree(out).get(0);
        } finally {
            jdbc.execute("deallocate stats_plan_check");
        }
    }

    private static void walk(String name, JsonNode node, Map<String, Long> own, List<String> violations) {
        String relation = node.path("Relation Name").asText(null);
        if (relation != null && own.containsKey(relation)) {
            String type = node.get("Node Type").asText();
            double loops = node.path("Actual Loops").asDouble();
            long read = Math.round(loops * (node.path("Actual Rows").asDouble() + node.path("Rows Removed by Filter").asDouble()
                    + node.path("Rows Removed by Index Recheck").asDouble()));
            long limit = 2 * own.get(relation);
            if (type.equals("Seq Scan")) {
                violations.add(name + ": Seq Scan on " + relation + " read " + read + " rows (own " + own.get(relation) + ")");
            } else if (read > limit) {
                violations.add(name + ": " + type + " on " + relation + " read " + read + " rows, more than 2 × own " + own.get(relation));
            }
        }
        for (JsonNode child : node.path("Plans")) {
            walk(name, child, own, violations);
        }
    }

    private static String literal(Object value) {
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Timestamp t) {
            return "'" + t.toInstant() + "'";
        }
        if (value instanceof java.sql.Date d) {
            return "'" + d + "'";
        }
        if (value instanceof Long[] ids) {
            return "'{" + String.join(",", java.util.Arrays.stream(ids).map(String::valueOf).toList()) + "}'";
        }
        if (value instanceof Instant || value instanceof Temporal || value instanceof String) {
            return "'" + value.toString().replace("'", "''") + "'";
        }
        throw new IllegalArgumentException("no literal for " + value.getClass());
    }

    /**
     * 30 committees, each with 40 members, 8 handling units, 4 party units, 300 proposals of 2005 (about half filed,
     * with cases, assignments, replies, raters and ratings), 100 suggestions, 60 opinion items with adoptions and
     * instructions, 300 opinion reports with authors, 100 activities with outputs, 10 invitees each and attendance.
     * Returns the committee in the middle.
     */
    long generate() {
        List<Long> ids = jdbc.queryForList("""
                insert into committee (name, level, region) select '计划测试政协' || g, 'COUNTY', '计划测试' from generate_series(1, ?) g
                returning id""", Long.class, COMMITTEES);
        jdbc.execute("create temp table plan_committee on commit drop as select unnest(array" + ids + "::bigint[]) as id");
        jdbc.update("""
                insert into member (committee_id, name, gender, mobile)
                select c.id, '委员' || g, case when g % 2 = 0 then 'MALE' else 'FEMALE' end, '139' || lpad(g::text, 8, '0')
                  from plan_committee c, generate_series(1, 40) g""");
        jdbc.update("""
                insert into handling_unit (committee_id, name, unit_type)
                select c.id, '承办单位' || g, 'GOVERNMENT' from plan_committee c, generate_series(1, 8) g""");
        jdbc.update("""
                insert into org_unit (committee_id, kind, name) select c.id, 'PARTY', '党派' || g from plan_committee c, generate_series(1, 4) g""");
        jdbc.update("""
                insert into user_account (committee_id, username, display_name, password_hash)
                select c.id, 'plan-' || c.id, '计划测试', 'x' from plan_committee c""");
        jdbc.update("""
                insert into proposal (committee_id, request_key, status, kind, title, category, entered_by, lead_member_id,
                                      collective_unit_id, submitted_at, key_proposal)
                select c.id, 'plan-' || g, (array['FILED','HANDLING','CLOSED','CLOSED','NOT_FILED','SUBMITTED'])[1 + g % 6],
                       case when g % 10 = 0 then 'COLLECTIVE' else 'INDIVIDUAL' end, '提案' || g, 'ECONOMY', 'plan',
                       (select min(m.id) from member m where m.committee_id = c.id) + g % 40,
                       case when g % 10 = 0 then (select min(u.id) from org_unit u where u.committee_id = c.id) + g % 4 end,
                       timestamptz '2005-01-01 08:00+08' + (g % 360) * interval '1 day', g % 17 = 0
                  from plan_committee c, generate_series(1, 300 * ?) g""", SCALE);
        jdbc.update("""
                insert into micro_suggestion (committee_id, request_key, status, title, body, member_id, submitted_at)
                select c.id, 'plan-' || g, (array['HANDLING','CLOSED','REJECTED','SUBMITTED'])[1 + g % 4], '建议' || g, '内容',
                       (select min(m.id) from member m where m.committee_id = c.id) + g % 40,
                       timestamptz '2005-01-01 08:00+08' + (g % 360) * interval '1 day'
                  from plan_committee c, generate_series(1, 100 * ?) g""", SCALE);
        jdbc.update("""
                insert into handling_case (committee_id, subject_type, subject_id, subject_title, subject_link, mode, status, assigned_at,
                                           due_date, max_due_date, objection_until, rating_window_days, rehandle_months,
                                           first_replied_at, replied_at, replied_on_time)
                select s.committee_id, s.type, s.id, '办理', '/x', case when s.id % 3 = 0 then 'LEAD_WITH_CO' else 'SOLE' end,
                       case when s.closed then 'CLOSED' else 'HANDLING' end, s.at, (s.at + interval '90 day')::date,
                       (s.at + interval '180 day')::date, (s.at + interval '10 day')::date, 30, 3,
                       case when s.id % 5 <> 0 then s.at + interval '60 day' end, case when s.id % 5 <> 0 then s.at + interval '60 day' end,
                       case when s.id % 5 <> 0 then s.id % 7 <> 0 end
                  from (select p.committee_id, ? as type, p.id, p.submitted_at as at, p.status = 'CLOSED' as closed
                          from proposal p join plan_committee c on c.id = p.committee_id where p.status in ('FILED','HANDLING','CLOSED')
                        union all
                        select s.committee_id, ?, s.id, s.submitted_at, s.status = 'CLOSED'
                          from micro_suggestion s join plan_committee c on c.id = s.committee_id where s.status in ('HANDLING','CLOSED')) s""",
                SubjectType.PROPOSAL.name(), SubjectType.MICRO_SUGGESTION.name());
        jdbc.update("""
                insert into handling_assignment (case_id, committee_id, unit_id, role, status, assigned_at, acknowledged_at, due_date)
                select k.id, k.committee_id, (select min(u.id) from handling_unit u where u.committee_id = k.committee_id) + (k.id + r.n) % 8,
                       case when k.mode = 'SOLE' then 'SOLE' when r.n = 0 then 'LEAD' else 'CO' end,
                       case when k.first_replied_at is null then 'ACKNOWLEDGED' else 'REPLIED' end,
                       k.assigned_at, k.assigned_at + interval '1 day', k.due_date
                  from handling_case k join plan_committee c on c.id = k.committee_id
                  cross join lateral generate_series(0, case when k.mode = 'SOLE' then 0 else 1 end) r(n)""");
        jdbc.update("""
                insert into handling_reply (case_id, assignment_id, round, text, category, signer, contact_person, contact_phone,
                                            submitted_by, submitted_at)
                select a.case_id, a.id, 1, '答复', (array['A','B','C'])[1 + a.id % 3], '签发人', '联系人', '123', 'plan', k.first_replied_at
                  from handling_assignment a join handling_case k on k.id = a.case_id join plan_committee c on c.id = k.committee_id
                 where k.first_replied_at is not null and a.role <> 'CO'""");
        jdbc.update("""
                insert into handling_rater (case_id, member_id)
                select k.id, (select min(m.id) from member m where m.committee_id = k.committee_id) + k.id % 40
                  from handling_case k join plan_committee c on c.id = k.committee_id""");
        jdbc.update("""
                insert into handling_rating (case_id, round, member_id, attitude, result, entered_by, rated_at)
                select h.case_id, 1, h.member_id, (array['SATISFIED','BASICALLY_SATISFIED','DISSATISFIED'])[1 + k.id % 3],
                       (array['SATISFIED','BASICALLY_SATISFIED','DISSATISFIED'])[1 + k.id % 3], 'plan', k.first_replied_at + interval '5 day'
                  from handling_rater h join handling_case k on k.id = h.case_id join plan_committee c on c.id = k.committee_id
                 where k.first_replied_at is not null and k.id % 4 <> 0""");
        jdbc.update("""
                insert into opinion_item (committee_id, title, original_text, edited_text, edited_by, edited_at, issued)
                select c.id, '信息' || g, '原文', '编辑稿', 'plan', timestamptz '2005-03-01 08:00+08' + (g % 60) * interval '5 day', true
                  from plan_committee c, generate_series(1, 60 * ?) g""", SCALE);
        // by each committee's own item number: ids interleave across the 30 committees, so an id rule could miss one
        jdbc.update("""
                insert into outcome_adoption (committee_id, subject_type, subject_id, level, adopted_on, recorded_by)
                select i.committee_id, ?, i.id, l.level, (i.edited_at + interval '10 day')::date, 'plan'
                  from (select i.*, row_number() over (partition by i.committee_id order by i.id) as n
                          from opinion_item i join plan_committee c on c.id = i.committee_id) i
                  join (values ('CITY_CPPCC', 2), ('CITY_PARTY_GOVERNMENT', 3)) l(level, every) on i.n % l.every = 0""",
                SubjectType.OPINION_ITEM.name());
        jdbc.update("""
                insert into outcome_instruction (committee_id, subject_type, subject_id, leader, level, instructed_on, text, recorded_by)
                select i.committee_id, ?, i.id, '领导', 'CITY', (i.edited_at + interval '12 day')::date, '批示', 'plan'
                  from (select i.*, row_number() over (partition by i.committee_id order by i.id) as n
                          from opinion_item i join plan_committee c on c.id = i.committee_id) i where i.n % 4 = 0""",
                SubjectType.OPINION_ITEM.name());
        jdbc.update("""
                insert into opinion_report (committee_id, request_key, status, title, body, category, source, source_unit_id,
                                            submitter_account_id, submitted_at, item_id)
                select c.id, 'plan-' || g, (array['ISSUED','ISSUED','ACCEPTED','ARCHIVED','RETURNED','SUBMITTED'])[1 + g % 6],
                       '社情民意' || g, '内容', 'ECONOMY', case when g % 3 = 0 then 'PARTY_GROUP' else 'MEMBER' end,
                       case when g % 3 = 0 then (select min(u.id) from org_unit u where u.committee_id = c.id) + g % 4 end,
                       (select a.id from user_account a where a.committee_id = c.id),
                       timestamptz '2005-01-01 08:00+08' + (g % 360) * interval '1 day',
                       case when g % 6 < 2 then (select min(i.id) from opinion_item i where i.committee_id = c.id) + g % 60 end
                  from plan_committee c, generate_series(1, 300 * ?) g""", SCALE);
        jdbc.update("""
                insert into opinion_author (report_id, position, member_id, name)
                select r.id, n, (select min(m.id) from member m where m.committee_id = r.committee_id) + (r.id + n) % 40, '委员' || ((r.id + n) % 40)
                  from opinion_report r join plan_committee c on c.id = r.committee_id cross join generate_series(1, 1 + (r.id % 2)::int) n""");
        jdbc.update("""
                insert into activity (committee_id, title, type, organiser_kind, organiser_name, starts_at, ends_at, checkin_secret,
                                      checkin_opens_at, checkin_closes_at, status, created_by)
                select c.id, '活动' || g, (array['RESEARCH','INSPECTION','STUDIO','SUPERVISION'])[1 + g % 4],
                       case when g % 4 = 2 then 'STUDIO' else 'OFFICE' end, '工作室' || (g % 5),
                       timestamptz '2005-01-01 09:00+08' + ((g * 3) % 360) * interval '1 day', timestamptz '2005-01-01 12:00+08' + ((g * 3) % 360) * interval '1 day',
                       'x', timestamptz '2005-01-01 08:00+08' + ((g * 3) % 360) * interval '1 day', timestamptz '2005-01-01 13:00+08' + ((g * 3) % 360) * interval '1 day',
                       case when g % 20 = 0 then 'CANCELLED' else 'CLOSED' end, 'plan'
                  from plan_committee c, generate_series(1, 100 * ?) g""", SCALE);
        jdbc.update("""
                insert into activity_invitee (activity_id, member_id, response)
                select a.id, (select min(m.id) from member m where m.committee_id = a.committee_id) + (a.id + n * 3) % 40,
                       case when n = 9 then 'LEAVE_APPROVED' else 'INVITED' end
                  from activity a join plan_committee c on c.id = a.committee_id cross join generate_series(0, 9) n""");
        jdbc.update("""
                insert into activity_attendance (activity_id, member_id, kind, method, checked_in_at, recorded_by)
                select i.activity_id, i.member_id, 'PRESENT', 'STAFF', a.starts_at, 'plan'
                  from activity_invitee i join activity a on a.id = i.activity_id join plan_committee c on c.id = a.committee_id
                 where i.response = 'INVITED' and (i.member_id + a.id) % 5 <> 0""");
        jdbc.update("""
                insert into activity_output (committee_id, activity_id, kind, title, recorded_by)
                select a.committee_id, a.id, case when a.id % 3 = 0 then 'SUPERVISION_OPINION' else 'RESEARCH_REPORT' end, '成果', 'plan'
                  from activity a join plan_committee c on c.id = a.committee_id""");
        for (String table : OWN_ROWS.keySet()) {
            jdbc.execute("analyze " + table);
        }
        return ids.get(COMMITTEES / 2);
    }
}
