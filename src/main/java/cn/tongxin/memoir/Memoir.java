package cn.tongxin.memoir;

import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

import cn.tongxin.memoir.MemoirWorkflow.Action;
import cn.tongxin.memoir.MemoirWorkflow.Party;
import cn.tongxin.memoir.MemoirWorkflow.Status;

/** One historical account: the author's text as submitted, the office's edited text beside it, and its selection. */
@Table("memoir")
public class Memoir extends AbstractAggregateRoot<Memoir> {

    /** Selected on {@code on} (the day of the decision); {@code memberId} null for a citizen's account. */
    public record Selected(long committeeId, long memoirId, Long memberId, java.time.LocalDate on, String title) {
    }

    /** Back to 已提交 or withdrawn from selection: a selection made before no longer counts. */
    public record Reconsidered(long committeeId, long memoirId) {
    }

    @Id
    Long id;
    @Version
    Integer version;
    long committeeId;
    long callId;
    String requestKey;
    String title;
    String authorName;
    Long memberId;
    String period;
    String text;
    String editedText;
    Status status;
    String reason;
    String submittedBy;
    java.time.Instant selectedAt;
    MemoirSource source;
    String phone;
    String phoneIndex;
    String trackingHash;
    String flaggedWords;

    Memoir() {
    }

    static Memoir submit(long committeeId, long callId, String requestKey, String title, String authorName, Long memberId, String period,
                         String text, String by, MemoirSource source) {
        var m = new Memoir();
        m.source = source;
        m.committeeId = committeeId;
        m.callId = callId;
        m.requestKey = requestKey;
        m.title = title.strip();
        m.authorName = authorName.strip();
        m.memberId = memberId;
        m.period = period == null || period.isBlank() ? null : period.strip();
        m.text = text.strip();
        m.status = Status.SUBMITTED;
        m.submittedBy = by;
        return m;
    }

    /** A citizen's account from the portal: the phone sealed, the tracking code as its hash, the words the gate found. */
    static Memoir fromPortal(long committeeId, long callId, String title, String authorName, String text, String sealedPhone,
                             String phoneIndex, String trackingHash, String flaggedWords) {
        Memoir m = submit(committeeId, callId, "portal:" + java.util.UUID.randomUUID(), title, authorName, null, null, text, "群众",
                MemoirSource.PORTAL);
        m.phone = sealedPhone;
        m.phoneIndex = phoneIndex;
        m.trackingHash = trackingHash;
        m.flaggedWords = flaggedWords;
        return m;
    }

    void edit(String title, String editedText, Set<Party> as) {
        status = MemoirWorkflow.TABLE.require(status, Action.EDIT, as).to();
        this.title = title.strip();
        this.editedText = editedText == null || editedText.isBlank() ? null : editedText.strip();
    }

    void select(java.time.Instant at, java.time.ZoneId zone, Set<Party> as) {
        status = MemoirWorkflow.TABLE.require(status, Action.SELECT, as).to();
        reason = null;
        selectedAt = at;
        registerEvent(new Selected(committeeId, id, memberId, at.atZone(zone).toLocalDate(), title));
    }

    void decline(String why, Set<Party> as) {
        status = MemoirWorkflow.TABLE.require(status, Action.DECLINE, as).to();
        reason = why.strip();
    }

    void reconsider(Set<Party> as) {
        boolean wasSelected = status == Status.SELECTED;
        status = MemoirWorkflow.TABLE.require(status, Action.RECONSIDER, as).to();
        reason = null;
        selectedAt = null;
        if (wasSelected) {
            registerEvent(new Reconsidered(committeeId, id));
        }
    }

    void withdraw(Set<Party> as) {
        status = MemoirWorkflow.TABLE.require(status, Action.WITHDRAW, as).to();
    }

    public Long id() {
        return id;
    }

    public long callId() {
        return callId;
    }

    public Status status() {
        return status;
    }

    public Long memberId() {
        return memberId;
    }

    public String title() {
        return title;
    }

    /** What a collection prints: the office's edited text when there is one, else the author's. */
    public String finalText() {
        return editedText != null ? editedText : text;
    }
}
