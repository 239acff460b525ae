package cn.tongxin.frontline;

import java.time.LocalDate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.activity.ActivityBriefs;
import cn.tongxin.frontline.FrontlineWorkflows.Party;
import cn.tongxin.frontline.FrontlineWorkflows.PointStatus;
import cn.tongxin.frontline.FrontlineWorkflows.ProblemStatus;
import cn.tongxin.frontline.internal.FrontlinePoints;
import cn.tongxin.member.Members;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

/**
 * Reads the register for the office, leaders and the committee's members: the points with their figures of a year,
 * one point with its members, activities and problems, and the committee's totals. Every figure counts records by
 * the day things happened: an activity by its start, a problem by the day it was raised or solved, a point by the
 * period it worked. A bounded number of statements per page.
 */
@Service
@Transactional(readOnly = true)
public class FrontlineQueries {

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final ActivityBriefs activities;
    private final FrontlinePoints points;
    private final Members members;
    private final Clock clock;

    FrontlineQueries(JdbcClient jdbc, CurrentUsers currentUsers, ActivityBriefs activities, FrontlinePoints points, Members members,
                     Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.activities = activities;
        this.points = points;
        this.members = members;
    }

    /** A point's (or the committee's) figures of a year. */
    public record Figures(long activities, long participants, long problemsRaised, long problemsSolved) {
        static final Figures NONE = new Figures(0, 0, 0, 0);
    }

    public record PointRow(long id, String name, PointLevel level, String place, LocalDate establishedOn, PointStatus status,
                           int members, Figures figures) {
    }

    /** The committee's totals of a year, by level too: 协商点 N 个 · 活动 N 场 · N 人次 · 解决问题 N 个. */
    public record Totals(int year, long points, Map<PointLevel, Long> pointsByLevel, long activities, long participants,
                         long problemsRaised, long problemsSolved) {
    }

    public PageResult<PointRow> list(int year, PointStatus status, String keyword, PageQuery page) {
        CurrentUser reader = reader();
        Map<String, Object> p = new HashMap<>(Map.of("committee", reader.committeeId(), "limit", page.size(), "offset", page.offset()));
        String where = " where p.committee_id = :committee";
        if (status != null) {
            where += " and p.status = :status";
            p.put("status", status.name());
        }
        if (keyword != null && !keyword.isBlank()) {
            where += " and (p.name ilike :keyword or p.place ilike :keyword)";
            p.put("keyword", cn.tongxin.shared.Text.likePattern(keyword));
        }
        long total = jdbc.sql("select count(*) from frontline_point p" + where).params(p).query(Long.class).single();
        List<PointRow> rows = new ArrayList<>();
        jdbc.sql("""
                select p.id, p.name, p.level, p.place, p.established_on, p.status,
                       (select count(*) from frontline_point_member m where m.point_id = p.id) as members
                  from frontline_point p""" + where + " order by p.status, p.name, p.id limit :limit offset :offset")
                .params(p)
                .query((rs, n) -> rows.add(new PointRow(rs.getLong("id"), rs.getString("name"), PointLevel.valueOf(rs.getString("level")),
                        rs.getString("place"), rs.getObject("established_on", LocalDate.class), PointStatus.valueOf(rs.getString("status")),
                        rs.getInt("members"), Figures.NONE)))
                .list();
        Map<Long, Figures> figures = figures(reader.committeeId(), year, rows.stream().map(PointRow::id).toList());
        return new PageResult<>(rows.stream().map(r -> new PointRow(r.id(), r.name(), r.level(), r.place(), r.establishedOn(), r.status(),
                r.members(), figures.getOrDefault(r.id(), Figures.NONE))).toList(), page.page(), page.size(), total);
    }

    public Totals totals(int year) {
        CurrentUser reader = reader();
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        Map<PointLevel, Long> byLevel = new java.util.EnumMap<>(PointLevel.class);
        jdbc.sql("""
                select level, count(*) from frontline_point
                 where committee_id = ? and established_on <= ? and (closed_on is null or closed_on >= ?) group by level""")
                .params(reader.committeeId(), to, from)
                .query((rs, n) -> byLevel.put(PointLevel.valueOf(rs.getString(1)), rs.getLong(2))).list();
        Figures all = figures(reader.committeeId(), year, null).values().stream()
                .reduce(Figures.NONE, (a, b) -> new Figures(a.activities() + b.activities(), a.participants() + b.participants(),
                        a.problemsRaised() + b.problemsRaised(), a.problemsSolved() + b.problemsSolved()));
        return new Totals(year, byLevel.values().stream().mapToLong(Long::longValue).sum(), byLevel, all.activities(), all.participants(),
                all.problemsRaised(), all.problemsSolved());
    }

