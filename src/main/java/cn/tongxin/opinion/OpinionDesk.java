package cn.tongxin.opinion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.opinion.internal.ReportRows;

/** The public-opinion reports' part of the home page, counted as the report list counts. */
@Service
public class OpinionDesk {

    public static final String TO_TRIAGE_LINK = "/opinions?status=SUBMITTED";

    private final ReportRows rows;
    private final JdbcClient jdbc;
    private final Clock clock;

    OpinionDesk(ReportRows rows, JdbcClient jdbc, Clock clock) {
        this.rows = rows;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** 待处理: the count of {@code /opinions?status=SUBMITTED} for the office. */
    public long toTriage(CurrentUser staff) {
        return rows.count(OpinionAccess.reader(staff), new ReportRows.Filter(null, OpinionStatus.SUBMITTED, null, null, null, false));
    }

    /** The reports this user submitted this year (the count of 我提交的 for the year). */
    public long mineThisYear(CurrentUser user) {
        Instant[] year = year();
        return rows.count(OpinionAccess.reader(user), new ReportRows.Filter(null, null, null, year[0], year[1], true));
    }

    /** The list the leader's 社情民意信息 figure opens: the year's reports received (withdrawn ones aside), as counted here. */
    public static String receivedLink(int year) {
        return "/opinions?received=true&year=" + year;
    }

    /**
     * The committee's reports received this year ({@link ReportRows#RECEIVED}: withdrawn ones aside) and how many were
     * issued in a bulletin.
     */
    public long[] receivedAndIssuedThisYear(long committeeId) {
        Instant[] year = year();
        return jdbc.sql("select count(*) filter (where " + ReportRows.RECEIVED + ") as received, count(*) filter (where status = 'ISSUED') as issued"
                        + " from opinion_report where committee_id = ? and submitted_at >= ? and submitted_at < ?")
                .params(committeeId, java.sql.Timestamp.from(year[0]), java.sql.Timestamp.from(year[1]))
                .query((rs, n) -> new long[]{rs.getLong("received"), rs.getLong("issued")}).single();
    }

    public record Returned(long id, String title, String link) {
    }

    /** The user's own reports returned to them. */
    public List<Returned> returned(CurrentUser user) {
        return jdbc.sql("""
                select id, title from opinion_report where committee_id = ? and submitter_account_id = ? and status = 'RETURNED'
                 order by id desc limit 20""")
                .params(user.committeeId(), user.id())
                .query((rs, n) -> new Returned(rs.getLong("id"), rs.getString("title"), "/opinions/" + rs.getLong("id"))).list();
    }

    private Instant[] year() {
        int y = LocalDate.now(clock).getYear();
        return new Instant[]{LocalDate.of(y, 1, 1).atStartOfDay(clock.getZone()).toInstant(),
                LocalDate.of(y + 1, 1, 1).atStartOfDay(clock.getZone()).toInstant()};
    }
}
