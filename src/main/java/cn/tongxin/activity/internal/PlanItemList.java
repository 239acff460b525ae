package cn.tongxin.activity.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.tongxin.activity.ActivityType;
import cn.tongxin.activity.PlanItemWorkflow.Status;

/** A year of the consultation plan with the names around each topic. */
@Repository
public class PlanItemList {

    public record Row(long id, int year, String topic, ActivityType type, int month, String leadSpecialCommittee, Status status,
                      Long activityId, String activityTitle) {
    }

    private final JdbcClient jdbc;

    PlanItemList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> year(long committeeId, int year) {
        return jdbc.sql("""
                select p.*, u.name as lead_name, a.title as activity_title from consultation_plan_item p
                  left join org_unit u on u.id = p.lead_special_committee_id left join activity a on a.id = p.activity_id
                 where p.committee_id = ? and p.year = ? order by p.planned_month, p.id""")
                .params(committeeId, year)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getInt("year"), rs.getString("topic"),
                        ActivityType.valueOf(rs.getString("type")), rs.getInt("planned_month"), rs.getString("lead_name"),
                        Status.valueOf(rs.getString("status")), (Long) rs.getObject("activity_id"), rs.getString("activity_title")))
                .list();
    }
}
