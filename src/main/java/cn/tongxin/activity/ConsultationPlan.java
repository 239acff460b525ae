package cn.tongxin.activity;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.organization.OrgUnitKind;
import cn.tongxin.organization.Organization;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.Text;

/** 年度协商计划: planned topics (type, month, lead special committee), carried out by an activity, then 已反馈. */
@Service
@Transactional
public class ConsultationPlan {

    public enum Status {
        PLANNED("计划"), DONE("已开展"), FEEDBACK("已反馈");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Item(long id, int year, String topic, ActivityType type, int month, String leadSpecialCommittee, Status status,
                       Long activityId, String activityTitle) {
    }

    private final JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final Organization organization;

    ConsultationPlan(JdbcClient jdbc, CurrentUsers currentUsers, Organization organization) {
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.organization = organization;
    }

    @Transactional(readOnly = true)
    public List<Item> year(int year) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        return jdbc.sql("""
                select p.*, u.name as lead_name, a.title as activity_title from consultation_plan_item p
                  left join org_unit u on u.id = p.lead_special_committee_id left join activity a on a.id = p.activity_id
                 where p.committee_id = ? and p.year = ? order by p.planned_month, p.id""")
                .params(user.committeeId(), year)
                .query((rs, n) -> new Item(rs.getLong("id"), rs.getInt("year"), rs.getString("topic"),
                        ActivityType.valueOf(rs.getString("type")), rs.getInt("planned_month"), rs.getString("lead_name"),
                        Status.valueOf(rs.getString("status")), (Long) rs.getObject("activity_id"), rs.getString("activity_title")))
                .list();
    }

    public long add(int year, String topic, ActivityType type, Integer month, Long leadSpecialCommitteeId) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        var errors = new FieldErrors.Collector();
        if (Text.isBlank(topic) || topic.strip().length() > 200) {
            errors.add("topic", "请填写协商议题（不超过200个字）");
        }
        if (type == null || !type.isConsultation()) {
            errors.add("type", "请选择协商形式");
        }
        if (month == null || month < 1 || month > 12) {
            errors.add("month", "请选择计划月份");
        }
        if (leadSpecialCommitteeId != null && organization.units(OrgUnitKind.SPECIAL_COMMITTEE).stream().noneMatch(u -> u.id() == leadSpecialCommitteeId)) {
            errors.add("leadSpecialCommitteeId", "所选专委会不存在");
        }
        errors.throwIfAny();
        return jdbc.sql("""
                insert into consultation_plan_item (committee_id, year, topic, type, planned_month, lead_special_committee_id)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(staff.committeeId(), year, topic.strip(), type.name(), month, leadSpecialCommitteeId).query(Long.class).single();
    }

    /** The activity that carried out a planned topic: the topic becomes 已开展. */
    public void carriedOutBy(long itemId, long activityId) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        if (jdbc.sql("select count(*) from activity where id = ? and committee_id = ?").params(activityId, staff.committeeId())
                .query(Long.class).single() == 0) {
            throw BusinessException.notFound("活动");
        }
        int updated = jdbc.sql("""
                update consultation_plan_item set activity_id = ?, status = 'DONE', version = version + 1
                 where id = ? and committee_id = ? and status = 'PLANNED'""").params(activityId, itemId, staff.committeeId()).update();
        if (updated == 0) {
            throw BusinessException.conflict("只有“计划”状态的议题可以关联开展的活动");
        }
    }

    /** The government's feedback on the outcome has come back. */
    public void feedbackReceived(long itemId) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        int updated = jdbc.sql("""
                update consultation_plan_item set status = 'FEEDBACK', version = version + 1
                 where id = ? and committee_id = ? and status = 'DONE'""").params(itemId, staff.committeeId()).update();
        if (updated == 0) {
            throw BusinessException.conflict("议题开展后才能登记反馈");
        }
    }
}
