package cn.tongxin.handling;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.handling.internal.CaseRow;
import cn.tongxin.handling.internal.HandlingSupport;
import cn.tongxin.notification.Recipient;
import cn.tongxin.organization.HandlingUnitView;
import cn.tongxin.organization.Organization;
import cn.tongxin.shared.BusinessException;

/** 交办: staff hand a subject to one unit, a lead with co-handling units, or several units each answering. */
@Service
@Transactional
public class AssignToUnits {

    private final HandlingSupport support;
    private final JdbcClient jdbc;
    private final Organization organization;
    private final HandlingProfiles profiles;

    AssignToUnits(HandlingSupport support, JdbcClient jdbc, Organization organization, HandlingProfiles profiles) {
        this.support = support;
        this.jdbc = jdbc;
        this.organization = organization;
        this.profiles = profiles;
    }

    public long assign(AssignRequest request) {
        CurrentUser staff = support.staff();
        HandlingProfile profile = profiles.profile(staff.committeeId(), request.subject().type());
        check(request, profile);
        var deadlines = profiles.deadlines(staff.committeeId(), profile, request.mode(), support.today());
        if (support.store().caseOf(staff.committeeId(), request.subject()).isPresent()) {
            throw BusinessException.conflict("该事项已经交办，不能重复交办");
        }
        var now = Timestamp.from(support.now());
        long caseId = jdbc.sql("""
                insert into handling_case (committee_id, subject_type, subject_id, subject_title, subject_link, mode, status,
                       round, assigned_at, due_date, max_due_date, co_opinion_due, objection_until, rating_window_days, rehandle_months)
                values (?, ?, ?, ?, ?, ?, 'HANDLING', 1, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(staff.committeeId(), request.subject().type().name(), request.subject().id(), request.title(), request.link(),
                        request.mode().name(), now, deadlines.due(), deadlines.maxDue(), deadlines.coOpinionDue(),
                        deadlines.objectionUntil(), profile.ratingWindowDays(), profile.rehandleMonths())
                .query(Long.class).single();
        UnitRole responsibleRole = switch (request.mode()) {
            case SOLE -> UnitRole.SOLE;
            case LEAD_WITH_CO -> UnitRole.LEAD;
            case SPLIT -> UnitRole.SPLIT;
        };
        List<String> names = new ArrayList<>();
        for (long unit : request.responsibleUnits()) {
            names.add(addAssignment(staff.committeeId(), caseId, unit, responsibleRole, deadlines.due(), now));
        }
        for (long unit : request.coUnits()) {
            names.add(addAssignment(staff.committeeId(), caseId, unit, UnitRole.CO, deadlines.coOpinionDue(), now));
        }
        for (long member : request.raters()) {
            jdbc.sql("insert into handling_rater (case_id, member_id) values (?, ?)").params(caseId, member).update();
        }
        CaseRow row = support.store().lockCase(staff.committeeId(), caseId);
        support.trail(row, "交办", null, CaseStatus.HANDLING.label(),
                request.mode().label() + "：" + String.join("、", names) + "；办理期限 " + deadlines.due());
        for (long unit : request.responsibleUnits()) {
            support.tell(row, Recipient.unit(unit), "新交办：" + request.title(), "请及时签收，办理期限 " + deadlines.due());
        }
        for (long unit : request.coUnits()) {
            support.tell(row, Recipient.unit(unit), "新会办：" + request.title(), "请于 " + deadlines.coOpinionDue() + " 前向主办单位提交会办意见");
        }
        support.publish(new HandlingEvents.Assigned(staff.committeeId(), request.subject(), caseId, support.today()));
        return caseId;
    }

    /** Adds an assignment to an open case: used when staff approve a reassignment request. */
    String addAssignment(long committeeId, long caseId, long unitId, UnitRole role, java.time.LocalDate due, Timestamp at) {
        jdbc.sql("""
                insert into handling_assignment (case_id, committee_id, unit_id, role, status, assigned_at, due_date)
                values (?, ?, ?, ?, 'ASSIGNED', ?, ?)""").params(caseId, committeeId, unitId, role.name(), at, due).update();
        return unitName(unitId) + "（" + role.label() + "）";
    }

    String unitName(long unitId) {
        return organization.activeHandlingUnits().stream().filter(u -> u.id() == unitId).map(HandlingUnitView::name)
                .findFirst().orElse("单位" + unitId);
    }

    private void check(AssignRequest r, HandlingProfile profile) {
        if (r.mode() == null) {
            throw BusinessException.invalid("请选择交办方式");
        }
        if (!profile.allows(r.mode())) {
            throw BusinessException.invalid("该事项不能" + r.mode().label());
        }
        List<Long> all = new ArrayList<>(r.responsibleUnits());
        all.addAll(r.coUnits());
        if (r.responsibleUnits().isEmpty()) {
            throw BusinessException.invalid("请选择承办单位");
        }
        Set<Long> distinct = new HashSet<>(all);
        if (distinct.size() != all.size()) {
            throw BusinessException.invalid("同一单位不能重复交办");
        }
        switch (r.mode()) {
            case SOLE -> {
                if (r.responsibleUnits().size() != 1 || !r.coUnits().isEmpty()) {
                    throw BusinessException.invalid("单办只能选择一个承办单位");
                }
            }
            case LEAD_WITH_CO -> {
                if (r.responsibleUnits().size() != 1 || r.coUnits().isEmpty()) {
                    throw BusinessException.invalid("主办+会办须选择一个主办单位和至少一个会办单位");
                }
            }
            case SPLIT -> {
                if (r.responsibleUnits().size() < 2 || !r.coUnits().isEmpty()) {
                    throw BusinessException.invalid("分办须选择至少两个承办单位");
                }
            }
        }
        Set<Long> active = new HashSet<>(organization.activeHandlingUnits().stream().map(HandlingUnitView::id).toList());
        if (!active.containsAll(distinct)) {
            throw BusinessException.invalid("所选承办单位不存在或已停用");
        }
    }
}
