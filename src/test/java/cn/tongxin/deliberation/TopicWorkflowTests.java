package cn.tongxin.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.tongxin.shared.BusinessException;

/** The topic's lifecycle as data, and the clock moving it through its window. */
class TopicWorkflowTests {

    private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");
    private static final Set<TopicParty> STAFF = EnumSet.of(TopicParty.STAFF);
    private static final Set<TopicParty> CITIZEN = EnumSet.of(TopicParty.CITIZEN);

    private static Topic topic(TopicKind kind, Instant opens, Instant closes) {
        return Topic.create(1, 2L, "协商", new Topic.Details(kind, "议题", null, null, Audience.PUBLIC, opens, closes, true, false, null),
                "staff", NOW);
    }

    @Test
    void theWindowMovesTheStatusFromNotStartedToRunningToEnded() {
        Topic t = topic(TopicKind.CONSULTATION, NOW.plusSeconds(3600), NOW.plusSeconds(7200));
        assertThat(t.status(NOW)).isEqualTo(TopicStatus.SCHEDULED);
        assertThat(t.status(NOW.plusSeconds(3600))).isEqualTo(TopicStatus.OPEN);
        assertThat(t.status(NOW.plusSeconds(7200))).isEqualTo(TopicStatus.CLOSED);
    }

    @Test
    void aStandingCallForIdeasNeverEndsByItself() {
        Topic t = topic(TopicKind.CALL_FOR_IDEAS, NOW.minusSeconds(60), null);
        assertThat(t.status(NOW.plusSeconds(400L * 24 * 3600))).isEqualTo(TopicStatus.OPEN);
        t.close(STAFF, NOW);
        assertThat(t.status(NOW.plusSeconds(1))).isEqualTo(TopicStatus.CLOSED);
    }

    @Test
    void commentsOnlyWhileRunningWithAReasonPeopleUnderstand() {
        Topic t = topic(TopicKind.CONSULTATION, NOW.plusSeconds(3600), NOW.plusSeconds(7200));
        assertThatThrownBy(() -> t.take(TopicAction.COMMENT, CITIZEN, NOW)).isInstanceOf(BusinessException.class).hasMessageContaining("尚未开始");
        t.take(TopicAction.COMMENT, CITIZEN, NOW.plusSeconds(3601));
        assertThatThrownBy(() -> t.take(TopicAction.COMMENT, CITIZEN, NOW.plusSeconds(7201))).hasMessageContaining("已结束");
    }

    @Test
    void onlyTheOfficeStartsClosesAndWritesTheSummaryAfterTheWindow() {
        Topic t = topic(TopicKind.CONSULTATION, NOW.plusSeconds(3600), NOW.plusSeconds(7200));
        assertThatThrownBy(() -> t.start(CITIZEN, NOW)).isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).status().value()).isEqualTo(403));
        t.start(STAFF, NOW);
        assertThat(t.status(NOW)).isEqualTo(TopicStatus.OPEN);
        assertThatThrownBy(() -> t.writeSummary("总结", "staff", STAFF, NOW)).hasMessageContaining("不能撰写总结");
        t.close(STAFF, NOW);
        t.writeSummary("总结", "staff", STAFF, NOW);
        assertThat(t.summary()).isEqualTo("总结");
        assertThat(t.offered(STAFF, NOW)).contains(TopicAction.REOPEN, TopicAction.MAKE_OUTPUT).doesNotContain(TopicAction.EDIT);
        assertThat(t.offered(CITIZEN, NOW)).containsExactly(TopicAction.REPORT);
    }

    @Test
    void everyActionInTheTableNamesWhoMayTakeIt() {
        for (var row : TopicWorkflow.TABLE.rows()) {
            assertThat(row.parties()).as(row.toString()).isNotEmpty();
        }
        assertThat(TopicWorkflow.TABLE.allows(TopicStatus.OPEN, TopicAction.COMMENT, EnumSet.of(TopicParty.STAFF))).isFalse();
    }
}
