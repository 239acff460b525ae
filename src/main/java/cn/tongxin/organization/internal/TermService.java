package cn.tongxin.organization.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.organization.SessionView;
import cn.tongxin.organization.TermView;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;

/** Terms (届) and their plenary sessions (第N次会议). */
@Service
@Transactional
public class TermService {

    private static final String[] NUMERALS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;

    private final CommitteeCache cache;

    TermService(JdbcClient jdbc, CurrentUsers currentUsers, AuditLog audit, CommitteeCache cache) {
        this.cache = cache;
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<TermView> terms() {
        return termsOf(currentUsers.get().committeeId());
    }

    @Transactional(readOnly = true)
    public List<TermView> termsOf(long committeeId) {
        return jdbc.sql("select * from term where committee_id = ? order by number desc").param(committeeId)
                .query((rs, n) -> new TermView(rs.getLong("id"), rs.getInt("number"), rs.getString("name"),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                        rs.getBoolean("is_current"), rs.getInt("version")))
                .list();
    }

    /** The current committee's plenary sessions, newest first (kept per committee, see {@link CommitteeCache}). */
    @Transactional(readOnly = true)
    public List<SessionView> sessions() {
        long committeeId = currentUsers.get().committeeId();
        return cache.get(committeeId, "sessions", () -> List.copyOf(sessionsOf(committeeId)));
    }

    private List<SessionView> sessionsOf(long committeeId) {
        return jdbc.sql("""
                select s.*, t.name as term_name from plenary_session s join term t on t.id = s.term_id
                 where s.committee_id = ? order by t.number desc, s.number desc""")
                .param(committeeId)
                .query((rs, n) -> new SessionView(rs.getLong("id"), rs.getLong("term_id"), rs.getString("term_name"),
                        rs.getInt("number"), rs.getString("name"), rs.getObject("opening_date", LocalDate.class),
                        rs.getObject("closing_date", LocalDate.class),
                        rs.getObject("submission_deadline", LocalDate.class), rs.getInt("version")))
                .list();
    }

    public long createTerm(TermForm form) {
        CurrentUser admin = currentUsers.require(Role.ADMIN);
        cache.changed(admin.committeeId());
        var errors = new FieldErrors.Collector();
        if (form.number() == null || form.number() < 1 || form.number() > 99) {
            errors.add("number", "请填写届次（1至99）");
        } else if (terms().stream().anyMatch(t -> t.number() == form.number())) {
            errors.add("number", "该届次已存在");
        }
        if (form.startDate() == null) {
            errors.add("startDate", "请填写开始日期");
        }
        if (form.startDate() != null && form.endDate() != null && form.endDate().isBefore(form.startDate())) {
            errors.add("endDate", "结束日期不能早于开始日期");
        }
        errors.throwIfAny();
        if (form.current()) {
            jdbc.sql("update term set is_current = false, version = version + 1 where committee_id = ? and is_current")
                    .param(admin.committeeId()).update();
        }
        String name = "第" + chineseNumber(form.number()) + "届";
        long id = jdbc.sql("""
                insert into term (committee_id, number, name, start_date, end_date, is_current)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(admin.committeeId(), form.number(), name, form.startDate(), form.endDate(), form.current())
                .query(Long.class).single();
        audit.record(admin.committeeId(), "新建届次", "term", id, name);
        return id;
    }

    public long createSession(SessionForm form) {
        CurrentUser admin = currentUsers.require(Role.ADMIN);
        cache.changed(admin.committeeId());
        var errors = new FieldErrors.Collector();
        TermView term = form.termId() == null ? null
                : terms().stream().filter(t -> t.id() == form.termId()).findFirst().orElse(null);
        if (term == null) {
            errors.add("termId", "请选择届次");
        }
        if (form.number() == null || form.number() < 1 || form.number() > 20) {
            errors.add("number", "请填写会议次数（1至20）");
        } else if (term != null && sessions().stream().anyMatch(s -> s.termId() == term.id() && s.number() == form.number())) {
            errors.add("number", "该届已有第" + form.number() + "次会议");
        }
        if (form.openingDate() == null) {
            errors.add("openingDate", "请填写开幕日期");
        }
        if (form.closingDate() == null) {
            errors.add("closingDate", "请填写闭幕日期");
        } else if (form.openingDate() != null && form.closingDate().isBefore(form.openingDate())) {
            errors.add("closingDate", "闭幕日期不能早于开幕日期");
        }
        if (form.submissionDeadline() == null) {
            errors.add("submissionDeadline", "请填写大会提案截止日期");
        }
        errors.throwIfAny();
        String name = term.name().replace("第", "").replace("届", "") + "届" + chineseNumber(form.number()) + "次会议";
        long id = jdbc.sql("""
                insert into plenary_session (committee_id, term_id, number, name, opening_date, closing_date, submission_deadline)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(admin.committeeId(), term.id(), form.number(), name, form.openingDate(), form.closingDate(),
                        form.submissionDeadline())
                .query(Long.class).single();
        audit.record(admin.committeeId(), "新建会议", "plenary_session", id, name);
        return id;
    }

    public void updateSession(long id, SessionForm form, int version) {
        CurrentUser admin = currentUsers.require(Role.ADMIN);
        cache.changed(admin.committeeId());
        var errors = new FieldErrors.Collector();
        if (form.openingDate() == null || form.closingDate() == null || form.submissionDeadline() == null) {
            errors.add("openingDate", "开幕、闭幕日期和大会提案截止日期都须填写");
        } else if (form.closingDate().isBefore(form.openingDate())) {
            errors.add("closingDate", "闭幕日期不能早于开幕日期");
        }
        errors.throwIfAny();
        int updated = jdbc.sql("""
                update plenary_session set opening_date = ?, closing_date = ?, submission_deadline = ?, version = version + 1
                 where id = ? and committee_id = ? and version = ?""")
                .params(form.openingDate(), form.closingDate(), form.submissionDeadline(), id, admin.committeeId(), version)
                .update();
        if (updated == 0) {
            if (sessions().stream().noneMatch(s -> s.id() == id)) {
                throw BusinessException.notFound("会议");
            }
            throw BusinessException.conflict("该会议已被他人修改，请刷新后重试");
        }
        audit.record(admin.committeeId(), "修改会议", "plenary_session", id, "开幕 " + form.openingDate() + "，截止 " + form.submissionDeadline());
    }

    /** 1..99 in Chinese numerals: 13 → 十三, 20 → 二十. */
    static String chineseNumber(int n) {
        if (n <= 10) {
            return NUMERALS[n];
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : NUMERALS[tens]) + "十" + (ones == 0 ? "" : NUMERALS[ones]);
    }

    public record TermForm(Integer number, LocalDate startDate, LocalDate endDate, boolean current) {
    }

    public record SessionForm(Long termId, Integer number, LocalDate openingDate, LocalDate closingDate,
                              LocalDate submissionDeadline) {
    }
}
