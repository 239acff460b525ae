package cn.tongxin.opinion;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.CountedRecord;
import cn.tongxin.shared.DateRange;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

/**
 * 特聘信息员: a correspondent account (role {@link Role#CORRESPONDENT}) appointed for a term (聘期, V28). Staff and
 * administrators set and remove the term; audited. {@link #count} is the figure: correspondents whose term overlaps the
 * period (an open term runs on); {@link #records} lists exactly those. The caller of the figures has checked who may see them.
 */
@Service
@Transactional
public class CorrespondentAppointments {

    private static final String SCOPE = """
             from correspondent_appointment c join user_account a on a.id = c.user_account_id
            where c.committee_id = any(:committees) and c.starts_on <= :last and (c.ends_on is null or c.ends_on >= :first)
              and exists (select 1 from user_role r where r.user_account_id = a.id and r.role = 'CORRESPONDENT')""";

    public static final String DEFINITION = "聘期与统计期间有重叠的特聘信息员（具有信息员角色、设有聘期的账户；聘期未定结束日期的持续计入）";

    /** A term of appointment; {@code endsOn} null while it runs on. */
    public record Appointment(LocalDate startsOn, LocalDate endsOn) {
    }

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;

    CorrespondentAppointments(JdbcClient jdbc, CurrentUsers currentUsers, AuditLog audit) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.audit = audit;
    }

    /** A correspondent account of the committee and its term, if appointed. */
    public record Correspondent(long accountId, String name, boolean enabled, LocalDate startsOn, LocalDate endsOn) {

        public boolean appointed() {
            return startsOn != null;
        }
    }

    /** The committee's correspondent accounts with their terms. */
    @Transactional(readOnly = true)
    public List<Correspondent> list() {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        return jdbc.sql("""
                select a.id, a.display_name, a.enabled, c.starts_on, c.ends_on
                  from user_account a join user_role r on r.user_account_id = a.id and r.role = 'CORRESPONDENT'
                  left join correspondent_appointment c on c.user_account_id = a.id
                 where a.committee_id = ? order by a.display_name, a.id limit 1000""").param(user.committeeId())
                .query((rs, n) -> new Correspondent(rs.getLong("id"), rs.getString("display_name"), rs.getBoolean("enabled"),
                        rs.getDate("starts_on") == null ? null : rs.getDate("starts_on").toLocalDate(),
                        rs.getDate("ends_on") == null ? null : rs.getDate("ends_on").toLocalDate())).list();
    }

    public Correspondent find(long accountId) {
        return list().stream().filter(c -> c.accountId() == accountId).findFirst().orElseThrow(() -> BusinessException.notFound("信息员"));
    }

    /** Appoints (or changes the term of) a correspondent of the committee as 特聘信息员. */
    public Appointment appoint(long accountId, LocalDate startsOn, LocalDate endsOn) {
        CurrentUser admin = currentUsers.require(Role.ADMIN, Role.STAFF);
        boolean correspondent = jdbc.sql("""
                select count(*) from user_account a join user_role r on r.user_account_id = a.id and r.role = 'CORRESPONDENT'
                 where a.id = ? and a.committee_id = ?""").params(accountId, admin.committeeId()).query(Long.class).single() > 0;
        if (!correspondent) {
            throw BusinessException.invalid("只有具有“" + Role.CORRESPONDENT.label() + "”角色的账户才能设定聘期");
        }
        if (startsOn == null) {
            throw BusinessException.invalid("请填写聘期开始日期");
        }
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw BusinessException.invalid("聘期结束日期不能早于开始日期");
        }
        jdbc.sql("""
                insert into correspondent_appointment (user_account_id, committee_id, starts_on, ends_on, appointed_by) values (?, ?, ?, ?, ?)
                on conflict (user_account_id) do update set starts_on = excluded.starts_on, ends_on = excluded.ends_on,
                       appointed_by = excluded.appointed_by, appointed_at = now()""")
                .params(accountId, admin.committeeId(), startsOn, endsOn, admin.username()).update();
        audit.record(admin.committeeId(), "特聘信息员", "user_account", accountId, "聘期 " + startsOn + " 至 " + (endsOn == null ? "—" : endsOn));
        return new Appointment(startsOn, endsOn);
    }

    /** Removes the appointment (the account stays a correspondent, no longer 特聘). */
    public void dismiss(long accountId) {
        CurrentUser admin = currentUsers.require(Role.ADMIN, Role.STAFF);
        int removed = jdbc.sql("delete from correspondent_appointment where user_account_id = ? and committee_id = ?")
                .params(accountId, admin.committeeId()).update();
        if (removed == 0) {
            throw BusinessException.notFound("特聘记录");
        }
        audit.record(admin.committeeId(), "解除特聘信息员", "user_account", accountId, "");
    }

    /** 特聘信息员 of the committees whose term overlaps the period. */
    @Transactional(readOnly = true)
    public long count(Collection<Long> committeeIds, DateRange range) {
        return jdbc.sql("select count(*)" + SCOPE).params(params(committeeIds, range)).query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public PageResult<CountedRecord> records(Collection<Long> committeeIds, DateRange range, PageQuery page) {
        Map<String, Object> params = new HashMap<>(params(committeeIds, range));
        params.put("limit", page.size());
        params.put("offset", page.offset());
        var items = jdbc.sql("select a.id, a.display_name, c.starts_on, c.ends_on" + SCOPE
                        + " order by c.starts_on, a.id limit :limit offset :offset").params(params)
                .query((rs, n) -> new CountedRecord("信息员 " + rs.getLong("id"), rs.getString("display_name"),
                        rs.getDate("starts_on").toLocalDate(),
                        "聘期至 " + (rs.getDate("ends_on") == null ? "—" : rs.getDate("ends_on").toLocalDate().toString()),
                        "/admin/users/" + rs.getLong("id"))).list();
        return new PageResult<>(items, page.page(), page.size(), count(committeeIds, range));
    }

    private static Map<String, Object> params(Collection<Long> committeeIds, DateRange range) {
        return Map.of("committees", committeeIds.toArray(Long[]::new), "first", range.from(), "last", range.to());
    }
}
