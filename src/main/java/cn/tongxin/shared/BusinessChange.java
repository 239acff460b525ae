package cn.tongxin.shared;

/**
 * A business change (a step on a proposal, a case, a reply, a rating, a report, an activity, attendance …) for the audit
 * log, published synchronously in the change's transaction; the actor and address come from the current request. The
 * timeline publishes one for every entry it writes, so every recorded step is audited without its module knowing.
 */
public record BusinessChange(long committeeId, SubjectType subjectType, long subjectId, String action, String detail) {
}
