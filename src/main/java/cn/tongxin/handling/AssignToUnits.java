package cn.tongxin.handling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.handling.internal.Assignment;
import cn.tongxin.handling.internal.HandlingCase;
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
    private final Organization organization;
    private final HandlingProfiles profiles;
    private final ApplicationEventPublisher events;

    AssignToUnits(HandlingSupport support, Organization organization, HandlingProfiles profiles, ApplicationEventPublisher events) {
        this.support = support;
        this.organization = organization;
        this.profiles = profiles;
        this.events = events;
    }

    public long assign(AssignRequest request) {
        CurrentUser staff = support.staff();
        HandlingProfile profile = profiles.profile(staff.committeeId(), request.subject().type());
        check(request, profile);
        var deadlines = profiles.deadlines(staff.committeeId(), profile, request.mode(), support.today());
        if (support.cases().existsByCommitteeIdAndSubjectTypeAndSubjectId(staff.committeeId(), request.subject().type(),
                request.subject().id())) {
            throw BusinessException.conflict("该事项已经交办，不能重复交办");
        }
        Instant now = support.now();
        HandlingCase c = support.cases().save(HandlingCase.open(staff.committeeId(), request.subject(), request.title(),
                request.link(), request.mode(), profile, deadlines, now));
        UnitRole responsibleRole = switch (request.mode()) {
            case SOLE -> UnitRole.SOLE;
            case LEAD_WITH_CO -> UnitRole.LEAD;
            case SPLIT -> UnitRole.SPLIT;
        };
        List<String> names = new ArrayList<>();
        for (long unit : request.responsibleUnits()) {
            names.add(addAssignment(c, unit, responsibleRole, deadlines.due(), now));
        }
        for (long unit : request.coUnits()) {
            names.add(addAssignment(c, unit, UnitRole.CO, deadlines.coOpinionDue(), now));
        }
        support.store().addRaters(c.id(), request.raters());
        support.trail(c, "交办", null, CaseStatus.HANDLING.label(),
                request.mode().label() + "：" + String.join("、", names) + "；办理期限 " + deadlines.due());
        for (long unit : request.responsibleUnits()) {
            support.tell(c, Recipient.unit(unit), "新交办：" + request.title(), "请及时签收，办理期限 " + deadlines.due());
        }
        for (long unit : request.coUnits()) {
            support.tell(c, Recipient.unit(unit), "新会办：" + request.title(), "请于 " + deadlines.coOpinionDue() + " 前向主办单位提交会办意见");
        }
        // the case id exists only once it is saved, so the fact is published here rather than registered on the aggregate
        events.publishEvent(new HandlingEvents.Assigned(staff.committeeId(), request.subject(), c.id(), support.today()));
        return c.id();
    }

    /** Adds an assignment to an open case (also when staff approve a reassignment request); returns "unit (role)". */
    /** A unit this committee may hand work to: its own, and active. */
    void requireActiveUnit(long unitId) {
        if (organization.activeHandlingUnits().stream().noneMatch(u -> u.id() == unitId)) {
            throw BusinessException.invalid("所选承办单位不存在或已停用");
        }
    }

    String addAssignment(HandlingCase c, long unitId, UnitRole role, LocalDate due, Instant at) {
        support.assignments().save(Assignment.of(c.id(), c.committeeId(), unitId, role, due, at));
        return support.store().unitName(c.committeeId(), unitId) + "（" + role.label() + "）";
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