    /** Per point (of {@code pointIds}, or all of the committee's when null): the year's figures, in three statements. */
    private Map<Long, Figures> figures(long committeeId, int year, List<Long> pointIds) {
        Map<Long, long[]> sums = new HashMap<>();
        if (pointIds != null && pointIds.isEmpty()) {
            return Map.of();
        }
        Long[] ids = pointIds == null ? null : pointIds.toArray(Long[]::new);
        Map<Long, long[]> links = new HashMap<>(); // activity → point, participants
        jdbc.sql("""
                select activity_id, point_id, participants from frontline_point_activity
                 where committee_id = :committee and (cast(:points as bigint[]) is null or point_id = any(cast(:points as bigint[])))""")
                .param("committee", committeeId).param("points", ids)
                .query((rs, n) -> links.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)})).list();
        activities.of(committeeId, links.keySet()).values().stream()
                .filter(a -> !a.cancelled() && a.startsAt().atZone(clock.getZone()).getYear() == year)
                .forEach(a -> {
                    long[] link = links.get(a.id());
                    long[] s = sums.computeIfAbsent(link[0], k -> new long[4]);
                    s[0]++;
                    s[1] += link[1];
                });
        jdbc.sql("""
                select point_id,
                       count(*) filter (where raised_on between :from and :to) as raised,
                       count(*) filter (where status = 'SOLVED' and solved_on between :from and :to) as solved
                  from frontline_problem
                 where committee_id = :committee and (cast(:points as bigint[]) is null or point_id = any(cast(:points as bigint[])))
                   and (raised_on between :from and :to or solved_on between :from and :to)
                 group by point_id""")
                .param("committee", committeeId).param("points", ids)
                .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                .query((rs, n) -> {
                    long[] s = sums.computeIfAbsent(rs.getLong(1), k -> new long[4]);
                    s[2] = rs.getLong(2);
                    s[3] = rs.getLong(3);
                    return null;
                }).list();
        Map<Long, Figures> figures = new HashMap<>();
        sums.forEach((point, s) -> figures.put(point, new Figures(s[0], s[1], s[2], s[3])));
        return figures;
    }

    public record Member(long id, String name) {
    }

    public record LinkedActivity(long id, String title, String type, java.time.Instant startsAt, String place, int participants,
                                 boolean cancelled, String link) {
    }

    public record Problem(long id, String title, String detail, LocalDate raisedOn, ProblemStatus status, LocalDate solvedOn,
                          String solution, Long activityId, Integer version) {
    }

    /** One point as its page shows it, with what the reader may do there. */
    public record PointPage(FrontlinePoint point, List<Member> members, List<LinkedActivity> activities, List<Problem> problems,
                            java.util.Set<Party> as) {
        public boolean office() {
            return as.contains(Party.OFFICE);
        }

        public boolean mayRecord() {
            return point.status() == PointStatus.ACTIVE && !as.isEmpty();
        }
    }

    public PointPage page(long id) {
        CurrentUser reader = reader();
        FrontlinePoint point = points.findByIdAndCommitteeId(id, reader.committeeId()).orElseThrow(() -> BusinessException.notFound("协商点"));
        List<Member> attached = point.memberIds().stream().map(members::find).flatMap(Optional::stream)
                .map(m -> new Member(m.id(), m.name())).toList();
        Map<Long, Integer> participants = new HashMap<>();
        jdbc.sql("select activity_id, participants from frontline_point_activity where point_id = ? and committee_id = ?")
                .params(id, reader.committeeId()).query((rs, n) -> participants.put(rs.getLong(1), rs.getInt(2))).list();
        List<LinkedActivity> held = activities.of(reader.committeeId(), participants.keySet()).values().stream()
                .map(a -> new LinkedActivity(a.id(), a.title(), a.type().label(), a.startsAt(), a.place(), participants.get(a.id()),
                        a.cancelled(), a.link()))
                .sorted(java.util.Comparator.comparing(LinkedActivity::startsAt).reversed()).toList();
        List<Problem> raised = jdbc.sql("""
                select id, title, detail, raised_on, status, solved_on, solution, activity_id, version from frontline_problem
                 where point_id = ? and committee_id = ? order by status, raised_on desc, id desc limit 500""")
                .params(id, reader.committeeId())
                .query((rs, n) -> new Problem(rs.getLong("id"), rs.getString("title"), rs.getString("detail"),
                        rs.getObject("raised_on", LocalDate.class), ProblemStatus.valueOf(rs.getString("status")),
                        rs.getObject("solved_on", LocalDate.class), rs.getString("solution"), rs.getObject("activity_id", Long.class),
                        rs.getInt("version")))
                .list();
        return new PointPage(point, attached, held, raised, PointWork.parties(reader, point));
    }

    /** The office, leaders and the committee's members read the register; units do not. */
    private CurrentUser reader() {
        return currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER, Role.MEMBER);
    }
}
