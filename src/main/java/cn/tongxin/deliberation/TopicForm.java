package cn.tongxin.deliberation;

import java.time.LocalDateTime;

/**
 * What the office types for a topic. {@code closesAt} empty for a standing call for ideas; {@code reportThreshold}
 * empty when reports never hide a comment by themselves.
 */
public record TopicForm(TopicKind kind, Long activityId, String title, String background, String questions, Audience audience,
                        LocalDateTime opensAt, LocalDateTime closesAt, Boolean moderatePublic, Boolean moderateMembers,
                        Integer reportThreshold) {
}
