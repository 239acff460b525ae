package cn.tongxin.demo;

import java.time.Clock;
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
import cn.tongxin.member.MemberView;
import cn.tongxin.member.Members;
import cn.tongxin.opinion.ReportForm;
import cn.tongxin.opinion.SubmitReports;
import cn.tongxin.proposal.DraftProposals;
import cn.tongxin.proposal.ProposalDraft;
import cn.tongxin.proposal.ProposalKind;
import cn.tongxin.proposal.ReviewProposals;
import cn.tongxin.proposal.SubmitProposals;
import cn.tongxin.suggestion.SubmitSuggestions;

/**
 * A little work in progress for the demo committee, so that a first look finds something in every list: proposals at
 * three stages, reports and a micro-suggestion waiting for staff, an upcoming consultation, a past research trip and two
 * trainings.
 * Every step is the subject module's own use case, done by the demo user whose step it is (these calls are the only
 * place the demo touches the subject modules).
 */
@Component
class DemoWork {

    private final RunAs runAs;
    private final Members members;
    private final DraftProposals drafts;
    private final SubmitProposals submissions;
    private final ReviewProposals review;
    private final SubmitReports reports;
    private final SubmitSuggestions suggestions;
    private final PlanActivities plan;
    private final Participation participation;
    private final DemoDeliberation deliberation;
    private final Clock clock;

    DemoWork(Clock clock, RunAs runAs, Members members, DraftProposals drafts, SubmitProposals submissions, ReviewProposals review, SubmitReports reports,
             SubmitSuggestions suggestions, PlanActivities plan, Participation participation, DemoDeliberation deliberation) {
        this.deliberation = deliberation;
        this.runAs = runAs;
        this.members = members;
        this.drafts = drafts;
        this.submissions = submissions;
        this.review = review;
        this.suggestions = suggestions;
        this.reports = reports;
        this.plan = plan;
        this.participation = participation;
        this.clock = clock;
    }

    /** The work of the city committee (demo accounts without prefix). */
    void add(long committeeId) {
        runAs.user("member", () -> drafts.create(proposal("demo-1", "关于加快老旧小区改造的建议"), List.of()));
        runAs.user("member2", () -> submissions.submit(drafts.create(proposal("demo-2", "关于完善社区居家养老服务的建议"), List.of())));
        long filed = runAs.user("member", () -> {
            long id = drafts.create(proposal("demo-3", "关于推进中小学课后服务的建议"), List.of());
            submissions.submit(id);
            return id;
        });
        runAs.user("staff", () -> review.file(filed, null));

        runAs.user("correspondent", () -> {
            for (String title : List.of("部分公交站台缺少无障碍设施", "农村集中供水水质检测不及时")) {
                reports.submit(new ReportForm("demo-" + title, title, title + "，群众反映较多，建议有关部门尽快研究解决。", "SOCIETY",
                        null, null, List.of()), List.of());
            }
        });

        runAs.user("member", () -> suggestions.submit("demo-suggestion", "学校门口早高峰拥堵",
                "实验小学门口早高峰车辆拥堵，建议增设临时停车带和交通协管。", "实验小学南门", List.of()));

        long consultation = runAs.user("staff", () -> {
            List<Long> invitees = members.active().stream().map(MemberView::id).sorted(Comparator.naturalOrder()).limit(12).toList();
            LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
            long thematic = plan.create(activity("关于优化营商环境的专题协商", ActivityType.THEMATIC_CONSULTATION, now.plusDays(3), invitees));
            long past = plan.create(activity("乡村振兴专题调研", ActivityType.RESEARCH, now.minusDays(10), invitees));
            for (long member : invitees.subList(0, 9)) {
                participation.markPresent(past, member);
            }
            // members' training (培训), counted in the annual account as 举办培训班 N 期 and 培训委员 N 人次
            long newMembers = plan.create(activity("新任委员履职能力培训班", ActivityType.TRAINING, now.minusDays(20), invitees));
            long study = plan.create(activity("学习贯彻政协章程专题培训", ActivityType.TRAINING, now.minusDays(6), invitees));
            invitees.subList(0, 10).forEach(member -> participation.markPresent(newMembers, member));
            invitees.subList(2, 9).forEach(member -> participation.markPresent(study, member));
            return thematic;
        });
        // 网络议政 before that consultation (issue 16): one open public topic with comments
        deliberation.add(committeeId, consultation);
    }

    private static ProposalDraft proposal(String key, String title) {
        return new ProposalDraft(key, ProposalKind.INDIVIDUAL, title, null,
                "（情况）" + title.replace("关于", "").replace("的建议", "") + "方面存在不足。", "（分析）资金、机制、协同等方面仍有短板。",
                "（建议）一、加大投入；二、完善机制；三、加强协同。", "SOCIETY", null, true, null, null);
    }

    private static ActivityForm activity(String title, ActivityType type, LocalDateTime starts, List<Long> invitees) {
        return new ActivityForm(title, type, OrganiserKind.OFFICE, null, "提案委员会办公室", starts, starts.plusHours(3),
                "市政协三楼会议室", false, null, null, false, invitees, List.of(), List.of(), List.of(), false, List.of(), List.of());
    }
}
