package cn.tongxin.handling;

import cn.tongxin.shared.SubjectType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.handling.internal.CaseReads;
import cn.tongxin.handling.internal.CaseStore;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

/** Reads of the handling flow: a subject's case (a bounded number of queries), a unit's work list, subject filters. */
@Service
@Transactional(readOnly = true)
public class HandlingQueries {

    private final CaseReads reads;
    private final CaseStore store;
    private final CurrentUsers currentUsers;
    private final java.time.Clock clock;
    private final cn.tongxin.organization.CommitteeSettings settings;

    HandlingQueries(CaseReads reads, CaseStore store, CurrentUsers currentUsers, java.time.Clock clock,
                    cn.tongxin.organization.CommitteeSettings settings) {
        this.settings = settings;
        this.reads = reads;
        this.store = store;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    public Optional<CaseView> view(long committeeId, SubjectType subjectType, long subjectId) {
        return store.caseOf(committeeId, subjectType, subjectId).map(reads::view);
    }

    /** Whether a unit holds an active assignment of this subject: a unit sees only what is assigned to it. */
    public boolean assignedToUnit(long committeeId, SubjectType subjectType, long subjectId, long unitId) {
        return reads.assignedToUnit(committeeId, subjectType, subjectId, unitId);
    }

    /** Subjects with an active assignment to the unit. */
    public List<Long> subjectsOfUnit(long committeeId, SubjectType subjectType, long unitId) {
        return reads.subjectsOfUnit(committeeId, subjectType, unitId);
    }

    /** The units handling any of the subjects (an active assignment), each with how many of them. */
    public List<UnitLoad> unitsHandling(long committeeId, SubjectType subjectType, java.util.Collection<Long> subjectIds) {
        return reads.unitsHandling(committeeId, subjectType, subjectIds);
    }

    public record UnitLoad(long unitId, String unitName, long subjects) {
    }

    /** Subjects whose case is in the given handling state, for list filters and statistics drill-downs. */
    public List<Long> subjectsIn(long committeeId, SubjectType subjectType, HandlingFilter filter) {
        LocalDate today = LocalDate.now(clock);
        int dueSoonDays = settings.value(committeeId, cn.tongxin.organization.SettingKey.DUE_SOON_DAYS);
        return reads.subjectsIn(committeeId, subjectType, filter, today, today.plusDays(dueSoonDays));
    }

    public enum HandlingFilter {
        REPLIED("已办复"), NOT_REPLIED("未办复"), REPLIED_ON_TIME("按期办复"), OVERDUE("已超期"), DUE_SOON("即将到期"),
        CLOSED("已办结"), DISSATISFIED("结果不满意"), REASSIGNMENT_REQUESTED("申请调整待批"), EXTENSION_REQUESTED("申请延期待批");

        private final String label;

        HandlingFilter(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The current unit's assignments, newest first, with their deadlines. */
    public PageResult<UnitTask> unitTasks(String status, PageQuery page) {
        CurrentUser user = currentUsers.require(Role.UNIT);
        LocalDate today = LocalDate.now(clock);
        long total = reads.countUnitTasks(user.committeeId(), user.unitId(), status);
        List<UnitTask> items = reads.unitTasks(user.committeeId(), user.unitId(), status, page.size(), page.offset(), today);
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    public record UnitTask(long assignmentId, SubjectType subjectType, long subjectId, String title, String link, UnitRole role,
                           AssignmentStatus status, LocalDate dueDate, CaseStatus caseStatus, int round, boolean overdue,
                           boolean dueSoon) {
    }

}
