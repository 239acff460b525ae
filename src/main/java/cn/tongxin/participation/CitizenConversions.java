package cn.tongxin.participation;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.opinion.ReportForm;
import cn.tongxin.opinion.SubmitReports;
import cn.tongxin.proposal.DraftProposals;
import cn.tongxin.proposal.ProposalDraft;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.suggestion.SubmitSuggestions;
import cn.tongxin.timeline.Timeline;

/**
 * A citizen's words turned into a member's work — a micro-suggestion, a 社情民意信息 or a proposal clue (a proposal
 * draft in the member's drafting area) — through the owning module's own use case, so its rules, history and facts are
 * the owner's; the created record's history names where it came from. Shared by the studios' triage and the members on
 * duty (ADR 017, 022). The caller has checked who may convert and locked its own record; {@code onBehalfOf} is the
 * member staff act for, null when the member converts as themselves.
 */
@Service
@Transactional
public class CitizenConversions {

    public static final int MAX_REPLY = 2000;

    private final SubmitSuggestions suggestions;
    private final SubmitReports reports;
    private final DraftProposals proposals;
    private final Timeline timeline;

    CitizenConversions(SubmitSuggestions suggestions, SubmitReports reports, DraftProposals proposals, Timeline timeline) {
        this.suggestions = suggestions;
        this.reports = reports;
        this.proposals = proposals;
        this.timeline = timeline;
    }

    /**
     * Where the words come from: {@code kind} as the created record's history says it (群众意见建议), {@code origin} the
     * full reference (委员工作室群众意见建议第12号), {@code clueHeading} the first line of a clue's body.
     */
    public record Source(long committeeId, String kind, String origin, String clueHeading, String content, String place) {

        String body() {
            return content + (place == null ? "" : "\n（地点：" + place + "）");
        }
    }

    public long toSuggestion(Source s, Long onBehalfOf, String title) {
        long id = suggestions.submit(UUID.randomUUID().toString(), titleOf(title, s.content()), s.content(),
                s.place() == null ? "—" : s.place(), List.of(), onBehalfOf, null);
        return linked(s, SubjectType.MICRO_SUGGESTION, id);
    }

    public long toReport(Source s, Long onBehalfOf, String title, String category) {
        requireCategory(category, "请选择社情民意信息的分类");
        long id = reports.submit(new ReportForm(UUID.randomUUID().toString(), titleOf(title, s.content()), s.body(), category, null,
                onBehalfOf, List.of()), List.of());
        return linked(s, SubjectType.OPINION_REPORT, id);
    }

    public long toClue(Source s, Long onBehalfOf, String title, String category) {
        requireCategory(category, "请选择提案分类");
        long id = proposals.create(new ProposalDraft(UUID.randomUUID().toString(), null, titleOf(title, s.content()),
                s.clueHeading() + "\n" + s.body(), null, null, null, category, null, null, onBehalfOf, null), List.of());
        return linked(s, SubjectType.PROPOSAL, id);
    }

    /** The reply the citizen reads: required, at most {@link #MAX_REPLY} characters. */
    public static String checkedReply(String text) {
        String reply = text == null ? "" : text.strip();
        if (reply.isEmpty()) {
            throw BusinessException.invalid("请填写给群众的答复");
        }
        if (reply.length() > MAX_REPLY) {
            throw BusinessException.invalid("答复不能超过" + MAX_REPLY + "字");
        }
        return reply;
    }

    /** Checked before the caller locks its record, so a missing category is 422 whatever the record's state. */
    public static void requireCategory(String category, String missing) {
        if (category == null || category.isBlank()) {
            throw BusinessException.invalid(missing);
        }
    }

    private long linked(Source s, SubjectType type, long created) {
        timeline.record(s.committeeId(), type, created, "由" + s.kind() + "转来", null, null, s.origin());
        return created;
    }

    private static String titleOf(String title, String content) {
        if (title != null && !title.isBlank()) {
            return title.strip();
        }
        String oneLine = content.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40);
    }
}
