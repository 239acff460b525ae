package cn.tongxin.desk;

import java.math.BigDecimal;
import java.util.List;

import cn.tongxin.activity.ActivityDesk;
import cn.tongxin.handling.HandlingDesk;
import cn.tongxin.proposal.ProposalDesk;
import cn.tongxin.web.Chart;

/**
 * A user's home page: one section per role they hold, absent (null) for the roles they don't. The page and
 * {@code GET /api/v1/me/desk} show the same.
 */
public record DeskView(String displayName, String subtitle, MemberSection member, OfficeSection office, UnitSection unit,
                       LeaderSection leader) {

    /** Something waiting for the user: what kind of thing, its title, what is asked, and where to do it. */
    public record Todo(String kind, String title, String note, String link) {
    }

    /** 委员: what needs me, my year at a glance, the activities coming. */
    public record MemberSection(List<Todo> todo, YearAtAGlance year, List<ActivityDesk.Coming> coming) {
    }

    /** {@code points} and {@code grade} are null until the year's performance record has been computed. */
    public record YearAtAGlance(int year, long proposals, long suggestions, long reports, long activities, BigDecimal points,
                                String grade) {
    }

    /** 工作人员: the office's queues, each the count of the list it opens. */
    public record OfficeSection(List<Queue> queues) {
    }

    public record Queue(String label, long count, String link) {
    }

    /** 承办单位: open cases by deadline, overdue first; {@code open} counts all of them. */
    public record UnitSection(long open, List<HandlingDesk.DeskCase> cases) {
    }

    /** 领导: the committee's figures of this year, charted, and the key proposals under supervision. */
    public record LeaderSection(int year, List<Queue> figures, List<Chart> charts, List<ProposalDesk.KeyProposal> keyProposals) {
    }
}
