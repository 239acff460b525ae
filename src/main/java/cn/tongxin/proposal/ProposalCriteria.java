package cn.tongxin.proposal;

import java.time.LocalDate;

import cn.tongxin.handling.HandlingQueries.HandlingFilter;

/** Filters of the proposal list; all optional. {@code mine}: only where the member is a proposer. */
public record ProposalCriteria(String keyword, ProposalStatus status, ProposalKind kind, String category, Long sessionId,
                               Boolean sessionProposal, Integer year, LocalDate from, LocalDate to, Boolean keyProposal,
                               Boolean outstanding, HandlingFilter handling, String notFiledReason, Boolean mine,
                               Long unitId, StatusGroup group) {

    /** Groups of statuses the statistics count: 收到, 已审查, 立案. */
    public enum StatusGroup { RECEIVED, REVIEWED, FILED }

    public static ProposalCriteria none() {
        return new ProposalCriteria(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
