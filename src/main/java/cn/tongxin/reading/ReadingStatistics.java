package cn.tongxin.reading;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

    /** {@code groups}: the groups the member posted notes to in the year. */
    public record MemberLine(long memberId, String name, long notes, long groups, LocalDate lastReadOn) {
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
        // one pass over the year's notes by the day-read index (group, member, count, last day), summed here: a few
        // thousand rows at most (groups × members), however many notes
        record Cell(long groupId, long memberId, long notes, LocalDate last) {
        }
        List<Cell> cells = jdbc.sql("""
                select group_id, member_id, count(*) as notes, max(read_on) as last_read_on from reading_note
                 where committee_id = ? and status = 'PUBLISHED' and read_on >= ? and read_on < ? group by group_id, member_id""")
                .params(committee, from, next)
                .query((rs, n) -> new Cell(rs.getLong("group_id"), rs.getLong("member_id"), rs.getLong("notes"),
                        rs.getObject("last_read_on", LocalDate.class))).list();
        Map<Long, String> groupNames = new LinkedHashMap<>();
        jdbc.sql("select id, name from reading_group where committee_id = ? order by name, id limit 500").param(committee)
                .query((rs, n) -> groupNames.put(rs.getLong("id"), rs.getString("name"))).list();
        Map<Long, String> memberNames = new HashMap<>();
        jdbc.sql("select id, name from member where committee_id = ? and id = any(?)")
                .params(committee, cells.stream().map(Cell::memberId).distinct().toArray(Long[]::new))
                .query((rs, n) -> memberNames.put(rs.getLong("id"), rs.getString("name"))).list();
        Map<Long, List<Cell>> perGroup = cells.stream().collect(Collectors.groupingBy(Cell::groupId));
        List<GroupLine> byGroup = groupNames.entrySet().stream().map(g -> {
            List<Cell> of = perGroup.getOrDefault(g.getKey(), List.of());
            return new GroupLine(g.getKey(), g.getValue(), of.stream().mapToLong(Cell::notes).sum(), of.size());
        }).sorted(Comparator.comparingLong(GroupLine::notes).reversed()).toList();
        Map<Long, List<Cell>> perMember = cells.stream().collect(Collectors.groupingBy(Cell::memberId));
        List<MemberLine> byMember = perMember.entrySet().stream()
                .map(m -> new MemberLine(m.getKey(), memberNames.getOrDefault(m.getKey(), "—"), m.getValue().stream().mapToLong(Cell::notes).sum(),
                        m.getValue().size(), m.getValue().stream().map(Cell::last).max(Comparator.naturalOrder()).orElse(null)))
                .sorted(Comparator.comparingLong(MemberLine::notes).reversed().thenComparing(MemberLine::name)).toList();
        long notes = cells.stream().mapToLong(Cell::notes).sum();
        return new Year(year, groups, themes, sessions, notes, perMember.size(), byGroup, byMember);
    }
}
