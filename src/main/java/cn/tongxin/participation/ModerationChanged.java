package cn.tongxin.participation;

import cn.tongxin.shared.SubjectRef;

/**
 * Any change of a moderated subject's status (approved, refused, hidden, hidden on reports, undone), published in the
 * deciding transaction; owners of revisable subjects (comments) follow it. {@link ModerationDecided} stays the event
 * of the first decision on a held write.
 */
public record ModerationChanged(long committeeId, SubjectRef subject, ModerationStatus from, ModerationStatus to,
                                ModerationAction action, String reason) {
}
