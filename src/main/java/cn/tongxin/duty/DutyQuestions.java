package cn.tongxin.duty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.shared.Text;

/**
 * The questions of the rota: the member on duty answers those of their shifts (publicly, or only on record), the office
 * answers or reads all; the portal shows the answered (and converted) public ones; counts per member for a year. An
 * answer is published as a fact for the member on duty's performance record.
 */
@Service
@Transactional
public class DutyQuestions {

    static final int MAX_ANSWER = 2000;

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final java.time.Clock clock;
    private final ApplicationEventPublisher events;

    DutyQuestions(JdbcClient jdbc, CurrentUsers currentUsers, java.time.Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.clock = clock;
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
    }

    /** {@code convertedTo}/{@code convertedId}: what the question became (微建议, 社情民意信息, 提案), when converted. */
    public record Item(long id, long shiftId, String memberName, String nickname, String text, String status, String answer,
                       boolean answerPublic, Instant askedAt, Instant answeredAt, SubjectType convertedTo, Long convertedId) {
        public String statusLabel() {
            return label(status, convertedTo);
        }

        /** The page of the record the question became (linked both ways: its history names the question). */
        public String convertedLink() {
            if (convertedTo == null) {
                return null;
            }
            return switch (convertedTo) {
                case MICRO_SUGGESTION -> "/suggestions/" + convertedId;
                case OPINION_REPORT -> "/opinions/" + convertedId;
                default -> "/proposals/" + convertedId;
            };
        }

        /** Open for a step: answered or converted (an answered question may still be converted, as a studio's opinion). */
        public boolean convertible() {
            return "OPEN".equals(status) || "ANSWERED".equals(status);
        }
    }

    static String label(String status, SubjectType convertedTo) {
        return switch (status) {
            case "HELD" -> "待审核";
            case "OPEN" -> "待答复";
            case "ANSWERED" -> "已答复";
            case "CONVERTED" -> "已转为" + (convertedTo == SubjectType.PROPOSAL ? "提案线索" : convertedTo.label());
            default -> "未予受理";
        };
    }

    public record Answer(String text, Boolean visibleToPublic) {
    }

