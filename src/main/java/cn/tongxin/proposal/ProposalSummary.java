package cn.tongxin.proposal;

import java.time.Instant;

/** A row of the proposal list. */
public record ProposalSummary(long id, String numberText, String title, ProposalKind kind, ProposalStatus status,
                              String categoryLabel, String proposers, String sessionName, boolean sessionProposal,
                              Instant submittedAt, boolean keyProposal, boolean outstanding, Instant filedAt) {
}
