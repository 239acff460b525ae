package cn.tongxin.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.idev.excel.FastExcel;
import cn.tongxin.account.RunAs;
import cn.tongxin.member.Members;
import cn.tongxin.member.RegisterMembers;
import cn.tongxin.organization.CommitteeSetup;
import cn.tongxin.organization.OrgUnitKind;
import cn.tongxin.performance.internal.Ledger;
import cn.tongxin.performance.internal.Recorder;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.support.IntegrationTest;

/** The ranking reads the stored results of the year's published set, ranks, filters in memory, pages by 50 and exports. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RankingTests {

    static final int YEAR = 2041;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    RunAs runAs;
    @Autowired
    CommitteeSetup setup;
    @Autowired
    RegisterMembers roster;
    @Autowired
    Recorder recorder;
    @Autowired
    Scores scores;
    @Autowired
    Ledger ledger;
    @Autowired
    Ranking ranking;
    @Autowired
    PerformanceExports exports;
    @Autowired
    Members members;

    long sector;
    long studio;
    long busy;
    long steady;
    long idle;

    @BeforeAll
    void membersWithARecord() {
        var fx = new PerformanceFixture(jdbc, runAs, setup, roster, recorder, scores);
        sector = fx.unit(OrgUnitKind.SECTOR, "排名测试界别");
        studio = fx.unit(OrgUnitKind.STUDIO, "排名测试工作室");
        busy = fx.member("排名甲", sector, studio, true);
        steady = fx.member("排名乙", sector, studio, false);
        idle = fx.member("排名丙", sector, null, false);
        LocalDate day = LocalDate.of(YEAR, 3, 5);
        fx.record(List.of(
                fx.fact(busy, day, FactKind.ATTENDED, "PLENARY", MemberRole.INDIVIDUAL),
                fx.fact(busy, day.plusDays(1), FactKind.PROPOSAL_SUBMITTED, null, MemberRole.INDIVIDUAL),
                fx.fact(busy, day.plusDays(1), FactKind.PROPOSAL_FILED, null, MemberRole.INDIVIDUAL),
                fx.fact(busy, day.plusDays(2), FactKind.REPORT_SUBMITTED, null, MemberRole.INDIVIDUAL),
                fx.fact(steady, day, FactKind.ATTENDED, "PLENARY", MemberRole.INDIVIDUAL)));
    }

    BigDecimal expected(long member) {
        var rules = scores.effective(jdbcCity(), YEAR).rules();
        return Scoring.score(rules, ledger.of(jdbcCity(), member, YEAR)).total();
    }

    long jdbcCity() {
        return jdbc.sql("select id from committee where name = '示例市政协'").query(Long.class).single();
    }

    @Test
    void membersAreRankedByTheirTotalUnderTheYearsPublishedSet() {
        var board = runAs.user("staff", () -> ranking.board(YEAR, new Ranking.Filter(sector, null, null, null), 1));
        List<Ranking.Row> rows = board.page().items();
        assertThat(rows).extracting(Ranking.Row::memberId).containsExactly(busy, steady, idle);
        assertThat(rows).extracting(Ranking.Row::rank).containsExactly(1, 2, 3);
        assertThat(rows.get(0).total()).isEqualByComparingTo(expected(busy));
        assertThat(rows.get(1).total()).isEqualByComparingTo(expected(steady));
        assertThat(rows.get(0).total()).isGreaterThan(rows.get(1).total());
        // a member without any entry has the empty record's result
        var empty = Scoring.score(scores.effective(jdbcCity(), YEAR).rules(), List.of());
        assertThat(rows.get(2).total()).isEqualByComparingTo(empty.total());
        assertThat(rows.get(2).flags()).contains(Flag.NO_DUTY);
        // every category total of a row adds up to its total
        for (Ranking.Row r : rows) {
            assertThat(r.categories().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(r.total());
        }
        assertThat(board.ruleSetId()).isEqualTo(scores.effective(jdbcCity(), YEAR).id());
    }

    @Test
    void filtersByStudioAndStandingNarrowTheRanking() {
        var byStudio = runAs.user("leader", () -> ranking.board(YEAR, new Ranking.Filter(null, null, studio, null), 1));
        assertThat(byStudio.page().items()).extracting(Ranking.Row::memberId).containsExactly(busy, steady);
        var standing = runAs.user("leader", () -> ranking.board(YEAR, new Ranking.Filter(sector, null, null, true), 1));
        assertThat(standing.page().items()).extracting(Ranking.Row::memberId).containsExactly(busy);
        var notStanding = runAs.user("leader", () -> ranking.board(YEAR, new Ranking.Filter(sector, null, null, false), 1));
        assertThat(notStanding.page().items()).extracting(Ranking.Row::memberId).containsExactly(steady, idle);
    }

    @Test
    void gradesAreCountedAndSectorsAndStudiosAggregatedForTheFilteredMembers() {
        var board = runAs.user("staff", () -> ranking.board(YEAR, new Ranking.Filter(sector, null, null, null), 1));
        assertThat(board.distribution().stream().mapToInt(Ranking.GradeCount::members).sum()).isEqualTo(3);
        Ranking.Group sectorGroup = board.sectors().stream().filter(g -> g.name().equals("排名测试界别")).findFirst().orElseThrow();
        assertThat(sectorGroup.members()).isEqualTo(3);
        BigDecimal sum = board.page().items().stream().map(Ranking.Row::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sectorGroup.average()).isEqualByComparingTo(sum.divide(BigDecimal.valueOf(3), 2, java.math.RoundingMode.HALF_UP));
        assertThat(sectorGroup.topGrade()).isEqualTo((int) board.page().items().stream()
                .filter(r -> r.grade().equals(board.topGrade())).count());
        Ranking.Group studioGroup = board.studios().stream().filter(g -> g.name().equals("排名测试工作室")).findFirst().orElseThrow();
        assertThat(studioGroup.members()).isEqualTo(2);
    }

    @Test
    void theRankingIsPagedFiftyAtATimeOverEveryActiveMember() {
        int active = runAs.user("staff", () -> members.active().size());
        var first = runAs.user("staff", () -> ranking.board(YEAR, null, 1));
        var second = runAs.user("staff", () -> ranking.board(YEAR, null, 2));
        assertThat(first.page().total()).isEqualTo(active);
        assertThat(first.page().items()).hasSize(Math.min(50, active));
        assertThat(second.page().items()).hasSize(Math.min(50, Math.max(0, active - 50)));
        var ids = new HashSet<Long>();
        List<Ranking.Row> both = new ArrayList<>(first.page().items());
        both.addAll(second.page().items());
        both.forEach(r -> ids.add(r.memberId()));
        assertThat(ids).hasSize(both.size());
        for (int i = 1; i < both.size(); i++) {
            assertThat(both.get(i).total()).isLessThanOrEqualTo(both.get(i - 1).total());
        }
        assertThat(first.page().items().getFirst().memberId()).isEqualTo(busy);
    }

    @Test
    void theFlagsListHoldsOnlyFlaggedMembersAndSaysWhatEachFlagMeans() {
        var flagged = runAs.user("staff", () -> ranking.flags(YEAR, 1));
        assertThat(flagged.page().items()).allSatisfy(r -> assertThat(r.flags()).isNotEmpty());
        List<Long> all = new ArrayList<>();
        for (int page = 1; page <= flagged.page().totalPages(); page++) {
            int p = page;
            runAs.user("staff", () -> ranking.flags(YEAR, p)).page().items().forEach(r -> all.add(r.memberId()));
        }
        assertThat(all).contains(idle).doesNotContain(busy).hasSize((int) flagged.page().total());
        assertThat(flagged.meanings()).extracting(Ranking.FlagMeaning::flag).containsExactly(Flag.values());
        assertThat(flagged.meanings()).allSatisfy(m -> assertThat(m.meaning()).isNotBlank());
    }

    @Test
    void theExportOpensWithTheHeaderAndTheFilteredRows() throws Exception {
        byte[] file = runAs.user("staff", () -> exports.ranking(YEAR, new Ranking.Filter(sector, null, null, null)));
        List<Map<Integer, String>> sheet = FastExcel.read(new ByteArrayInputStream(file)).sheet(0).headRowNumber(0).doReadSync();
        assertThat(sheet.getFirst().values()).startsWith("排名", "姓名", "界别", "专委会", "工作室", "常委", "总分", "等次");
        assertThat(sheet.getFirst().values()).endsWith("提醒事项");
        assertThat(sheet).hasSize(4);
        assertThat(sheet.subList(1, 4)).extracting(r -> r.get(1)).containsExactly("排名甲", "排名乙", "排名丙");
        assertThat(new BigDecimal(sheet.get(1).get(6))).isEqualByComparingTo(expected(busy));
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(book.getSheetAt(0).getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(book.getSheetAt(0).getColumnWidth(1)).isGreaterThanOrEqualTo(8 * 256);
            assertThat(book.getSheetName(1)).isEqualTo("界别汇总");
        }
    }

    @Test
    void membersAndUnitsMayNotSeeTheRanking() {
        for (String user : List.of("member", "unit")) {
            assertThatThrownBy(() -> runAs.user(user, () -> ranking.board(YEAR, null, 1)))
                    .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
            assertThatThrownBy(() -> runAs.user(user, () -> exports.ranking(YEAR, null)))
                    .isInstanceOf(BusinessException.class);
        }
    }

    @Test
    void aYearOutOfRangeIsRefusedNamingTheParameter() {
        assertThatThrownBy(() -> runAs.user("staff", () -> ranking.board(1800, null, 1)))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(e.getMessage()).contains("year");
                });
    }
}
