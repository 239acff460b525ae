package cn.tongxin.participation;

import cn.tongxin.shared.SubjectRef;

/** A moderator approved or rejected a held public write; the subject's owner shows or drops it. */
public record ModerationDecided(long committeeId, SubjectRef subject, boolean approved, String reason) {
}
