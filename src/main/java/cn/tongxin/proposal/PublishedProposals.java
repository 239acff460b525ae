package cn.tongxin.proposal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.handling.CaseView;
import cn.tongxin.handling.HandlingQueries;
import cn.tongxin.proposal.internal.ProposalStore;
import cn.tongxin.proposal.internal.PublicationRecords;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;
import cn.tongxin.timeline.Timeline;

/**
 * The proposals a committee made public, as anyone may read them (no login): title, proposers, units, the replies'
 * text with numbers that look like phones or ID cards masked, and the progress as dates and steps — never who typed
 * what, contact details, notes or attachments.
 */
@Service
@Transactional(readOnly = true)
public class PublishedProposals {

    // mobiles, landlines with area code, ID-card numbers: masked wherever they appear in a published text
    private static final Pattern PERSONAL_NUMBER = Pattern.compile("(?<!\\d)(\\d{17}[\\dXx]|\\d{15}|1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})(?!\\d)");
    static final int REPLY_EXCERPT = 600;

    private final PublicationRecords records;
    private final ProposalStore store;
    private final HandlingQueries handling;
    private final Timeline timeline;

    PublishedProposals(PublicationRecords records, ProposalStore store, HandlingQueries handling, Timeline timeline) {
        this.records = records;
        this.store = store;
        this.handling = handling;
        this.timeline = timeline;
    }

    /** Published proposals of the committee, newest first; {@code title} narrows by words in the title. */
    public PageResult<Summary> list(long committeeId, String title, PageQuery page) {
        String q = title == null || title.isBlank() ? null : title.strip();
        if (q != null && q.length() > 50) {
            q = q.substring(0, 50);
        }
        return records.list(committeeId, q, page).map(PublishedProposals::summary);
    }

    public Optional<Published> find(long committeeId, long id) {
        return records.find(committeeId, id).flatMap(row -> store.view(committeeId, id).map(p -> {
            long handledId = p.mergedIntoId() != null ? p.mergedIntoId() : id;
            CaseView c = handling.view(committeeId, ProposalAccess.SUBJECT, handledId).orElse(null);
            List<String> units = c == null ? List.of() : c.assignments().stream().map(a -> a.unitName() + "（" + a.role().label() + "）").toList();
            List<Reply> replies = c == null ? List.of() : c.replies().stream().filter(r -> !r.returned())
                    .map(r -> new Reply(r.unitName(), scrub(excerpt(r.text())), r.submittedAt())).toList();
            List<Step> steps = timeline.of(committeeId, ProposalAccess.SUBJECT, id).stream()
                    .map(e -> new Step(e.occurredAt(), e.action(), e.toStatus())).toList();
            return new Published(summary(row), p.proposers(), p.categoryLabel(), p.sessionName(), units, replies, steps);
        }));
    }

    /** A text with every phone- or ID-like number masked. */
    public static String scrub(String text) {
        return text == null ? null : PERSONAL_NUMBER.matcher(text).replaceAll(m -> "*".repeat(m.group().length()));
    }

    private static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= REPLY_EXCERPT ? text : text.substring(0, REPLY_EXCERPT) + "……";
    }

    private static Summary summary(PublicationRecords.Row r) {
        return new Summary(r.id(), r.numberText(), r.title(), r.proposer(), r.status().label(), r.publishedAt());
    }

    public record Summary(long id, String numberText, String title, String proposer, String status, Instant publishedAt) {
    }

    public record Published(Summary summary, String proposers, String category, String sessionName, List<String> units,
                            List<Reply> replies, List<Step> progress) {
    }

    public record Reply(String unitName, String summary, Instant repliedAt) {
    }

    public record Step(Instant at, String action, String status) {
    }
}
