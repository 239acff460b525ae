package cn.tongxin.opinion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import cn.tongxin.opinion.OpinionWorkflow.Action;
import cn.tongxin.opinion.OpinionWorkflow.Party;
import cn.tongxin.shared.TransitionTable.Transition;

/**
 * A public-opinion report (社情民意信息): one matter, its authors, and where it stands. Every step checks
 * {@link OpinionWorkflow#TABLE}, changes the report and registers what happened.
 */
@Table("opinion_report")
public class OpinionReport extends AbstractAggregateRoot<OpinionReport> {

    private static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Shanghai");

    /** An author keeps credit for the report; members by id, others (correspondents, units) by account. */
    @Table("opinion_author")
    public record Author(Long memberId, Long accountId, String name) {
    }

    @Id
    Long id;
    @Version
    Integer version;
    long committeeId;
    String requestKey;
    OpinionStatus status;
    String title;
    String body;
    String category;
    OpinionSource source;
    Long sourceUnitId;
    long submitterAccountId;
    boolean onBehalf;
    Long proposalId;
    Instant submittedAt;
    /** The first 报送, kept when a returned report is resubmitted: its {@code ReportSubmitted} fact. */
    Instant firstSubmittedAt;
    /** When it was typed; the day it was received is the local day of {@code firstSubmittedAt} (received_on). */
    Instant enteredAt;
    String firstTitle;
    Instant triagedAt;
    String triageNote;
    Long clueMemberId;
    Long itemId;
    @MappedCollection(idColumn = "report_id", keyColumn = "position")
    List<Author> authors = new ArrayList<>();

    OpinionReport() {
    }

    /** What a new report is: written by someone, in a committee, about one matter. */
    record Draft(long committeeId, String requestKey, String title, String body, String category, OpinionSource source,
                 Long sourceUnitId, long submitterAccountId, boolean onBehalf, Long proposalId, List<Author> authors) {
    }

    /** 报送: the report reaches the office now. {@code id} comes from {@code OpinionReports.nextId()}. */
    static OpinionReport submit(long id, Draft d, Clock clock) {
        Instant now = Instant.now(clock);
        return submit(id, d, LocalDate.ofInstant(now, clock.getZone()), now, now);
    }

    /** 报送, received on {@code day} and counted at {@code at} (a moment of that day), typed at {@code enteredAt}. */
    static OpinionReport submit(long id, Draft d, LocalDate day, Instant at, Instant enteredAt) {
        if (!day.equals(LocalDate.ofInstant(at, ZONE))) {
            throw new IllegalArgumentException("submitted at " + at + " is not on the day received " + day);
        }
        var r = new OpinionReport();
        r.enteredAt = enteredAt;
        r.id = id;
        r.committeeId = d.committeeId();
        r.requestKey = d.requestKey();
        r.status = OpinionStatus.SUBMITTED;
        r.title = d.title();
        r.body = d.body();
        r.category = d.category();
        r.source = d.source();
        r.sourceUnitId = d.sourceUnitId();
        r.submitterAccountId = d.submitterAccountId();
        r.onBehalf = d.onBehalf();
        r.proposalId = d.proposalId();
        r.submittedAt = at;
        r.firstSubmittedAt = r.submittedAt;
        r.firstTitle = r.title;
        r.authors = new ArrayList<>(d.authors());
        r.registerEvent(new OpinionEvents.ReportSubmitted(id, r.committeeId, r.title, r.source, r.authorMemberIds(),
                r.correspondentAccountId(), day, r.proposalId));
        return r;
    }

    /** 重新报送: the submitter revised a returned report. */
    Transition<OpinionStatus, Action, Party> resubmit(Set<Party> as, String newTitle, String newBody, Clock clock) {
        var step = move(Action.RESUBMIT, as);
        title = newTitle;
        body = newBody;
        submittedAt = Instant.now(clock);
        registerEvent(new OpinionEvents.ReportResubmitted(id, committeeId, today(clock)));
        return step;
    }