    public void answer(long id, Answer a) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.MEMBER);
        var row = jdbc.sql("""
                select q.status, s.member_id from duty_question q join duty_shift s on s.id = q.shift_id
                 where q.id = ? and q.committee_id = ? for update of q""")
                .params(id, user.committeeId()).query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)}).optional()
                .orElseThrow(() -> BusinessException.notFound("留言"));
        boolean office = user.hasAny(Role.ADMIN, Role.STAFF);
        boolean onDuty = user.memberId() != null && user.memberId().equals(row[1]);
        if (!office && !onDuty) {
            throw BusinessException.notFound("留言"); // another member's shift is not theirs to see
        }
        if (!"OPEN".equals(row[0])) {
            throw BusinessException.conflict("HELD".equals(row[0]) ? "该留言尚待审核，审核通过后才能答复" : "该留言已答复或未予受理，不能再答复");
        }
        if (Text.isBlank(a.text()) || a.text().strip().length() > MAX_ANSWER) {
            throw BusinessException.invalid("请填写答复（不超过" + MAX_ANSWER + "字）");
        }
        var now = clock.instant();
        String text = jdbc.sql("""
                update duty_question set status = 'ANSWERED', answer = ?, answer_public = ?, answered_by = ?, answered_at = ?
                 where id = ? returning text""")
                .params(a.text().strip(), a.visibleToPublic() == null || a.visibleToPublic(), user.displayName(), DutyRota.at(now), id)
                .query(String.class).single();
        events.publishEvent(new DutyEvents.Answered(user.committeeId(), id, (Long) row[1], now.atZone(clock.getZone()).toLocalDate(),
                DutyEvents.excerpt(text)));
    }

    /** The office: every question of the committee; a member: those of their own shifts. Newest first, paged. */
    @Transactional(readOnly = true)
    public PageResult<Item> list(String status, PageQuery page) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER, Role.MEMBER);
        boolean all = user.hasAny(Role.ADMIN, Role.STAFF, Role.LEADER);
        Map<String, Object> p = new HashMap<>(Map.of("committee", user.committeeId(), "all", all,
                "member", user.memberId() == null ? -1L : user.memberId(), "limit", page.size(), "offset", page.offset()));
        String where = " where q.committee_id = :committee and (:all or s.member_id = :member)";
        if (status != null && !status.isBlank()) {
            if (!List.of("HELD", "OPEN", "ANSWERED", "CONVERTED", "REJECTED").contains(status)) {
                throw new BusinessException(org.springframework.http.HttpStatus.BAD_REQUEST, "请求内容格式不正确，请检查参数“status”");
            }
            where += " and q.status = :status";
            p.put("status", status);
        }
        long total = jdbc.sql("select count(*) from duty_question q join duty_shift s on s.id = q.shift_id" + where).params(p)
                .query(Long.class).single();
        List<Item> items = jdbc.sql(SELECT + where + " order by q.asked_at desc, q.id desc limit :limit offset :offset").params(p)
                .query(DutyQuestions::item).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** For the portal, without a login: answered questions whose answer is public, newest first. */
    @Transactional(readOnly = true)
    public PageResult<Item> answered(long committeeId, PageQuery page) {
        long total = jdbc.sql("""
                select count(*) from duty_question where committee_id = ? and status in ('ANSWERED', 'CONVERTED') and answer_public""")
                .param(committeeId).query(Long.class).single();
        List<Item> items = jdbc.sql(SELECT + " " + """
                 where q.committee_id = ? and q.status in ('ANSWERED', 'CONVERTED') and q.answer_public
                 order by q.answered_at desc, q.id desc limit ? offset ?""").params(committeeId, page.size(), page.offset())
                .query(DutyQuestions::item).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /**
     * Per member, a year's shifts (by their start), questions received (by the moment asked), answered and converted
     * (by the moment answered or converted): the dates things happened, as the performance record counts them.
     */
    public record MemberCount(long memberId, String name, long shifts, long questions, long answered, long converted) {
    }

    @Transactional(readOnly = true)
    public List<MemberCount> counts(int year) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        var zone = clock.getZone();
        var from = DutyRota.at(LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant());
        var to = DutyRota.at(LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant());
        return jdbc.sql("""
                select t.member_id, m.name, sum(t.shifts) as shifts, sum(t.questions) as questions, sum(t.answered) as answered,
                       sum(t.converted) as converted
                  from (select member_id, 1 as shifts, 0 as questions, 0 as answered, 0 as converted from duty_shift
                         where committee_id = :committee and not cancelled and starts_at >= :from and starts_at < :to
                        union all
                        select s.member_id, 0,
                               (q.status in ('OPEN', 'ANSWERED', 'CONVERTED') and q.asked_at >= :from and q.asked_at < :to)::int,
                               (q.status = 'ANSWERED' and q.answered_at >= :from and q.answered_at < :to)::int,
                               (q.status = 'CONVERTED' and q.answered_at >= :from and q.answered_at < :to)::int
                          from duty_question q join duty_shift s on s.id = q.shift_id
                         where q.committee_id = :committee
                           and ((q.asked_at >= :from and q.asked_at < :to) or (q.answered_at >= :from and q.answered_at < :to))) t
                  join member m on m.id = t.member_id
                 group by t.member_id, m.name order by sum(t.answered) + sum(t.converted) desc, sum(t.shifts) desc, m.name""")
                .param("committee", user.committeeId()).param("from", from).param("to", to)
                .query((rs, n) -> new MemberCount(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)))
                .list();
    }

    private static final String SELECT = """
            select q.id, q.shift_id, m.name, q.nickname, q.text, q.status, q.answer, q.answer_public, q.asked_at, q.answered_at,
                   q.converted_type, q.converted_id
              from duty_question q join duty_shift s on s.id = q.shift_id join member m on m.id = s.member_id""";

    private static Item item(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Item(rs.getLong("id"), rs.getLong("shift_id"), rs.getString("name"), rs.getString("nickname"), rs.getString("text"),
                rs.getString("status"), rs.getString("answer"), rs.getBoolean("answer_public"), rs.getTimestamp("asked_at").toInstant(),
                rs.getTimestamp("answered_at") == null ? null : rs.getTimestamp("answered_at").toInstant(),
                rs.getString("converted_type") == null ? null : SubjectType.valueOf(rs.getString("converted_type")),
                rs.getObject("converted_id", Long.class));
    }
}
