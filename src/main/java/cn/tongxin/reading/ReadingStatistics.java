package cn.tongxin.reading;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.activity.ActivityHeadlines;
import cn.tongxin.activity.ActivityType;
import cn.tongxin.shared.DateRange;

/**
 * The year of the reading programme for the office and leaders: groups, themes running in the year, offline sessions
 * (读书活动 held), notes and active readers counted by the day read, and the same per group and per member.
 */
@Service
@Transactional(readOnly = true)
public class ReadingStatistics {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final ActivityHeadlines activities;
    private final Clock clock;

    ReadingStatistics(JdbcClient jdbc, CurrentUsers currentUsers, ActivityHeadlines activities, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.activities = activities;
        this.clock = clock;
    }

    public record GroupLine(long groupId, String name, long notes, long readers) {
    }

    public record MemberLine(long memberId, String name, long notes, long books, LocalDate lastReadOn) {
    }

    public record Year(int year, long groups, long themes, long sessions, long notes, long readers, List<GroupLine> byGroup,
                       List<MemberLine> byMember) {
    }

    public Year of(Integer wanted) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        int year = wanted == null ? LocalDate.now(clock).getYear() : wanted;
        if (year < 2000 || year > 2100) {
            throw ReadingAccess.invalid("year", "年度须在2000至2100之间");
        }
        long committee = user.committeeId();
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate next = from.plusYears(1);
        long groups = jdbc.sql("select count(*) from reading_group where committee_id = ? and created_at < ?")
                .params(committee, java.sql.Timestamp.from(next.atStartOfDay(ZONE).toInstant())).query(Long.class).single();
        long themes = jdbc.sql("select count(*) from reading_theme where committee_id = ? and starts_on < ? and ends_on >= ?")
                .params(committee, next, from).query(Long.class).single();
        long sessions = activities.byType(List.of(committee), new DateRange(from, next.minusDays(1))).getOrDefault(ActivityType.READING, 0L);
        long[] totals = jdbc.sql("""
                select count(*) as notes, count(distinct member_id) as readers from reading_note
                 where committee_id = ? and status = 'PUBLISHED' and read_on >= ? and read_on < ?""")
                .params(committee, from, next).query((rs, n) -> new long[] {rs.getLong("notes"), rs.getLong("readers")}).single();
        List<GroupLine> byGroup = jdbc.sql("""
                select g.id, g.name, count(n.id) as notes, count(distinct n.member_id) as readers
                  from reading_group g left join reading_note n on n.group_id = g.id and n.committee_id = g.committee_id
                       and n.status = 'PUBLISHED' and n.read_on >= ? and n.read_on < ?
                 where g.committee_id = ? group by g.id, g.name order by notes desc, g.name limit 500""")
                .params(from, next, committee)
                .query((rs, n) -> new GroupLine(rs.getLong("id"), rs.getString("name"), rs.getLong("notes"), rs.getLong("readers"))).list();
        List<MemberLine> byMember = jdbc.sql("""
                select n.member_id, m.name, count(*) as notes, count(distinct n.book) as books, max(n.read_on) as last_read_on
                  from reading_note n join member m on m.id = n.member_id
                 where n.committee_id = ? and n.status = 'PUBLISHED' and n.read_on >= ? and n.read_on < ?
                 group by n.member_id, m.name order by notes desc, m.name limit 2000""")
                .params(committee, from, next)
                .query((rs, n) -> new MemberLine(rs.getLong("member_id"), rs.getString("name"), rs.getLong("notes"), rs.getLong("books"),
                        rs.getObject("last_read_on", LocalDate.class))).list();
        return new Year(year, groups, themes, sessions, totals[0], totals[1], byGroup, byMember);
    }
}