    Transition<OpinionStatus, Action, Party> withdraw(Set<Party> as) {
        var step = move(Action.WITHDRAW, as);
        registerEvent(new OpinionEvents.ReportWithdrawn(id, committeeId));
        return step;
    }

    /** 采编. */
    Transition<OpinionStatus, Action, Party> accept(Set<Party> as, String note, Clock clock) {
        var step = triage(Action.ACCEPT, as, note, clock);
        registerEvent(new OpinionEvents.ReportAccepted(id, committeeId, authorMemberIds(), correspondentAccountId(), today(clock)));
        return step;
    }

    Transition<OpinionStatus, Action, Party> archive(Set<Party> as, String note, Clock clock) {
        var step = triage(Action.ARCHIVE, as, note, clock);
        registerEvent(new OpinionEvents.ReportArchived(id, committeeId));
        return step;
    }

    /** 退回, with the reason the submitter reads. */
    Transition<OpinionStatus, Action, Party> returnToAuthor(Set<Party> as, String reason, Clock clock) {
        var step = triage(Action.RETURN, as, reason, clock);
        registerEvent(new OpinionEvents.ReportReturned(id, committeeId, submitterAccountId, title, reason));
        return step;
    }

    /** 转提案线索: given to a member as an idea for a proposal. */
    Transition<OpinionStatus, Action, Party> passAsClue(Set<Party> as, long memberId, String note, Clock clock) {
        var step = triage(Action.CLUE, as, note, clock);
        clueMemberId = memberId;
        registerEvent(new OpinionEvents.ReportPassedAsClue(id, committeeId, memberId, title));
        return step;
    }

    /** 编辑: the report is (part of) the edited item. */
    Transition<OpinionStatus, Action, Party> edit(Set<Party> as, long item) {
        var step = move(Action.EDIT, as);
        itemId = item;
        registerEvent(new OpinionEvents.ReportEdited(id, committeeId, item));
        return step;
    }

    /** 编发: its item appeared in bulletin {@code bulletinId}, issued on {@code issuedOn}. */
    Transition<OpinionStatus, Action, Party> issue(Set<Party> as, long bulletinId, String bulletinLabel, LocalDate issuedOn) {
        var step = move(Action.ISSUE, as);
        registerEvent(new OpinionEvents.ReportIssued(id, committeeId, title, submitterAccountId, authorMemberIds(),
                correspondentAccountId(), itemId, bulletinId, bulletinLabel, issuedOn));
        return step;
    }

    private Transition<OpinionStatus, Action, Party> triage(Action action, Set<Party> as, String note, Clock clock) {
        var step = move(action, as);
        triageNote = note;
        triagedAt = Instant.now(clock);
        return step;
    }

    private Transition<OpinionStatus, Action, Party> move(Action action, Set<Party> as) {
        var step = OpinionWorkflow.TABLE.require(status, action, as);
        status = step.to();
        return step;
    }

    List<Long> authorMemberIds() {
        return authors.stream().map(Author::memberId).filter(Objects::nonNull).distinct().toList();
    }

    /** The correspondent's account when a correspondent (特聘信息员) submitted it, else null. */
    Long correspondentAccountId() {
        return source == OpinionSource.CORRESPONDENT ? submitterAccountId : null;
    }

    private LocalDate today(Clock clock) {
        return LocalDate.ofInstant(Instant.now(clock), clock.getZone());
    }

    /** The events registered and not yet published (for tests of the rules). */
    List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }

    public Long id() {
        return id;
    }

    public long committeeId() {
        return committeeId;
    }

    public OpinionStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public String category() {
        return category;
    }

    public long submitterAccountId() {
        return submitterAccountId;
    }

    public Long itemId() {
        return itemId;
    }

    public int version() {
        return version == null ? 0 : version;
    }

    public List<Author> authors() {
        return List.copyOf(authors);
    }
}
