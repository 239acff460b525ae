package cn.tongxin.memoir;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.Labelled;
import cn.tongxin.shared.Text;

/** 文史资料征集: the office opens a call on a theme (with its window) and closes it; everyone of the committee reads them. */
@Service
@Transactional
public class MemoirCalls {

    public enum Status implements Labelled {
        OPEN("征集中"), CLOSED("已截止");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public record CallForm(String theme, String description, LocalDate opensOn, LocalDate closesOn) {
    }

    /** {@code onPortal}: shown on the committee's public portal, where citizens send accounts to it. */
    public record Call(long id, String theme, String description, LocalDate opensOn, LocalDate closesOn, Status status, long submitted,
                       long selected, boolean onPortal) {
        /** Open and within its window on {@code today}. */
        public boolean accepting(LocalDate today) {
            return status == Status.OPEN && !today.isBefore(opensOn) && (closesOn == null || !today.isAfter(closesOn));
        }
    }

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    MemoirCalls(JdbcClient jdbc, CurrentUsers currentUsers, Clock clock) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    public long open(CallForm f) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        var errors = new FieldErrors.Collector();
        if (Text.isBlank(f.theme()) || f.theme().strip().length() > 100) {
            errors.add("theme", "请填写征集主题（不超过100个字）");
        }
        if (f.description() != null && f.description().length() > 2000) {
            errors.add("description", "征集说明不能超过2000个字");
        }
        LocalDate opens = f.opensOn() == null ? LocalDate.now(clock) : f.opensOn();
        if (f.closesOn() != null && f.closesOn().isBefore(opens)) {
            errors.add("closesOn", "截止日期须不早于开始日期");
        }
        errors.throwIfAny();
        return jdbc.sql("""
                insert into memoir_call (committee_id, theme, description, opens_on, closes_on, status, created_by)
                values (?, ?, ?, ?, ?, 'OPEN', ?) returning id""")
                .params(staff.committeeId(), f.theme().strip(), Text.trimToNull(f.description()), opens, f.closesOn(), staff.username())
                .query(Long.class).single();
    }

    public void close(long id) {
        change(id, Status.OPEN, Status.CLOSED, "该征集已截止");
    }

    public void reopen(long id) {
        change(id, Status.CLOSED, Status.OPEN, "该征集正在进行，无需重新开放");
    }

    private void change(long id, Status from, Status to, String refused) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        Status now = find(staff.committeeId(), id).orElseThrow(() -> BusinessException.notFound("征集")).status();
        if (now != from) {
            throw BusinessException.conflict(refused);
        }
        jdbc.sql("update memoir_call set status = ?, version = version + 1 where id = ? and committee_id = ?")
                .params(to.name(), id, staff.committeeId()).update();
    }

    /** Shows the call on the committee's public portal (citizens may then send accounts to it while it is open), or takes it off. */
    public void showOnPortal(long id, boolean shown) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        Call call = find(staff.committeeId(), id).orElseThrow(() -> BusinessException.notFound("征集"));
        if (call.onPortal() == shown) {
            throw BusinessException.conflict(shown ? "该征集已在公开门户上" : "该征集不在公开门户上");
        }
        jdbc.sql("update memoir_call set on_portal = ?, version = version + 1 where id = ? and committee_id = ?")
                .params(shown, id, staff.committeeId()).update();
    }

    /** The open calls a committee shows on its portal, for anyone. */
    @Transactional(readOnly = true)
    public List<Call> onPortal(long committeeId) {
        return jdbc.sql(SELECT + " where c.committee_id = ? and c.on_portal and c.status = 'OPEN' order by c.opens_on desc, c.id desc limit 100")
                .param(committeeId).query(MemoirCalls::call).list();
    }

    /** A call as the portal shows it, for anyone: 404 unless the committee shows it there and it is open. */
    @Transactional(readOnly = true)
    public Call onPortal(long committeeId, long id) {
        return find(committeeId, id).filter(c -> c.onPortal() && c.status() == Status.OPEN)
                .orElseThrow(() -> BusinessException.notFound("该征集"));
    }

    @Transactional(readOnly = true)
    public List<Call> list() {
        CurrentUser reader = reader();
        return jdbc.sql(SELECT + " where c.committee_id = ? order by c.status desc, c.opens_on desc, c.id desc limit 200")
                .param(reader.committeeId()).query(MemoirCalls::call).list();
    }

    @Transactional(readOnly = true)
    public Call get(long id) {
        return find(reader().committeeId(), id).orElseThrow(() -> BusinessException.notFound("征集"));
    }

    /** Locked, for a submission that must see the call as it is when it commits. */
    Optional<Call> locked(long committeeId, long id) {
        jdbc.sql("select id from memoir_call where id = ? and committee_id = ? for share").params(id, committeeId).query(Long.class).optional();
        return find(committeeId, id);
    }

    private Optional<Call> find(long committeeId, long id) {
        return jdbc.sql(SELECT + " where c.committee_id = ? and c.id = ?").params(committeeId, id).query(MemoirCalls::call).optional();
    }

    private static final String SELECT = """
            select c.id, c.theme, c.description, c.opens_on, c.closes_on, c.status, c.on_portal,
                   (select count(*) from memoir m where m.call_id = c.id and m.status <> 'WITHDRAWN') as submitted,
                   (select count(*) from memoir m where m.call_id = c.id and m.status = 'SELECTED') as selected
              from memoir_call c""";

    private static Call call(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Call(rs.getLong("id"), rs.getString("theme"), rs.getString("description"), rs.getObject("opens_on", LocalDate.class),
                rs.getObject("closes_on", LocalDate.class), Status.valueOf(rs.getString("status")), rs.getLong("submitted"),
                rs.getLong("selected"), rs.getBoolean("on_portal"));
    }

    private CurrentUser reader() {
        return currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER, Role.MEMBER);
    }
}
