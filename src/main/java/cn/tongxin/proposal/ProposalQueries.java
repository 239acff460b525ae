package cn.tongxin.proposal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.handling.CaseView;
import cn.tongxin.handling.HandlingQueries;
import cn.tongxin.organization.CommitteeAccess;
import cn.tongxin.organization.Dictionaries;
import cn.tongxin.organization.DictionaryKind;
import cn.tongxin.proposal.internal.ProposalSearch;
import cn.tongxin.proposal.internal.ProposalStore;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;
import cn.tongxin.timeline.Timeline;

/** The proposal list (what each role may see, filtered) and a proposal's page. */
@Service
@Transactional(readOnly = true)
public class ProposalQueries {

    private final ProposalSearch search;
    private final ProposalStore store;
    private final ProposalAccess access;
    private final CurrentUsers currentUsers;
    private final HandlingQueries handling;
    private final Dictionaries dictionaries;
    private final Timeline timeline;
    private final CommitteeAccess committees;

    ProposalQueries(ProposalSearch search, ProposalStore store, ProposalAccess access, CurrentUsers currentUsers,
                    HandlingQueries handling, Dictionaries dictionaries, Timeline timeline, CommitteeAccess committees) {
        this.committees = committees;
        this.search = search;
        this.store = store;
        this.access = access;
        this.currentUsers = currentUsers;
        this.handling = handling;
        this.dictionaries = dictionaries;
        this.timeline = timeline;
    }

    public PageResult<ProposalSummary> list(ProposalCriteria criteria, PageQuery page) {
        return list(criteria, page, null);
    }

    /** The list of {@code committeeId}'s proposals: the user's own committee, or a lower one that granted access (read-only). */
    public PageResult<ProposalSummary> list(ProposalCriteria criteria, PageQuery page, Long committeeId) {
        CurrentUser user = committees.reader(currentUsers.get(), committeeId);
        Map<String, String> categories = new HashMap<>();
        dictionaries.entries(user.committeeId(), DictionaryKind.PROPOSAL_CATEGORY).forEach(e -> categories.put(e.code(), e.label()));
        return search.list(user, criteria, page, categories);
    }

    /** Every id the list would show (for exports and statistics drill-downs), bounded. */
    public List<Long> ids(ProposalCriteria criteria) {
        return search.ids(currentUsers.get(), criteria);
    }

    public ProposalPage page(long id) {
        return page(id, null);
    }

    /** A proposal of {@code committeeId} (the user's own when null), read as {@link CommitteeAccess#reader} says. */
    public ProposalPage page(long id, Long committeeId) {
        CurrentUser user = committees.reader(currentUsers.get(), committeeId);
        var stored = store.stored(user.committeeId(), id).orElseThrow(() -> BusinessException.notFound("提案"));
        ProposalView p = stored.view();
        if (!access.canView(user, p)) {
            throw BusinessException.notFound("提案");
        }
        long handledId = p.mergedIntoId() != null ? p.mergedIntoId() : id;
        // a draft has never been handed to a unit
        CaseView handlingCase = p.status() == ProposalStatus.DRAFT ? null
                : handling.view(user.committeeId(), ProposalAccess.SUBJECT, handledId).orElse(null);
        return new ProposalPage(p, handlingCase, timeline.of(user.committeeId(), ProposalAccess.SUBJECT, id), stored.imported());
    }

    /** {@code imported}: brought in by history import, read-only — no step is offered on it (ADR 009). */
    public record ProposalPage(ProposalView proposal, CaseView handling, List<Timeline.TimelineEntry> timeline, boolean imported) {
    }

    /** Open co-sign invitations of the current member. */
    public List<Invitation> invitations() {
        return search.invitations(currentUsers.require(Role.MEMBER));
    }

    public record Invitation(long proposalId, String title, String leadName, java.time.Instant dueAt) {
    }
}
