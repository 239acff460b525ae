package cn.tongxin.activity;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.activity.internal.Activities;
import cn.tongxin.activity.internal.Outputs;
import cn.tongxin.member.Members;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.Text;
import cn.tongxin.timeline.Timeline;

/** Staff record the speeches and outputs of an activity with their authors (发言, 调研报告, 建议案 …). */
@Service
@Transactional
public class RecordOutputs {

    private final Activities activities;
    private final Outputs outputs;
    private final CurrentUsers currentUsers;
    private final Members members;
    private final Timeline timeline;
    private final Clock clock;

    RecordOutputs(Activities activities, Outputs outputs, CurrentUsers currentUsers, Members members, Timeline timeline, Clock clock) {
        this.activities = activities;
        this.outputs = outputs;
        this.currentUsers = currentUsers;
        this.members = members;
        this.timeline = timeline;
        this.clock = clock;
    }

    public long record(long activityId, OutputKind kind, String title, String text, List<Long> authorIds) {
        return record(activityId, kind, title, text, authorIds, true);
    }

    /**
     * A consultation's result gathered elsewhere (网络议政: the summary and the best comments) as the activity's 协商成果;
     * its authors are the members among the contributors, possibly none when only citizens were chosen.
     */
    public long recordConsultationResult(long activityId, String title, String text, List<Long> memberAuthors) {
        return record(activityId, OutputKind.CONSULTATION_SUMMARY, title, text, memberAuthors, false);
    }

    private long record(long activityId, OutputKind kind, String title, String text, List<Long> authorIds, boolean authorsRequired) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        Activity a = activities.findLockedByIdAndCommitteeId(activityId, staff.committeeId())
                .orElseThrow(() -> BusinessException.notFound("活动"));
        var errors = new FieldErrors.Collector();
        if (kind == null) {
            errors.add("kind", "请选择成果类型");
        }
        if (Text.isBlank(title) || title.strip().length() > 200) {
            errors.add("title", "请填写标题（不超过200个字）");
        }
        Set<Long> authors = new LinkedHashSet<>(authorIds == null ? List.of() : authorIds);
        if (authors.isEmpty() && authorsRequired) {
            errors.add("authorIds", "请选择作者（发言人）");
        }
        errors.throwIfAny();
        for (long m : authors) {
            if (members.find(m).isEmpty()) {
                throw BusinessException.invalid("所选委员不存在");
            }
        }
        long id = outputs.add(staff.committeeId(), a.id(), kind, title.strip(), Text.trimToNull(text), authors, staff.username());
        a.recordOutput(id, kind, List.copyOf(authors), ActivityParties.staff(), clock);
        activities.save(a);
        timeline.record(staff.committeeId(), PlanActivities.SUBJECT, a.id(), "登记" + kind.label(), null, null, title.strip());
        return id;
    }
}
