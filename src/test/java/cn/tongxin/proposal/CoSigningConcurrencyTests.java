package cn.tongxin.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tongxin.account.RunAs;
import cn.tongxin.support.DemoCommittees;
import cn.tongxin.support.IntegrationTest;

/**
 * Co-signers answer at once (a plenary): an answer holds the proposal's state shared, so answers to one proposal do not
 * wait for each other, while the lead's submit waits for an answer in progress and counts it.
 */
@IntegrationTest
class CoSigningConcurrencyTests {

    @Autowired
    RunAs runAs;
    @Autowired
    DraftProposals drafts;
    @Autowired
    CoSigning coSigning;
    @Autowired
    SubmitProposals submits;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;

    private final ExecutorService executor = Executors.newFixedThreadPool(3);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    /** A member of the city with an account; its username. */
    private String member(long city) {
        String username = "cosign_" + UUID.randomUUID().toString().substring(0, 8);
        long member = jdbc.sql("insert into member (committee_id, name, gender, mobile, status) values (?, ?, 'MALE', ?, 'ACTIVE') returning id")
                .params(city, "联名并发" + username.substring(7), "197" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)))
                .query(Long.class).single();
        long account = jdbc.sql("""
                insert into user_account (committee_id, username, display_name, password_hash, must_change_password, member_id)
                values (?, ?, ?, '{noop}x', false, ?) returning id""").params(city, username, username, member).query(Long.class).single();
        jdbc.sql("insert into user_role (user_account_id, role) values (?, 'MEMBER')").param(account).update();
        return username;
    }

    private long memberId(String username) {
        return jdbc.sql("select member_id from user_account where username = ?").param(username).query(Long.class).single();
    }

    private long jointDraft(String... cosigners) {
        List<Long> ids = java.util.Arrays.stream(cosigners).map(this::memberId).toList();
        return runAs.user("member", () -> drafts.create(new ProposalDraft(UUID.randomUUID().toString(), ProposalKind.JOINT,
                "关于联名并发答复的建议", null, "情况", "分析", "建议", "SOCIETY", null, true, null, null, null, ids), List.of()));
    }

    /** Answers as {@code username} in a transaction that stays open until {@code release}; {@code answered} once it has. */
    private Future<?> answerAndHold(String username, long id, CountDownLatch answered, CountDownLatch release) {
        return executor.submit(() -> runAs.user(username, () -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
            coSigning.respond(id, true);
            answered.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        })));
    }

    private String cosignerStatus(long id, String username) {
        return jdbc.sql("select status from proposal_cosigner where proposal_id = ? and member_id = ?").params(id, memberId(username))
                .query(String.class).single();
    }

    @Test
    void twoCosignersAnsweringOneProposalAtOnceDoNotWaitForEachOther() throws Exception {
        long city = DemoCommittees.of(jdbc).city();
        String a = member(city);
        String b = member(city);
        long id = jointDraft(a, b);
        var answered = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        Future<?> first = answerAndHold(a, id, answered, release);
        assertThat(answered.await(20, TimeUnit.SECONDS)).isTrue();
        // a's answer is not committed yet; b's completes all the same
        executor.submit(() -> runAs.user(b, () -> coSigning.respond(id, true))).get(10, TimeUnit.SECONDS);
        release.countDown();
        first.get(20, TimeUnit.SECONDS);
        assertThat(cosignerStatus(id, a)).isEqualTo("CONFIRMED");
        assertThat(cosignerStatus(id, b)).isEqualTo("CONFIRMED");
    }

    @Test
    void theLeadsSubmitWaitsForAnAnswerInProgressAndCountsIt() throws Exception {
        long city = DemoCommittees.of(jdbc).city();
        String a = member(city);
        long id = jointDraft(a);
        var answered = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        Future<?> answer = answerAndHold(a, id, answered, release);
        assertThat(answered.await(20, TimeUnit.SECONDS)).isTrue();
        // without a confirmed co-signer a joint proposal cannot be submitted: had the submit not waited, it would be refused
        Future<?> submit = executor.submit(() -> runAs.user("member", () -> submits.submit(id)));
        Thread.sleep(500);
        assertThat(submit.isDone()).as("the submit waits for the answer in progress").isFalse();
        release.countDown();
        answer.get(20, TimeUnit.SECONDS);
        submit.get(20, TimeUnit.SECONDS);
        assertThat(jdbc.sql("select status from proposal where id = ?").param(id).query(String.class).single()).isEqualTo("SUBMITTED");
        assertThat(cosignerStatus(id, a)).isEqualTo("CONFIRMED");
    }
}
