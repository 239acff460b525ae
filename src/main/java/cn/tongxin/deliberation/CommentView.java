package cn.tongxin.deliberation;

import java.time.Instant;

/**
 * One comment as one viewer sees it: its text, or a placeholder ("该留言已被隐藏（原因）") that keeps its place and
 * its replies; a tag for the author's own held comment, or for the office. {@code replyToName}: whom a reply to a
 * reply answers ("回复 @某某"); {@code edited}: its author edited it ("已编辑"); {@code revision}: the version an edit
 * names; {@code editable}: this viewer may edit it now (its author, within the window, while it is not hidden).
 */
public record CommentView(long id, Long parentId, String authorName, boolean byMember, String text, String placeholder, String tag,
                          CommentStatus status, String reason, boolean best, Instant writtenAt, boolean mine, int reportCount,
                          Long replyToId, String replyToName, boolean edited, int revision, boolean editable) {

    static CommentView of(CommentRow c, Viewer viewer) {
        boolean mine = viewer.wrote(c);
        boolean full = viewer.office() || mine || c.status() == CommentStatus.PUBLISHED;
        String placeholder = null;
        if (!full) {
            placeholder = c.status() == CommentStatus.HIDDEN ? "该留言已被隐藏（" + c.reason() + "）" : "该留言正在审核";
        }
        String tag = null;
        if (full && c.status() != CommentStatus.PUBLISHED) {
            tag = c.status().label() + (c.reason() == null ? "" : "：" + c.reason());
        }
        return new CommentView(c.id(), c.parentId(), c.authorName(), c.byMember(), full ? c.text() : null, placeholder, tag, c.status(),
                c.reason(), c.best(), c.writtenAt(), mine, viewer.office() ? c.reportCount() : 0, c.replyToId(), c.replyToName(),
                c.editedAt() != null, c.revision(), viewer.mayEdit(c));
    }

    /** Whether the viewer may see this comment at all (others never see a held or refused one without replies). */
    static boolean shown(CommentRow c, Viewer viewer) {
        return viewer.office() || viewer.wrote(c) || c.status() == CommentStatus.PUBLISHED || c.status() == CommentStatus.HIDDEN
                || c.replyCount() > 0;
    }

    public boolean published() {
        return status == CommentStatus.PUBLISHED;
    }

    public boolean held() {
        return status == CommentStatus.PENDING;
    }

    public boolean hidden() {
        return status == CommentStatus.HIDDEN || status == CommentStatus.REJECTED;
    }
}
