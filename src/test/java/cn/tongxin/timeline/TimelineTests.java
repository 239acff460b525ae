package cn.tongxin.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tongxin.shared.SubjectType;
import cn.tongxin.support.IntegrationTest;
import cn.tongxin.timeline.Timeline.TimelineEntry;

/** The timeline of a subject: written in the caller's transaction, read oldest first, within one committee. */
@IntegrationTest
class TimelineTests {

    @Autowired
    Timeline timeline;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    /** A subject id no other test uses (the timeline has no foreign key on the subject). */
    private final long subject = 900_000_000L + ThreadLocalRandom.current().nextInt(100_000_000);

    private long committee(String name) {
        return jdbc.sql("select id from committee where name = ?").param(name).query(Long.class).single();
    }

    private long east() {
        return committee("示例市东城区政协");
    }

    private long west() {
        return committee("示例市西山县政协");
    }

    private void record(long committeeId, String action, String comment) {
        tx.executeWithoutResult(s -> timeline.record(committeeId, SubjectType.PROPOSAL, subject, action, "SUBMITTED", "FILED", comment));
    }

    private void signInAs(String username) {
        var principal = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long stored() {
        return jdbc.sql("select count(*) from timeline_entry where subject_id = ?").param(subject).query(Long.class).single();
    }

    @Test
    void anEntryIsRefusedOutsideATransaction() {
        assertThatThrownBy(() -> timeline.record(east(), SubjectType.PROPOSAL, subject, "立案", null, null, null))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(stored()).isZero();
    }

    @Test
    void anEntryIsWrittenOnlyIfTheCallersTransactionCommits() {
        tx.executeWithoutResult(s -> {
            timeline.record(east(), SubjectType.PROPOSAL, subject, "立案", "SUBMITTED", "FILED", null);
            s.setRollbackOnly();
        });
        assertThat(stored()).isZero();
        record(east(), "立案", null);
        assertThat(stored()).isOne();
    }

    @Test
    void entriesComeBackOldestFirst() {
        record(east(), "提交", null);
        record(east(), "立案", null);
        record(east(), "交办", null);
        assertThat(timeline.of(east(), SubjectType.PROPOSAL, subject)).extracting(TimelineEntry::action)
                .containsExactly("提交", "立案", "交办");
    }

    @Test
    void anotherCommitteesEntriesForTheSameSubjectIdAreNotReturned() {
        record(east(), "东城立案", null);
        record(west(), "西山立案", null);
        assertThat(timeline.of(east(), SubjectType.PROPOSAL, subject)).extracting(TimelineEntry::action).containsExactly("东城立案");
        assertThat(timeline.of(west(), SubjectType.PROPOSAL, subject)).extracting(TimelineEntry::action).containsExactly("西山立案");
    }

    @Test
    void anotherSubjectTypeWithTheSameIdIsNotReturned() {
        record(east(), "立案", null);
        assertThat(timeline.of(east(), SubjectType.MICRO_SUGGESTION, subject)).isEmpty();
    }

    @Test
    void theActorIsTheCurrentUserWithRoles() {
        signInAs("dc_staff");
        record(east(), "立案", "同意立案");
        TimelineEntry entry = timeline.of(east(), SubjectType.PROPOSAL, subject).getFirst();
        String displayName = jdbc.sql("select display_name from user_account where username = 'dc_staff'").query(String.class).single();
        assertThat(entry.actor()).startsWith(displayName + "（").endsWith("）").isNotEqualTo("系统");
        assertThat(entry.fromStatus()).isEqualTo("SUBMITTED");
        assertThat(entry.toStatus()).isEqualTo("FILED");
        assertThat(entry.comment()).isEqualTo("同意立案");
        assertThat(entry.occurredAt()).isNotNull();
    }

    @Test
    void withoutASignedInUserTheActorIsTheSystem() {
        record(east(), "自动提醒", null);
        assertThat(timeline.of(east(), SubjectType.PROPOSAL, subject).getFirst().actor()).isEqualTo("系统");
    }

    @Test
    void aLongCommentIsCutAt2000Characters() {
        record(east(), "退回", "意".repeat(2500));
        record(east(), "再退回", "见".repeat(2000));
        var entries = timeline.of(east(), SubjectType.PROPOSAL, subject);
        assertThat(entries.get(0).comment()).isEqualTo("意".repeat(2000));
        assertThat(entries.get(1).comment()).isEqualTo("见".repeat(2000));
    }
}
