package cn.tongxin.rollup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.tongxin.organization.CommitteeView;
import cn.tongxin.organization.Organization;
import cn.tongxin.rollup.internal.CommitteeChanges;
import cn.tongxin.rollup.internal.FigureSummaries;
import cn.tongxin.rollup.internal.LiveFigures;
import cn.tongxin.shared.DateRange;
import cn.tongxin.support.IntegrationTest;

/**
 * System statistics counted live against read from the summaries, on a generated province (1 + 14 cities + 126
 * counties by default) with a year of records per committee in the proportions of issue 11 (per committee and year:
 * ~200 proposals with cases, ~100 micro-suggestions, ~700 opinion reports, ~200 activities with 12 invitees each).
 * Run: {@code ./mvnw -o test -Dtest=RollupBenchmark -Dgroups=benchmark -Dsurefire.excludedGroups= -Drollup.cities=14}.
 */
@IntegrationTest
@Tag("benchmark")
class RollupBenchmark {

    private static final int YEAR = 2025;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Organization organization;
    @Autowired
    LiveFigures live;
    @Autowired
    FigureSummaries summaries;
    @Autowired
    CommitteeChanges changes;
    @Autowired
    cn.tongxin.proposal.ProposalHeadlines proposals;
    @Autowired
    cn.tongxin.suggestion.SuggestionHeadlines suggestions;
    @Autowired
    cn.tongxin.opinion.OpinionHeadlines opinions;
    @Autowired
    cn.tongxin.activity.ActivityHeadlines activities;

    @Test
    void measure() {
        int cities = Integer.getInteger("rollup.cities", 14);
        int counties = Integer.getInteger("rollup.counties", 9);
        long started = System.nanoTime();
        long province = generate(cities, counties);
        String generated = "generated in %d s".formatted((System.nanoTime() - started) / 1_000_000_000);
        List<Long> all = organization.subtree(province).stream().map(CommitteeView::id).toList();
        long city = all.get(1);
        List<Long> cityTree = organization.subtree(city).stream().map(CommitteeView::id).toList();
        DateRange year = new DateRange(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31));
        StringBuilder report = new StringBuilder("\n==== System statistics (" + all.size() + " committees, " + generated + "; "
                + count("proposal") + " proposals, " + count("opinion_report") + " opinion reports, " + count("activity_invitee")
                + " invitations in the database) ====\n");
        report.append(line("live, a city with its " + (cityTree.size() - 1) + " counties", time(() -> live.of(cityTree, year))));
        report.append(line("live, the province (" + all.size() + ")", time(() -> live.of(all, year))));
        report.append(line("  of which proposals", time(() -> proposals.of(all, year))));
        report.append(line("  of which micro-suggestions", time(() -> suggestions.of(all, year))));
        report.append(line("  of which opinion reports", time(() -> opinions.of(all, year))));
        report.append(line("  of which activities", time(() -> activities.of(all, year))));
        long first = System.nanoTime();
        summaries.year(all, YEAR);
        report.append("  summary, the province, first read (computes all): %d ms%n".formatted((System.nanoTime() - first) / 1_000_000));
        report.append(line("summary, a city with its counties, fresh", time(() -> summaries.year(cityTree, YEAR))));
        report.append(line("summary, the province, fresh", time(() -> summaries.year(all, YEAR))));
        report.append(line("summary, the province, one county changed", time(() -> {
            changes.changed(all.getLast());
            return summaries.year(all, YEAR);
        })));
        report.append(line("summary, the province, its city and 10 counties changed", time(() -> {
            cityTree.forEach(changes::changed);
            return summaries.year(all, YEAR);
        })));
        report.append(line("event cost: a committee's counter moved on", time(() -> {
            changes.changed(city);
            return null;
        })));
        System.out.println(report);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static String line(String label, long[] nanos) {
        Arrays.sort(nanos);
        return "  %-55s p50 %6.1f ms  p95 %6.1f ms%n".formatted(label, nanos[nanos.length / 2] / 1e6,
                nanos[(int) Math.ceil(nanos.length * 0.95) - 1] / 1e6);
    }

    private static long[] time(Supplier<?> run) {
        long t0 = System.nanoTime();
        run.get();
        boolean slow = System.nanoTime() - t0 > 1_000_000_000L;
        long[] nanos = new long[slow ? 3 : 20];
        for (int i = 0; i < nanos.length; i++) {
            long t = System.nanoTime();
            run.get();
            nanos[i] = System.nanoTime() - t;
        }
        return nanos;
    }

