package cn.tongxin.participation;

import static cn.tongxin.participation.ModerationAction.*;
import static cn.tongxin.participation.ModerationStatus.*;

import cn.tongxin.shared.TransitionTable;

/**
 * The moderation of one public write as data. Undo goes back one step (an approval or a refusal back to the queue, a
 * hidden comment back to published), so a moderator can always take a decision back; hiding and undoing apply only to
 * revisable subjects (comments), whose owners follow every change ({@link ModerationChanged}). An author's edit of a
 * published comment that its conversation holds for moderation sends it back to the queue.
 */
public final class ModerationWorkflow {

    /** {@code AUTHOR}: the writer of a comment, whose edit of a published comment held for moderation goes back to the queue. */
    public enum Party { MODERATOR, SYSTEM, AUTHOR }

    public static final TransitionTable<ModerationStatus, ModerationAction, Party> TABLE =
            TransitionTable.<ModerationStatus, ModerationAction, Party>of("该内容")
                    .add(APPROVE, APPROVED, Party.MODERATOR, PENDING)
                    .add(REJECT, REJECTED, Party.MODERATOR, PENDING)
                    .add(HIDE, HIDDEN, Party.MODERATOR, APPROVED)
                    .add(HIDE_ON_REPORTS, HIDDEN, Party.SYSTEM, APPROVED)
                    .add(UNDO, PENDING, Party.MODERATOR, APPROVED, REJECTED)
                    .add(UNDO, APPROVED, Party.MODERATOR, HIDDEN)
                    .add(RESUBMIT, PENDING, Party.AUTHOR, APPROVED)
                    .build();

    private ModerationWorkflow() {
    }
}
