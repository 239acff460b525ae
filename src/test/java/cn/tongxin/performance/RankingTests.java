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
    PointsRules rules;
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
    String sectorName;
    int inSector;
    long busy;
    long steady;
    long idle;

    @BeforeAll
    void membersWithARecord() {
        var fx = new PerformanceFixture(jdbc, runAs, rules, recorder, scores);
        fx.baseAndDeduct(YEAR);
        var largest = jdbc.sql("""
                select m.sector_id, s.name, count(*) as n from member m join org_unit s on s.id = m.sector_id
                 where m.committee_id = ? and m.status = 'ACTIVE'
                   and not exists (select 1 from user_account a where a.member_id = m.id)
                 group by m.sector_id, s.name order by count(*) desc, m.sector_id limit 1""").param(fx.city).query().singleRow();
        sector = ((Number) largest.get("sector_id")).longValue();
        sectorName = (String) largest.get("name");
        inSector = jdbc.sql("select count(*) from member where sector_id = ? and status = 'ACTIVE'").param(sector).query(Integer.class).single();
        List<Long> three = jdbc.sql("""
                select m.id from member m where m.sector_id = ? and m.status = 'ACTIVE'
                   and not exists (select 1 from user_account a where a.member_id = m.id) order by m.id limit 3""")
                .param(sector).query(Long.class).list();
        busy = three.get(0);
        steady = three.get(1);
        idle = three.get(2);
        LocalDate day = LocalDate.of(YEAR, 3, 5);
        fx.record(List.of(
                fx.fact(busy, day, FactKind.ATTENDED, "PLENARY", MemberRole.INDIVIDUAL),
                fx.fact(busy, day.plusDays(1), FactKind.PROPOSAL_SUBMITTED, null, MemberRole.INDIVIDUAL),
                fx.fact(busy, day.plusDays(1), FactKind.PROPOSAL_FILED, null, MemberRole.INDIVIDUAL),
                fx.fact(busy, day.plusDays(2), FactKind.REPORT_SUBMITTED, null, MemberRole.INDIVIDUAL),
                fx.fact(steady, day, FactKind.ATTENDED, "PLENARY", MemberRole.INDIVIDUAL)));
    }

    List<Long> activeWhere(String condition, Object value) {
        return jdbc.sql("select m.id from member m join committee c on c.id = m.committee_id where c.name = '示例市政协'"
                        + " and m.status = 'ACTIVE' and " + condition + " order by m.id").param(value).query(Long.class).list();
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
        assertThat(board.page().total()).isEqualTo(inSector);
        List<Ranking.Row> rows = runAs.user("staff", () -> ranking.all(YEAR, new Ranking.Filter(sector, null, null, null))).page().items();
        assertThat(rows).hasSize(inSector).allSatisfy(r -> assertThat(r.sectorName()).isEqualTo(sectorName));
        assertThat(board.page().items()).isEqualTo(rows.subList(0, Math.min(50, inSector)));
        assertThat(rows.subList(0, 2)).extracting(Ranking.Row::memberId).containsExactly(busy, steady);
        assertThat(rows.subList(0, 3)).extracting(Ranking.Row::rank).containsExactly(1, 2, 3);
        // base-and-deduct: plenary 50 + proposal 10 + filed 15 + report 10; plenary 50 alone
        assertThat(rows.get(0).total()).isEqualByComparingTo("85").isEqualByComparingTo(expected(busy));
        assertThat(rows.get(0).grade()).isEqualTo("良好");
        assertThat(rows.get(1).total()).isEqualByComparingTo("50").isEqualByComparingTo(expected(steady));
        // members without any entry have the empty record's result and share the next rank
        Ranking.Row idleRow = rows.stream().filter(r -> r.memberId() == idle).findFirst().orElseThrow();
        assertThat(idleRow.total()).isEqualByComparingTo("0");
        assertThat(idleRow.rank()).isEqualTo(3);
        assertThat(idleRow.flags()).contains(Flag.NO_DUTY, Flag.LOW_GRADE, Flag.MINIMUM_UNMET);
        // every category total of a row adds up to its total
        for (Ranking.Row r : rows) {
            assertThat(r.categories().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(r.total());
        }
        assertThat(board.ruleSetId()).isEqualTo(scores.effective(jdbcCity(), YEAR).id());
    }

    @Test
    void filtersByStudioSpecialCommitteeAndStandingNarrowTheRanking() {
        long studio = jdbc.sql("select studio_id from member where studio_id is not null and committee_id = (select committee_id from member where id = ?)"
                + " group by studio_id order by count(*) desc limit 1").param(busy).query(Long.class).single();
        var byStudio = runAs.user("leader", () -> ranking.all(YEAR, new Ranking.Filter(null, null, studio, null)));
        assertThat(byStudio.page().items()).extracting(Ranking.Row::memberId)
                .containsExactlyInAnyOrderElementsOf(activeWhere("m.studio_id = ?", studio));
        long special = jdbc.sql("select special_committee_id from member where special_committee_id is not null"
                + " and committee_id = (select committee_id from member where id = ?) group by special_committee_id order by count(*) desc limit 1")
                .param(busy).query(Long.class).single();
        var bySpecial = runAs.user("leader", () -> ranking.all(YEAR, new Ranking.Filter(null, special, null, null)));
        assertThat(bySpecial.page().items()).extracting(Ranking.Row::memberId)
                .containsExactlyInAnyOrderElementsOf(activeWhere("m.special_committee_id = ?", special));
        var standing = runAs.user("leader", () -> ranking.all(YEAR, new Ranking.Filter(sector, null, null, true)));
        assertThat(standing.page().items()).allSatisfy(r -> assertThat(r.standing()).isTrue())
                .extracting(Ranking.Row::memberId).containsExactlyInAnyOrderElementsOf(activeWhere("m.standing and m.sector_id = ?", sector));
        var notStanding = runAs.user("leader", () -> ranking.board(YEAR, new Ranking.Filter(sector, null, null, false), 1));
        assertThat(standing.page().total() + notStanding.page().total()).isEqualTo(inSector);
    }

    @Test
    void gradesAreCountedAndSectorsAndStudiosAggregatedForTheFilteredMembers() {
        var board = runAs.user("staff", () -> ranking.board(YEAR, new Ranking.Filter(sector, null, null, null), 1));
        List<Ranking.Row> rows = runAs.user("staff", () -> ranking.all(YEAR, new Ranking.Filter(sector, null, null, null))).page().items();
        assertThat(board.distribution().stream().mapToInt(Ranking.GradeCount::members).sum()).isEqualTo(inSector);
        assertThat(board.distribution()).extracting(Ranking.GradeCount::grade).containsExactly("优秀", "良好", "称职", "不称职");
        assertThat(board.distribution().get(1).members()).isEqualTo(1);
        assertThat(board.sectors()).hasSize(1);
        Ranking.Group sectorGroup = board.sectors().getFirst();
        assertThat(sectorGroup.name()).isEqualTo(sectorName);
        assertThat(sectorGroup.members()).isEqualTo(inSector);
        BigDecimal sum = rows.stream().map(Ranking.Row::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo("135");
        assertThat(sectorGroup.average()).isEqualByComparingTo(sum.divide(BigDecimal.valueOf(inSector), 2, java.math.RoundingMode.HALF_UP));
        assertThat(sectorGroup.topGrade()).isEqualTo((int) rows.stream()
                .filter(r -> r.grade().equals(board.topGrade())).count());
        assertThat(board.studios().stream().mapToInt(Ranking.Group::members).sum())
                .isEqualTo((int) rows.stream().filter(r -> r.studioName() != null).count());
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
        assertThat(sheet).hasSize(inSector + 1);
        String busyName = jdbc.sql("select name from member where id = ?").param(busy).query(String.class).single();
        assertThat(sheet.get(1).get(1)).isEqualTo(busyName);
        assertThat(sheet.get(1).get(2)).isEqualTo(sectorName);
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
