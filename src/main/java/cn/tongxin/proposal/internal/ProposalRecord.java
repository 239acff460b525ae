package cn.tongxin.proposal.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.domain.AbstractAggregateRoot;

import cn.tongxin.proposal.ProposalDraft;
import cn.tongxin.proposal.ProposalKind;
import cn.tongxin.proposal.ProposalStatus;

/**
 * What a proposal holds, read-only to everyone but {@link Proposal}, whose steps alone change it (the columns of table
 * {@code proposal}).
 */
abstract class ProposalRecord extends AbstractAggregateRoot<Proposal> {

    Long id;
    Integer version;
    long committeeId;
    String requestKey;
    ProposalStatus status;
    ProposalKind kind;
    String title;
    String body;
    String situation;
    String analysis;
    String suggestions;
    String category;
    String suggestedUnits;
    boolean publishable;
    Long leadMemberId;
    Long collectiveUnitId;
    String enteredBy;
    boolean onBehalf;
    Long sessionId;
    boolean sessionProposal;
    Instant submittedAt;
    /** The day received: staff's date for a draft entered on behalf, from submission the local day of submittedAt. */
    LocalDate receivedOn;
    Integer number;
    String numberText;
    Instant filedAt;
    Instant reviewedAt;
    String notFiledReason;
    String reviewNote;
    String conversion;
    Long mergedIntoId;
    boolean keyProposal;
    boolean outstanding;
    Integer outstandingYear;
    LocalDate keyMarkedOn;
    LocalDate outstandingMarkedOn;
    Long convertedBy;
    Instant closedAt;
    Instant updatedAt;

    /** The events the steps registered since the last save ({@link Proposals#save} publishes them). */
    java.util.List<Object> pendingEvents() {
        return java.util.List.copyOf(domainEvents());
    }

    void eventsPublished() {
        clearDomainEvents();
    }

    public Long getId() {
        return id;
    }

    public int version() {
        return version == null ? 0 : version;
    }

    public long committeeId() {
        return committeeId;
    }

    public String requestKey() {
        return requestKey;
    }

    public ProposalStatus status() {
        return status;
    }

    public ProposalKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public Long leadMemberId() {
        return leadMemberId;
    }

    public String enteredBy() {
        return enteredBy;
    }

    public boolean onBehalf() {
        return onBehalf;
    }

    public Long sessionId() {
        return sessionId;
    }

    public boolean sessionProposal() {
        return sessionProposal;
    }

    public String numberText() {
        return numberText;
    }

    public Long mergedIntoId() {
        return mergedIntoId;
    }

    public boolean keyProposal() {
        return keyProposal;
    }

    /** What the proposer wrote, as a draft form. */
    public ProposalDraft asDraft() {
        return new ProposalDraft(requestKey, kind, title, body, situation, analysis, suggestions, category, suggestedUnits,
                publishable, leadMemberId, collectiveUnitId, onBehalf ? receivedOn : null);
    }

    /** The day received as staff gave it (on behalf, before submission) or, once submitted, the day it was received. */
    public LocalDate receivedOn() {
        return receivedOn;
    }
}
