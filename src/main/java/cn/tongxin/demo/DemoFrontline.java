package cn.tongxin.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.tongxin.account.RunAs;
import cn.tongxin.activity.ActivityForm;
import cn.tongxin.activity.ActivityType;
import cn.tongxin.activity.OrganiserKind;
import cn.tongxin.activity.Participation;
import cn.tongxin.activity.PlanActivities;
import cn.tongxin.frontline.PointForm;
import cn.tongxin.frontline.PointLevel;
import cn.tongxin.frontline.PointWork;
import cn.tongxin.frontline.RegisterPoints;
import cn.tongxin.member.MemberView;
import cn.tongxin.member.Members;

/** The city's 一线协商点: three points, activities held there (屋场恳谈 among them), problems raised and solved. */
@Component
class DemoFrontline {

    private final RunAs runAs;
    private final Members members;
    private final PlanActivities plan;
    private final Participation participation;
    private final RegisterPoints register;
    private final PointWork work;
    private final Clock clock;

    DemoFrontline(RunAs runAs, Members members, PlanActivities plan, Participation participation, RegisterPoints register, PointWork work,
                  Clock clock) {
        this.runAs = runAs;
        this.members = members;
        this.plan = plan;
        this.participation = participation;
        this.register = register;
        this.work = work;
        this.clock = clock;
    }

    void add() {
        runAs.user("staff", () -> {
            List<Long> ids = members.active().stream().map(MemberView::id).sorted(Comparator.naturalOrder()).toList();
            LocalDate today = LocalDate.now(clock);
            LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.HOURS);
            long east = register.register(new PointForm("城关街道东街社区一线协商点", PointLevel.COMMUNITY, "东街社区党群服务中心",
                    today.minusYears(2), ids.subList(0, 3), null));
            long village = register.register(new PointForm("石桥镇杨柳村一线协商点", PointLevel.VILLAGE, "杨柳村村委会",
                    today.minusYears(1), ids.subList(3, 5), null));
            register.register(new PointForm("石桥镇一线协商点", PointLevel.TOWN, "石桥镇政府二楼", today.minusMonths(8), ids.subList(5, 7), null));
            long talk = plan.create(activity("东街社区加装电梯屋场恳谈会", ActivityType.COURTYARD_TALK, now.minusDays(15), ids.subList(0, 3)));
            ids.subList(0, 3).forEach(m -> participation.markPresent(talk, m));
            long village1 = plan.create(activity("杨柳村人居环境整治一线协商", ActivityType.FRONTLINE_CONSULTATION, now.minusDays(30), ids.subList(3, 5)));
            ids.subList(3, 5).forEach(m -> participation.markPresent(village1, m));
            work.linkActivity(east, new PointWork.LinkActivity(talk, 42));
            work.linkActivity(village, new PointWork.LinkActivity(village1, 36));
            long lift = work.raiseProblem(east, new PointWork.RaiseProblem("老旧小区加装电梯费用分摊难",
                    "东街3栋、5栋居民对分摊比例意见不一", today.minusDays(15), talk));
            work.solve(lift, new PointWork.Solve("街道牵头制定分摊指导意见，两栋楼已签约", today.minusDays(3)));
            work.raiseProblem(east, new PointWork.RaiseProblem("社区停车位不足", null, today.minusDays(15), talk));
            long ditch = work.raiseProblem(village, new PointWork.RaiseProblem("村东排水沟淤堵", "雨后积水影响农户出行", today.minusDays(30), village1));
            work.solve(ditch, new PointWork.Solve("镇农业服务中心已组织清淤", today.minusDays(20)));
        });
    }

    private static ActivityForm activity(String title, ActivityType type, LocalDateTime starts, List<Long> invitees) {
        return new ActivityForm(title, type, OrganiserKind.OFFICE, null, "委员工作联络委", starts, starts.plusHours(2),
                "协商点议事室", false, null, null, false, invitees, List.of(), List.of(), List.of(), false, List.of(), List.of());
    }
}
