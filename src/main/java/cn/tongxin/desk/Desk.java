package cn.tongxin.desk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.activity.ActivityDesk;
import cn.tongxin.handling.HandlingDesk;
import cn.tongxin.opinion.OpinionDesk;
import cn.tongxin.organization.CommitteeView;
import cn.tongxin.organization.Organization;
import cn.tongxin.performance.PerformanceDesk;
import cn.tongxin.proposal.ProposalDesk;
import cn.tongxin.suggestion.SuggestionDesk;
import cn.tongxin.web.Chart;

/**
 * Composes the home page of the current user from each module's desk query: a section per role held, each a fixed
 * number of statements (no query per row), all within the user's own committee.
 */
@Service
public class Desk {

    private final CurrentUsers currentUsers;
    private final ProposalDesk proposals;
    private final HandlingDesk handling;
    private final SuggestionDesk suggestions;
    private final OpinionDesk opinions;
    private final ActivityDesk activities;
    private final PerformanceDesk performance;
    private final Organization organization;
    private final Clock clock;

    Desk(CurrentUsers currentUsers, Organization organization, ProposalDesk proposals, HandlingDesk handling, SuggestionDesk suggestions,
         OpinionDesk opinions, ActivityDesk activities, PerformanceDesk performance, Clock clock) {
        this.currentUsers = currentUsers;
        this.organization = organization;
        this.proposals = proposals;
        this.handling = handling;
        this.suggestions = suggestions;
        this.opinions = opinions;
        this.activities = activities;
        this.performance = performance;
        this.clock = clock;
    }

    /** The current user's desk. */
    @Transactional(readOnly = true)
    public DeskView mine() {
        CurrentUser user = currentUsers.get();
        String committeeName = organization.committee(user.committeeId()).map(CommitteeView::name).orElse("");
        return new DeskView(user.displayName(), subtitle(committeeName, user),
                user.has(Role.MEMBER) && user.memberId() != null ? member(user) : null,
                user.isOffice() ? office(user) : null,
                user.has(Role.UNIT) && user.unitId() != null ? unit(user) : null,
                user.has(Role.LEADER) ? leader(user) : null);
    }

    /** "示例市政协 · 工作人员 · 提案委员会": the office only when the account has one. */
    static String subtitle(String committeeName, CurrentUser user) {
        List<String> parts = new ArrayList<>();
        if (committeeName != null && !committeeName.isBlank()) {
            parts.add(committeeName);
        }
        parts.add(user.rolesLabel());
        if (user.office() != null && !user.office().isBlank()) {
            parts.add(user.office().strip());
        }
        return String.join(" · ", parts);
    }

    private DeskView.MemberSection member(CurrentUser user) {
        List<DeskView.Todo> todo = new ArrayList<>();
        proposals.invitations(user).forEach(i -> todo.add(new DeskView.Todo("联名邀请", i.title(),
                "领衔人 " + (i.leadName() == null ? "" : i.leadName()) + "，请确认或谢绝", "/proposals/" + i.proposalId())));
        handling.ratingsDue(user).forEach(c -> todo.add(new DeskView.Todo("待评价", c.title(),
                c.kind() + "已办复" + (c.due() == null ? "" : "，请于 " + c.due() + " 前评价"), c.link())));
        var coming = activities.coming(user);
        coming.stream().filter(ActivityDesk.Coming::toAnswer).forEach(a -> todo.add(new DeskView.Todo("待报名活动", a.title(),
                "请报名或请假", a.link())));
        proposals.returnedAndDrafts(user).forEach(p -> todo.add(new DeskView.Todo("提案", p.title(), p.note(), p.link())));
        opinions.returned(user).forEach(r -> todo.add(new DeskView.Todo("社情民意", r.title(), "已退回，可修改后重新报送", r.link())));
        var standing = performance.thisYear(user);
        var year = new DeskView.YearAtAGlance(LocalDate.now(clock).getYear(), proposals.mineThisYear(user),
                suggestions.mineThisYear(user), opinions.mineThisYear(user), activities.attendedThisYear(user),
                standing.map(PerformanceDesk.Standing::total).orElse(null), standing.map(PerformanceDesk.Standing::grade).orElse(null));
        return new DeskView.MemberSection(todo, year, coming.stream().limit(5).toList());
    }

    private DeskView.OfficeSection office(CurrentUser user) {
        List<DeskView.Queue> queues = new ArrayList<>();
        proposals.officeQueues(user).forEach(q -> queues.add(new DeskView.Queue(q.label(), q.count(), q.link())));
        queues.add(new DeskView.Queue("待处理社情民意", opinions.toTriage(user), OpinionDesk.TO_TRIAGE_LINK));
        queues.add(new DeskView.Queue("待审核微建议", suggestions.awaitingAcceptance(user), SuggestionDesk.AWAITING_ACCEPTANCE_LINK));
        queues.add(new DeskView.Queue("活动请假待批", activities.leavePending(user), ActivityDesk.LEAVE_PENDING_LINK));
        return new DeskView.OfficeSection(queues);
    }

    private DeskView.UnitSection unit(CurrentUser user) {
        var cases = handling.unitCases(user);
        return new DeskView.UnitSection(cases.open(), cases.shown());
    }

    private DeskView.LeaderSection leader(CurrentUser user) {
        int year = LocalDate.now(clock).getYear();
        var p = proposals.figuresThisYear(user.committeeId());
        long suggestionsReceived = suggestions.receivedThisYear(user.committeeId());
        long[] reports = opinions.receivedAndIssuedThisYear(user.committeeId());
        long held = activities.heldThisYear(user.committeeId());
        String period = "&year=" + year;
        List<DeskView.Queue> figures = List.of(
                new DeskView.Queue("收到提案", p.received(), "/proposals?group=RECEIVED" + period),
                new DeskView.Queue("立案", p.filed(), "/proposals?group=FILED" + period),
                new DeskView.Queue("已办结", p.closed(), "/proposals?status=CLOSED" + period),
                new DeskView.Queue("微建议", suggestionsReceived, SuggestionDesk.receivedLink(year)),
                new DeskView.Queue("社情民意信息", reports[0], OpinionDesk.receivedLink(year)),
                new DeskView.Queue("履职活动", held, "/activities?held=true&year=" + year));
        Map<String, Long> proposalFigures = new LinkedHashMap<>();
        proposalFigures.put("收到", p.received());
        proposalFigures.put("立案", p.filed());
        proposalFigures.put("办结", p.closed());
        proposalFigures.put("重点提案", p.keyProposals());
        Map<String, Long> work = new LinkedHashMap<>();
        work.put("提案", p.received());
        work.put("微建议", suggestionsReceived);
        work.put("社情民意", reports[0]);
        work.put("编发", reports[1]);
        work.put("活动", held);
        List<Chart> charts = List.of(Chart.bar(year + "年提案", "件", "数量", proposalFigures),
                Chart.bar(year + "年履职工作", "件", "数量", work));
        return new DeskView.LeaderSection(year, figures, charts, proposals.keyProposals(user));
    }
}
