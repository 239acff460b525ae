package cn.tongxin.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.tongxin.account.RunAs;
import cn.tongxin.activity.ActivityQueries;
import cn.tongxin.activity.ActivityStatistics;
import cn.tongxin.activity.ActivityType;
import cn.tongxin.handling.HandlingQueries.HandlingFilter;
import cn.tongxin.member.MemberCriteria;
import cn.tongxin.member.internal.MemberService;
import cn.tongxin.opinion.OpinionQueries;
import cn.tongxin.opinion.OpinionStatistics;
import cn.tongxin.opinion.OpinionStatus;
import cn.tongxin.proposal.ProposalCriteria;
import cn.tongxin.proposal.ProposalQueries;
import cn.tongxin.proposal.ProposalStatistics;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.suggestion.SuggestionQueries;
import cn.tongxin.suggestion.SuggestionStatus;

/**
 * Benchmark, not a test: a province (140 committees, ~60,000 members, ten years of proposals with handling, opinion
 * reports with outcomes, activities with invitations and attendance; see {@link ProvinceGenerator}) measured over real
 * HTTP as the demo city's staff: every list page and statistics page with p50/p95/p99 and the ratio of the page to its
 * own queries run in process, the plenary peak through the API with tokens, and a throughput run of the proposal list.
 * <p>
 * Run with {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups=none -Dtest=ProvinceBenchmark -Dprovince.scale=0.1}
 * (1.0: the full province). The database lives in target/province-postgres and is cleaned at start unless
 * {@code -Dprovince.keep=true}, with which a province already there is measured again without generating it.
 * Figures go to target/benchmarks/province.md; with {@code -Dprovince.only=annual} only the annual account is measured
 * (target/benchmarks/province-annual.md).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "tongxin.database.embedded.data-dir=${province.data-dir:target/province-postgres}",
        "tongxin.database.embedded.clean=${province.clean:true}",
        "tongxin.database.embedded.database=province",
        "tongxin.test.count-statements=false"})
class ProvinceBenchmark {

    static {
        if (Boolean.getBoolean("province.keep")) {
            System.setProperty("province.clean", "false");
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    RunAs runAs;
    @Autowired
    ProposalQueries proposals;
    @Autowired
    ProposalStatistics proposalStatistics;
    @Autowired
    OpinionQueries opinions;
    @Autowired
    OpinionStatistics opinionStatistics;
    @Autowired
    SuggestionQueries suggestions;
    @Autowired
    ActivityQueries activities;
    @Autowired
    ActivityStatistics activityStatistics;
    @Autowired
    MemberService members;
    @Autowired
    cn.tongxin.rollup.SystemStatistics systemStatistics;
    @Autowired
    cn.tongxin.report.AnnualAccounts annualAccounts;
    @Autowired
    cn.tongxin.organization.Organization organization;
    @Autowired
    cn.tongxin.rollup.FigureValues figureValues;
    @Autowired
    cn.tongxin.member.MemberHeadlines memberHeadlines;
    @Autowired
    cn.tongxin.organization.StudioHeadlines studioHeadlines;
    @Autowired
    cn.tongxin.opinion.CorrespondentAppointments correspondents;
    @Autowired
    cn.tongxin.proposal.ProposalHeadlines proposalHeadlines;
    @Autowired
    cn.tongxin.activity.ActivityHeadlines activityHeadlines;
    @Autowired
    cn.tongxin.activity.OutputHeadlines outputHeadlines;
    @Autowired
    cn.tongxin.opinion.OpinionHeadlines opinionHeadlines;
    @Autowired
    cn.tongxin.activity.SpeechHeadlines speechHeadlines;
    @Autowired
    cn.tongxin.opinion.ForwardHeadlines forwardHeadlines;

    @Test
    void measure() throws Exception {
        double scale = ProvinceGenerator.scaleFromSystemProperty();
        var generated = new ProvinceGenerator(dataSource, scale).generate();
        var client = new BenchmarkClient(port, "Province benchmark");
        StringBuilder report = client.report;
        report.append(Runtime.getRuntime().availableProcessors()).append(" cores, JDK ").append(System.getProperty("java.version"))
                .append(", embedded PostgreSQL, HTTP on loopback, measured as the demo city's staff (示例市政协), ")
                .append(LocalDate.now()).append(".\n\n");
        data(report, generated);
        client.login("staff", "Demo@2026");
        provinceToken();
        if ("annual".equals(System.getProperty("province.only"))) { // -Dprovince.only=annual: the annual account alone (~1 min)
            annualAccount(client);
            client.write("province-annual.md");
            jdbc.sql("checkpoint").update();
            return;
        }
        pages(client);
        try {
            systemStatistics(client);
        } catch (Exception e) { // measured last-minute: a failure here must not lose the other figures
            report.append("System statistics not measured: ").append(e).append("\n\n");
        }
        try {
            annualAccount(client);
        } catch (Exception e) {
            report.append("Annual account not measured: ").append(e).append("\n\n");
        }
        plenaryPeak(report);
        throughput(client);
        client.write("province.md");
        jdbc.sql("checkpoint").update(); // a quick shutdown: the test JVM gives the database 30 s to stop
    }

    private void data(StringBuilder report, ProvinceGenerator.Result generated) {
        report.append("## Data\n\n").append(generated.reused() ? "A kept database, reused (not generated in this run).\n\n"
                : String.format(Locale.ROOT, "Generated at scale %.2f in %.1f s:\n\n", generated.scale(), generated.seconds()) + generated.markdown() + "\n");
        report.append("| table | rows | of it the demo city |\n|---|---|---|\n");
        long city = committee();
        for (String table : List.of("committee", "member", "proposal", "handling_case", "handling_assignment", "opinion_report", "opinion_item",
                "bulletin", "outcome_adoption", "outcome_instruction", "activity", "micro_suggestion")) {
            String own = table.equals("committee") ? "1" : String.valueOf(jdbc.sql("select count(*) from " + table + " where committee_id = ?")
                    .param(city).query(Long.class).single());
            report.append("| ").append(table).append(" | ").append(count(table)).append(" | ").append(own).append(" |\n");
        }
        for (String table : List.of("activity_invitee", "activity_attendance")) {
            long own = jdbc.sql("select count(*) from " + table + " x join activity a on a.id = x.activity_id where a.committee_id = ?")
                    .param(city).query(Long.class).single();
            report.append("| ").append(table).append(" | ").append(count(table)).append(" | ").append(own).append(" |\n");
        }
        report.append("\nDatabase size: ").append(jdbc.sql("select pg_size_pretty(pg_database_size(current_database()))")
                .query(String.class).single()).append(".\n\n");
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private long committee() {
        return jdbc.sql("select id from committee where name = ?").param(ProvinceGenerator.DEMO_CITY).query(Long.class).single();
    }

    /** Each list and statistics page over HTTP, and its own queries run in process as the same user. */
    private void pages(BenchmarkClient client) throws Exception {
        StringBuilder report = client.report;
        PageQuery first = PageQuery.of(null, 20);
        long sector = jdbc.sql("select sector_id from member where committee_id = ? and sector_id is not null group by sector_id order by count(*) desc limit 1")
                .param(committee()).query(Long.class).single();
        LocalDate from = LocalDate.of(2016, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        warmUp(client, List.of("/proposals", "/proposals?year=2025&handling=REPLIED", "/opinions", "/opinions?status=ISSUED&year=2024",
                "/suggestions", "/suggestions?status=CLOSED&year=2024", "/activities", "/activities?type=RESEARCH&year=2020", "/members",
                "/members?sectorId=" + sector), 300);
        warmUp(client, List.of("/proposals/statistics?year=2025", "/opinion-statistics?year=2025", "/suggestion-statistics?year=2025",
                "/activity-statistics?year=2025"), 30);
        report.append("## Pages\n\nMeasured after a warm-up of the web layer (300 requests of each list page, 30 of each year's "
                        + "statistics page: a server that has been up for a while, its code compiled by the JIT).\n\n\"own\": the page's own work called in process as the same user (the list's queries method — count and page query "
                        + "with their mapping; the statistics service method), so page ÷ own is what the web layer (security, controller, "
                        + "template, HTTP) adds on top of the SQL.\n\n")
                .append("| page | n | p50 ms | p95 ms | p99 ms | max ms | own p50 ms | own p95 ms | page ÷ own (p50) |\n|---|---|---|---|---|---|---|---|---|\n");
        row(client, "proposal list, first page", "/proposals", () -> proposals.list(ProposalCriteria.none(), first));
        row(client, "proposal list, 2025 + replied", "/proposals?year=2025&handling=REPLIED", () -> proposals.list(
                new ProposalCriteria(null, null, null, null, null, null, 2025, null, null, null, null, HandlingFilter.REPLIED,
                        null, null, null, null), first));
        row(client, "opinion list, first page", "/opinions", () -> opinions.list(new OpinionQueries.Criteria(null, null, null, null, null), first));
        row(client, "opinion list, issued in 2024", "/opinions?status=ISSUED&year=2024",
                () -> opinions.list(new OpinionQueries.Criteria(null, OpinionStatus.ISSUED, null, 2024, null), first));
        row(client, "suggestion list, first page", "/suggestions", () -> suggestions.list(null, null, first));
        row(client, "suggestion list, closed in 2024", "/suggestions?status=CLOSED&year=2024",
                () -> suggestions.list(SuggestionStatus.CLOSED, 2024, first));
        row(client, "activity list, first page", "/activities", () -> activities.list(null, null, null, null, first));
        row(client, "activity list, research in 2020", "/activities?type=RESEARCH&year=2020",
                () -> activities.list(null, ActivityType.RESEARCH, 2020, null, first));
        row(client, "member list, first page", "/members", () -> members.list(MemberCriteria.none(), first));
        row(client, "member list, one sector", "/members?sectorId=" + sector,
                () -> members.list(new MemberCriteria(null, sector, null, null, null, null, null, null), first));
        row(client, "proposal statistics, 2025", "/proposals/statistics?year=2025",
                () -> proposalStatistics.report(new ProposalStatistics.Period(null, 2025, null, null)));
        row(client, "proposal statistics, ten years", "/proposals/statistics?from=2016-01-01&to=2025-12-31",
                () -> proposalStatistics.report(new ProposalStatistics.Period(null, null, from, to)));
        row(client, "opinion statistics, 2025", "/opinion-statistics?year=2025", () -> opinionStatistics.report(2025, null, null));
        row(client, "opinion statistics, ten years", "/opinion-statistics?from=2016-01-01&to=2025-12-31",
                () -> opinionStatistics.report(null, from, to));
        row(client, "suggestion statistics, 2025", "/suggestion-statistics?year=2025", () -> suggestions.statistics(2025, null, null));
        row(client, "suggestion statistics, ten years", "/suggestion-statistics?from=2016-01-01&to=2025-12-31",
                () -> suggestions.statistics(null, from, to));
        row(client, "activity statistics, 2025", "/activity-statistics?year=2025", () -> activityStatistics.report(2025, null, null));
        row(client, "activity statistics, ten years", "/activity-statistics?from=2016-01-01&to=2025-12-31",
                () -> activityStatistics.report(null, from, to));
        report.append("\n");
    }

    private static final String PROVINCE_TOKEN = "tx_province" + "0".repeat(32);

    /** An account of the province's staff with an API token, written in SQL (once; kept with the database). */
    private void provinceToken() {
        jdbc.sql("""
                insert into user_account (committee_id, username, display_name, password_hash, must_change_password)
                select id, 'province_staff', '省政协工作人员', '{noop}x', false from committee where name = ?
                on conflict do nothing""").param(ProvinceGenerator.PROVINCE).update();
        jdbc.sql("insert into user_role (user_account_id, role) select id, 'STAFF' from user_account where username = 'province_staff' on conflict do nothing").update();
        jdbc.sql("""
                insert into api_token (user_account_id, name, token_hash, token_prefix)
                select id, '压测', encode(sha256(convert_to(?, 'UTF8')), 'hex'), substr(?, 1, 8) from user_account where username = 'province_staff'
                on conflict do nothing""").params(PROVINCE_TOKEN, PROVINCE_TOKEN).update();
    }

    /**
     * Statistics over a committee and the committees below it: the demo city with its counties (its staff's page), and
     * the province (an account of the province's staff with an API token, written in SQL).
     */
    private void systemStatistics(BenchmarkClient client) throws Exception {
        LocalDate from = LocalDate.of(2016, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        client.report.append("## System statistics (a committee and those below it)\n\n")
                .append("| page | n | p50 ms | p95 ms | p99 ms | max ms | own p50 ms | own p95 ms | page ÷ own (p50) |\n|---|---|---|---|---|---|---|---|---|\n");
        row(client, "city with its counties, 2025 (page)", "/system-statistics?year=2025", "staff", () -> systemStatistics.report(2025, null, null));
        row(client, "city with its counties, ten years (page)", "/system-statistics?from=2016-01-01&to=2025-12-31", "staff",
                () -> systemStatistics.report(null, from, to));
        String token = PROVINCE_TOKEN;
        var province = new BenchmarkClient(port, "");
        province.bearer(token);
        province.report.setLength(0);
        row(province, "province, 2025 (API)", "/api/v1/statistics/system?year=2025", "province_staff", () -> systemStatistics.report(2025, null, null));
        row(province, "province, ten years (API)", "/api/v1/statistics/system?from=2016-01-01&to=2025-12-31", "province_staff",
                () -> systemStatistics.report(null, from, to));
        client.report.append(province.report).append("\n");
    }

    /**
     * The annual account (issue 12): where the time of the province's year went when every breakdown was counted live
     * (each module's query over the 140 committees, in process), then the account — the demo city's year alone and with
     * its counties (its staff's page), the province's year with all 139 committees below it (the province staff's
     * token) — first read with no summaries (every committee-year recomputed; best and all of three), read again
     * (warm), and counted live (a period that is not a calendar year).
     */
    private void annualAccount(BenchmarkClient client) throws Exception {
        long province = jdbc.sql("select id from committee where name = ?").param(ProvinceGenerator.PROVINCE).query(Long.class).single();
        List<Long> all = organization.subtree(province).stream().map(c -> c.id()).toList();
        List<Long> cityAndCounties = organization.subtree(committee()).stream().map(c -> c.id()).toList();
        breakdown(client.report, all);
        client.report.append("### Annual account: first read after the summaries were dropped (every committee-year of the year and the "
                        + "year before recomputed)\n\n| page | runs ms | best ms |\n|---|---|---|\n");
        BenchmarkClient provinceClient = new BenchmarkClient(port, "");
        provinceClient.bearer(PROVINCE_TOKEN);
        cold(client, "city, 2025 (page)", "/reports/annual?year=2025", List.of(committee()));
        cold(client, "city with its counties, 2025 (page)", "/reports/annual?year=2025&scope=system", cityAndCounties);
        cold(provinceClient, client.report, "province with 139 committees below, 2025 (API)", "/api/v1/reports/annual?year=2025&scope=system", all);
        client.report.append("\n### Annual account: read again (summaries current)\n\n")
                .append("| page | n | p50 ms | p95 ms | p99 ms | max ms | own p50 ms | own p95 ms | page ÷ own (p50) |\n|---|---|---|---|---|---|---|---|---|\n");
        row(client, "city, 2025 (page)", "/reports/annual?year=2025", "staff",
                () -> annualAccounts.account(new cn.tongxin.report.AnnualRequest(2025, null, null, null, null)));
        row(client, "city with its counties, 2025 (page)", "/reports/annual?year=2025&scope=system", "staff",
                () -> annualAccounts.account(new cn.tongxin.report.AnnualRequest(2025, null, null, null, "system")));
        provinceClient.report.setLength(0);
        row(provinceClient, "province with 139 committees below, 2025 (API)", "/api/v1/reports/annual?year=2025&scope=system", "province_staff",
                () -> annualAccounts.account(new cn.tongxin.report.AnnualRequest(2025, null, null, null, "system")));
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 30);
        row(provinceClient, "province, 2025-01-01 to 2025-12-30, counted live (API)",
                "/api/v1/reports/annual?from=" + from + "&to=" + to + "&scope=system", "province_staff",
                () -> annualAccounts.account(new cn.tongxin.report.AnnualRequest(null, from, to, null, "system")));
        client.report.append(provinceClient.report).append("\n");
    }

    /** Each figure family of the province's year counted live in process: the best of three after one warm-up, this year and last. */
    private void breakdown(StringBuilder report, List<Long> ids) throws Exception {
        var y = new cn.tongxin.shared.DateRange(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        var p = new cn.tongxin.shared.DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        java.util.Map<String, java.util.function.Function<cn.tongxin.shared.DateRange, Object>> families = new java.util.LinkedHashMap<>();
        families.put("rollup figures (summaries, ADR 006)", r -> figureValues.total(ids, r));
        families.put("members (as of today)", r -> memberHeadlines.members(ids));
        families.put("persons, each once (as of today)", r -> memberHeadlines.persons(ids));
        families.put("studios and studios by level (as of today)", r -> List.of(studioHeadlines.studios(ids), studioHeadlines.byLevel(ids)));
        families.put("特聘信息员", r -> correspondents.count(ids, r));
        families.put("proposals by category", r -> proposalHeadlines.byCategory(ids, r));
        families.put("party proposals", r -> proposalHeadlines.count(ids, r, cn.tongxin.proposal.ProposalHeadlines.Measure.PARTIES, null));
        families.put("proposals by party (and key)", r -> proposalHeadlines.byParty(ids, r));
        families.put("签批/批示 on proposals", r -> proposalHeadlines.instructions(ids, r));
        families.put("民主评议 of key proposals' units", r -> proposalHeadlines.appraisals(ids, r));
        families.put("activities by type", r -> activityHeadlines.byType(ids, r));
        families.put("outputs by kind", r -> outputHeadlines.outputsByKind(ids, r));
        families.put("supervision groups", r -> outputHeadlines.supervisionGroups(ids, r));
        families.put("reports from parties", r -> opinionHeadlines.count(ids, r, cn.tongxin.opinion.OpinionHeadlines.Measure.FROM_PARTIES));
        families.put("reports by source", r -> opinionHeadlines.bySource(ids, r));
        families.put("speeches by party", r -> speechHeadlines.count(ids, r, cn.tongxin.activity.SpeechHeadlines.By.PARTY));
        families.put("speeches by sector", r -> speechHeadlines.count(ids, r, cn.tongxin.activity.SpeechHeadlines.By.SECTOR));
        families.put("报送 by level", r -> forwardHeadlines.forwardedByLevel(ids, r));
        families.put("报送上级 (reports, outputs)", r -> forwardHeadlines.upward(ids, r));
        report.append("## Annual account (年度报告数字)\n\n### Where the time goes: each family of the province's year (").append(ids.size())
                .append(" committees) counted live, in process, best of 3\n\n| family | 2025 ms | 2024 ms |\n|---|---|---|\n");
        double total = 0;
        for (var f : families.entrySet()) {
            double a = best(() -> f.getValue().apply(y));
            double b = best(() -> f.getValue().apply(p));
            total += a + b;
            report.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f |\n", f.getKey(), a, b));
        }
        report.append(String.format(Locale.ROOT, "| **sum** | %.0f (both years) | |\n\n", total));
    }

    private static double best(Callable<?> work) throws Exception {
        work.call();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            work.call();
            best = Math.min(best, System.nanoTime() - t0);
        }
        return best / 1e6;
    }

    private void cold(BenchmarkClient client, String label, String path, List<Long> ids) throws Exception {
        cold(client, client.report, label, path, ids);
    }

    /** Three first reads, each after dropping the summaries' year rows of the committees (this year and last). */
    private void cold(BenchmarkClient client, StringBuilder report, String label, String path, List<Long> ids) throws Exception {
        client.get(path);
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Long[] committees = ids.toArray(Long[]::new);
            jdbc.sql("delete from annual_breakdown_year where committee_id = any(?) and year in (2024, 2025)").param(committees).update();
            jdbc.sql("delete from rollup_year where committee_id = any(?) and year in (2024, 2025)").param(committees).update();
            long t0 = System.nanoTime();
            client.get(path);
            runs.add((System.nanoTime() - t0) / 1_000_000);
        }
        report.append("| ").append(label).append(" | ").append(runs.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")))
                .append(" | ").append(Collections.min(runs)).append(" |\n");
        System.out.println("[province] cold " + label + " " + runs);
    }

    private static void warmUp(BenchmarkClient client, List<String> paths, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            for (String path : paths) {
                client.get(path);
            }
        }
    }

    private void row(BenchmarkClient client, String label, String path, Callable<?> own) throws Exception {
        row(client, label, path, "staff", own);
    }

    /** Sample size by cost: a probe request decides (pages of seconds get 5 runs, not 50). */
    private void row(BenchmarkClient client, String label, String path, String user, Callable<?> own) throws Exception {
        client.get(path); // the first request of a page pays for its template and plans
        long t0 = System.nanoTime();
        client.get(path);
        long probeMs = (System.nanoTime() - t0) / 1_000_000;
        int runs = probeMs > 2000 ? 3 : probeMs > 300 ? 10 : probeMs > 50 ? 30 : 100;
        int warmup = probeMs > 2000 ? 0 : Math.max(3, runs / 10);
        var page = client.measure(path, warmup, runs);
        var direct = BenchmarkClient.measure(() -> runAs.user(user, () -> {
            try {
                return own.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }), warmup, runs);
        client.report.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s | %s | %.2f |\n", label, runs, page.p50ms(),
                page.p95ms(), page.p99ms(), page.maxms(), direct.p50ms(), direct.p95ms(), page.p50() / (double) Math.max(1, direct.p50())));
        System.out.println("[province] " + label + " p50 " + page.p50ms() + " ms, own " + direct.p50ms() + " ms");
    }

    /** The plenary peak ({@link PlenaryPeak}): a rehearsal of 100 members, then 300 measured. */
    private void plenaryPeak(StringBuilder report) throws Exception {
        var peak = new PlenaryPeak(jdbc, port, committee());
        peak.rehearse(100);
        report.append("## Plenary peak: 300 members draft, invite 2 co-signers, 600 confirmations, 300 submits; 20 concurrent, API tokens\n\n")
                .append("After a rehearsal of the same steps by 100 other members (the write paths JIT-compiled).\n\n")
                .append("| step | requests | errors | wall s | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|---|---|\n");
        peak.run(300, report);
    }

    private void throughput(BenchmarkClient client) throws Exception {
        int clients = Integer.getInteger("province.clients", 8);
        int seconds = Integer.getInteger("province.seconds", 20);
        var s = client.throughput("/proposals", clients, 3, seconds);
        client.report.append("## Throughput: proposal list, first page, ").append(clients).append(" concurrent clients for ").append(seconds)
                .append(" s (after 3 s warm-up), one staff session\n\n| requests/s | requests | errors | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|---|\n")
                .append(String.format(Locale.ROOT, "| %.0f | %d | %d | %s | %s | %s | %s |\n\n", s.perSecond(), s.count(), s.errors(),
                        s.p50ms(), s.p95ms(), s.p99ms(), s.maxms()));
    }
}
