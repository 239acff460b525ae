package cn.tongxin.deliberation.web;

/**
 * Where a page's comment fragments send their steps: {@code base} is the topic's address on this side (the office's
 * and members' pages, or the portal), {@code actions} the address comment steps go to.
 */
public record CommentContext(long topicId, String base, String actions, boolean office, boolean canReply, boolean canReport, boolean portal) {
}