    /** A province with its cities and their counties, each with a year of records, all set-based. */
    private long generate(int cities, int counties) {
        String tag = Long.toString(System.nanoTime() % 1_000_000);
        long province = jdbc.sql("insert into committee (name, level) values (?, 'PROVINCIAL') returning id")
                .param("基准省政协" + tag).query(Long.class).single();
        jdbc.sql("insert into committee (name, level, parent_id) select ? || '市' || g, 'MUNICIPAL', ? from generate_series(1, ?) g")
                .params("基准" + tag, province, cities).update();
        jdbc.sql("""
                insert into committee (name, level, parent_id)
                select c.name || '县' || g, 'COUNTY', c.id from committee c cross join generate_series(1, ?) g where c.parent_id = ?""")
                .params(counties, province).update();
        List<Long> ids = new ArrayList<>(organization.subtree(province).stream().map(CommitteeView::id).toList());
        Long[] tree = ids.toArray(Long[]::new);
        long account = jdbc.sql("select id from user_account where username = 'staff'").query(Long.class).single();
        jdbc.sql("""
                insert into member (committee_id, name, gender, mobile)
                select c, '基准委员' || g, 'MALE', lpad(g::text, 11, '0') from unnest(?::bigint[]) c cross join generate_series(1, 20) g""")
                .param(tree).update();
        String day = "(timestamptz '" + YEAR + "-01-01 09:00+08' + make_interval(days => (g * 7919) % 360))";
        jdbc.sql("""
                insert into proposal (committee_id, request_key, status, kind, title, category, lead_member_id, entered_by, submitted_at, key_proposal)
                select c, 'b' || g, case when g %% 10 < 8 then 'HANDLING' when g %% 10 = 8 then 'NOT_FILED' else 'SUBMITTED' end, 'INDIVIDUAL',
                       '基准提案', 'SOCIETY', (select min(id) from member m where m.committee_id = c), 'bench', %s, g %% 25 = 0
                  from unnest(?::bigint[]) c cross join generate_series(1, 200) g""".formatted(day)).param(tree).update();
        cases("proposal", "PROPOSAL", "p.status = 'HANDLING'", tree);
        jdbc.sql("""
                insert into micro_suggestion (committee_id, request_key, status, title, body, member_id, submitted_at)
                select c, 'b' || g, case when g %% 10 < 8 then 'HANDLING' else 'REJECTED' end, '基准微建议', '内容',
                       (select min(id) from member m where m.committee_id = c), %s
                  from unnest(?::bigint[]) c cross join generate_series(1, 100) g""".formatted(day)).param(tree).update();
        cases("micro_suggestion", "MICRO_SUGGESTION", "p.status = 'HANDLING'", tree);
        jdbc.sql("""
                insert into opinion_report (committee_id, request_key, status, title, body, category, source, submitter_account_id, submitted_at)
                select c, 'b' || g, case when g %% 10 < 3 then 'ISSUED' when g %% 10 < 6 then 'ACCEPTED' else 'ARCHIVED' end, '基准信息', '内容',
                       'SOCIETY', 'MEMBER', ?, %s
                  from unnest(?::bigint[]) c cross join generate_series(1, 700) g""".formatted(day)).params(account, tree).update();
        jdbc.sql("""
                insert into outcome_adoption (committee_id, subject_type, subject_id, level, adopted_on, recorded_by)
                select r.committee_id, 'OPINION_ITEM', r.id, 'CITY_CPPCC', (r.submitted_at + interval '20 days')::date, 'bench'
                  from opinion_report r where r.committee_id = any(?) and r.status = 'ISSUED' and r.id % 6 = 0""").param(tree).update();
        jdbc.sql("""
                insert into activity (committee_id, title, type, organiser_kind, organiser_name, starts_at, ends_at, checkin_secret,
                                      checkin_opens_at, checkin_closes_at, created_by, status)
                select c, '基准活动', 'THEMATIC_CONSULTATION', 'OFFICE', '办公室', %1$s, %1$s + interval '2 hours', md5(g::text),
                       %1$s - interval '1 hour', %1$s + interval '2 hours', 'bench', 'CLOSED'
                  from unnest(?::bigint[]) c cross join generate_series(1, 200) g""".formatted(day)).param(tree).update();
        jdbc.sql("""
                insert into activity_invitee (activity_id, member_id)
                select a.id, m.id from activity a join lateral (select id from member m where m.committee_id = a.committee_id
                 order by (m.id * 31 + a.id) % 20 limit 12) m on true where a.committee_id = any(?)""").param(tree).update();
        jdbc.sql("""
                insert into activity_attendance (activity_id, member_id, kind, method, checked_in_at, recorded_by)
                select i.activity_id, i.member_id, 'PRESENT', 'STAFF', a.starts_at, 'bench'
                  from activity_invitee i join activity a on a.id = i.activity_id
                 where a.committee_id = any(?) and (i.member_id + i.activity_id) % 5 <> 0""").param(tree).update();
        jdbc.sql("analyze").update();
        return province;
    }

    /** A handling case per subject the condition picks, two thirds of them replied. */
    private void cases(String table, String type, String condition, Long[] tree) {
        jdbc.sql("""
                insert into handling_case (committee_id, subject_type, subject_id, subject_title, subject_link, mode, status, assigned_at,
                                           due_date, max_due_date, objection_until, rating_window_days, rehandle_months, first_replied_at)
                select p.committee_id, '%s', p.id, '基准', '/', 'SOLE', 'HANDLING', p.submitted_at, (p.submitted_at + interval '3 months')::date,
                       (p.submitted_at + interval '6 months')::date, (p.submitted_at + interval '10 days')::date, 30, 3,
                       case when p.id %% 3 <> 0 then p.submitted_at + interval '2 months' end
                  from %s p where p.committee_id = any(?) and %s""".formatted(type, table, condition)).param(tree).update();
    }
}
