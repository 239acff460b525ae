package cn.tongxin.duty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;
import cn.tongxin.shared.Text;

/**
 * The questions of the rota: the member on duty answers those of their shifts (publicly, or only on record), the office
 * answers or reads all; the portal shows the answered public ones; counts per member for a year.
 */
@Service
@Transactional
public class DutyQuestions {

    static final int MAX_ANSWER = 2000;

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final java.time.Clock clock;

    DutyQuestions(JdbcClient jdbc, CurrentUsers currentUsers, java.time.Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
    }

    public record Item(long id, long shiftId, String memberName, String nickname, String text, String status, String answer,
                       boolean answerPublic, Instant askedAt, Instant answeredAt) {
        public String statusLabel() {
            return switch (status) {
                case "HELD" -> "待审核";
                case "OPEN" -> "待答复";
                case "ANSWERED" -> "已答复";
                default -> "未予受理";
            };
        }
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
        jdbc.sql("""
                update duty_question set status = 'ANSWERED', answer = ?, answer_public = ?, answered_by = ?, answered_at = now()
                 where id = ?""")
                .params(a.text().strip(), a.visibleToPublic() == null || a.visibleToPublic(), user.displayName(), id).update();
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
            if (!List.of("HELD", "OPEN", "ANSWERED", "REJECTED").contains(status)) {
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
        long total = jdbc.sql("select count(*) from duty_question where committee_id = ? and status = 'ANSWERED' and answer_public")
                .param(committeeId).query(Long.class).single();
        List<Item> items = jdbc.sql(SELECT + " " + """
                 where q.committee_id = ? and q.status = 'ANSWERED' and q.answer_public
                 order by q.answered_at desc, q.id desc limit ? offset ?""").params(committeeId, page.size(), page.offset())
                .query(DutyQuestions::item).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** Per member, a year's shifts (by their start), questions received and answered. */
    public record MemberCount(long memberId, String name, long shifts, long questions, long answered) {
    }

    @Transactional(readOnly = true)
    public List<MemberCount> counts(int year) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        var zone = clock.getZone();
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
        return jdbc.sql("""
                select s.member_id, m.name, count(distinct s.id) as shifts,
                       count(q.id) filter (where q.status in ('OPEN', 'ANSWERED')) as questions,
                       count(q.id) filter (where q.status = 'ANSWERED') as answered
                  from duty_shift s join member m on m.id = s.member_id left join duty_question q on q.shift_id = s.id
                 where s.committee_id = ? and not s.cancelled and s.starts_at >= ? and s.starts_at < ?
                 group by s.member_id, m.name order by answered desc, shifts desc, m.name""")
                .params(user.committeeId(), DutyRota.at(from), DutyRota.at(to))
                .query((rs, n) -> new MemberCount(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5))).list();
    }

    private static final String SELECT = """
            select q.id, q.shift_id, m.name, q.nickname, q.text, q.status, q.answer, q.answer_public, q.asked_at, q.answered_at
              from duty_question q join duty_shift s on s.id = q.shift_id join member m on m.id = s.member_id""";

    private static Item item(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Item(rs.getLong("id"), rs.getLong("shift_id"), rs.getString("name"), rs.getString("nickname"), rs.getString("text"),
                rs.getString("status"), rs.getString("answer"), rs.getBoolean("answer_public"), rs.getTimestamp("asked_at").toInstant(),
                rs.getTimestamp("answered_at") == null ? null : rs.getTimestamp("answered_at").toInstant());
    }
}
