package cn.tongxin.deliberation;

import java.time.LocalDateTime;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import cn.tongxin.account.RunAs;
import cn.tongxin.participation.Captchas;

/** Topics and comments for tests, through the module's own use cases. */
record DeliberationFixture(JdbcClient jdbc, RunAs runAs, ManageTopics topics, CommentOnTopics comments, Captchas captchas) {

    long consultation(long committee) {
        return jdbc.sql("select id from activity where committee_id = ? and type = 'THEMATIC_CONSULTATION' order by id limit 1")
                .param(committee).query(Long.class).single();
    }

    long openTopic(String staff, long committee, Audience audience, boolean moderatePublic, Integer reportThreshold) {
        LocalDateTime now = LocalDateTime.now();
        return runAs.user(staff, () -> topics.create(new TopicForm(TopicKind.CONSULTATION, consultation(committee), "测试议题" + UUID.randomUUID(),
                "背景", "问题", audience, now.minusHours(1), now.plusDays(2), moderatePublic, false, reportThreshold)));
    }

    /** An open topic (an hour ago to two days on, by the application's clock) that may also pre-moderate members. */
    long openTopic(String staff, long committee, Audience audience, boolean moderatePublic, boolean moderateMembers, Integer reportThreshold,
                   java.time.Clock clock) {
        LocalDateTime now = LocalDateTime.now(clock);
        return runAs.user(staff, () -> topics.create(new TopicForm(TopicKind.CONSULTATION, consultation(committee), "测试议题" + UUID.randomUUID(),
                "背景", "问题", audience, now.minusHours(1), now.plusDays(2), moderatePublic, moderateMembers, reportThreshold)));
    }

    CommentOnTopics.Posted citizen(long committee, long topic, Long replyTo, String text, String authorKey) {
        var c = captchas.issue();
        return comments.asCitizen(committee, topic, replyTo, "网友甲", text, authorKey, c.id(), c.answer(), "test-" + UUID.randomUUID());
    }

    CommentOnTopics.Posted member(String user, long topic, Long replyTo, String text) {
        return runAs.user(user, () -> comments.asMember(topic, replyTo, text));
    }
}
