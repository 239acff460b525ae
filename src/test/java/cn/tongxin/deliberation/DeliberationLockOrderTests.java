package cn.tongxin.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.tongxin.account.RunAs;
import cn.tongxin.participation.Captchas;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.support.DemoCommittees;
import cn.tongxin.support.IntegrationTest;

/**
 * Every change of a comment locks in one order (its moderation item, its rows ascending, the live cursor; ADR 018), so
 * a moderator hiding a reply while a report hides it automatically, with a new reply and the author's edit arriving at
 * the same moment, wait for each other and never deadlock.
 */
@IntegrationTest
class DeliberationLockOrderTests {

    static final int ROUNDS = 25;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    RunAs runAs;
    @Autowired
    ManageTopics topics;
    @Autowired
    CommentOnTopics comments;
    @Autowired
    ModerateComments moderation;
    @Autowired
    EditComments edits;
    @Autowired
    Captchas captchas;
    @Autowired
    Clock clock;

    @Test
    void hidingAReplyWhileReportsHideItAutomaticallyNeverDeadlocks() throws Exception {
        long city = DemoCommittees.of(jdbc).city();
        var fx = new DeliberationFixture(jdbc, runAs, topics, comments, captchas);
        long topic = fx.openTopic("staff", city, Audience.PUBLIC, false, false, 1, clock);
        var head = fx.member("member2", topic, null, "并发测试的留言");
        List<Throwable> unexpected = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int i = 0; i < ROUNDS; i++) {
                int round = i;
                long reply = fx.member("member", topic, head.id(), "第" + i + "轮被举报的回复").id();
                String address = "lock-order-" + i + "-" + System.nanoTime();
                CyclicBarrier start = new CyclicBarrier(4);
                List<Callable<Object>> steps = List.of(
                        () -> at(start, () -> runAs.user("staff", () -> moderation.hide(reply, "并发隐藏"))),
                        () -> at(start, () -> comments.reportAsCitizen(city, reply, address)),
                        () -> at(start, () -> fx.member("member2", topic, head.id(), "第" + round + "轮同时的回复")),
                        () -> at(start, () -> runAs.user("member", () -> edits.asMember(reply, "第" + round + "轮同时的修改", 0))));
                List<Future<Object>> done = new ArrayList<>();
                steps.forEach(s -> done.add(pool.submit(s)));
                for (Future<Object> f : done) {
                    try {
                        f.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        // a refusal a person understands (already hidden, not published) is a fair outcome of the race
                        if (!(e.getCause() instanceof BusinessException)) {
                            unexpected.add(e.getCause());
                        }
                    }
                }
                assertThat(jdbc.sql("select status from deliberation_comment where id = ?").param(reply).query(String.class).single())
                        .as("round " + i).isEqualTo("HIDDEN");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(unexpected).as("deadlocks or other failures").isEmpty();
        assertThat(jdbc.sql("select comments from deliberation_live where topic_id = ?").param(topic).query(Integer.class).single())
                .isEqualTo(jdbc.sql("select count(*) from deliberation_comment where topic_id = ? and status = 'PUBLISHED'").param(topic)
                        .query(Integer.class).single());
        assertThat(jdbc.sql("select reply_count from deliberation_comment where id = ?").param(head.id()).query(Integer.class).single())
                .isEqualTo(jdbc.sql("select count(*) from deliberation_comment where parent_id = ? and status in ('PUBLISHED', 'HIDDEN')")
                        .param(head.id()).query(Integer.class).single());
    }

    private static Object at(CyclicBarrier start, Callable<Object> step) throws Exception {
        start.await();
        return step.call();
    }

    private static Object at(CyclicBarrier start, Runnable step) throws Exception {
        start.await();
        step.run();
        return null;
    }
}
