package cn.tongxin.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tongxin.notification.Notifications;
import cn.tongxin.notification.Recipient;
import cn.tongxin.support.DemoCommittees;
import cn.tongxin.support.IntegrationTest;
import cn.tongxin.web.StatementCounter;

/**
 * The publication registry's rows ({@link PublicationStore}): a transaction's publications are written together when
 * it commits, never when it rolls back, an inner transaction's with its own commit; their listeners complete them.
 */
@IntegrationTest
class PublicationStoreTests {

    @Autowired
    Notifications notifications;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;

    private long city;
    private Recipient staff;

    private void demo() {
        city = DemoCommittees.of(jdbc).city();
        staff = new Recipient(Recipient.Kind.USER, jdbc.sql("select id from user_account where username = 'staff'").query(Long.class).single());
    }

    private long publications(String marker, boolean completed) {
        return jdbc.sql("select count(*) from event_publication where serialized_event like ? and (completion_date is not null) = ?")
                .params("%" + marker + "%", completed).query(Long.class).single();
    }

    @Test
    void aTransactionsPublicationsAreWrittenAsOneStatementAndTheirListenersCompleteThem() throws Exception {
        demo();
        String marker = "批量登记-" + UUID.randomUUID();
        var tx = new TransactionTemplate(transactions);
        List<String> statements = StatementCounter.count(() -> tx.execute(s -> {
            for (int i = 1; i <= 3; i++) {
                notifications.notify(city, staff, marker + "-" + i, null, null);
            }
            return null;
        }));
        assertThat(statements.stream().filter(sql -> sql.toLowerCase().contains("event_publication")))
                .as(String.join("\n", statements)).hasSize(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> publications(marker, true) == 3);
        assertThat(publications(marker, false)).isZero();
    }

    @Test
    void aRolledBackTransactionLeavesNoPublication() {
        demo();
        String marker = "回滚登记-" + UUID.randomUUID();
        new TransactionTemplate(transactions).execute(s -> {
            notifications.notify(city, staff, marker + "-1", null, null);
            notifications.notify(city, staff, marker + "-2", null, null);
            s.setRollbackOnly();
            return null;
        });
        assertThat(publications(marker, false) + publications(marker, true)).isZero();
        assertThat(jdbc.sql("select count(*) from notification where title like ?").param(marker + "%").query(Long.class).single()).isZero();
    }

    @Test
    void anInnerTransactionWritesItsPublicationsWithItsOwnCommitAndKeepsThemWhenTheOuterRollsBack() {
        demo();
        String outer = "外层登记-" + UUID.randomUUID();
        String inner = "内层登记-" + UUID.randomUUID();
        var requiresNew = new TransactionTemplate(transactions);
        requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        new TransactionTemplate(transactions).execute(s -> {
            notifications.notify(city, staff, outer, null, null);
            requiresNew.execute(t -> {
                notifications.notify(city, staff, inner, null, null);
                return null;
            });
            // read on the outer transaction's connection: the inner one has committed its row, the outer's is not written yet
            assertThat(jdbc.sql("select count(*) from event_publication where serialized_event like ?").param("%" + inner + "%")
                    .query(Long.class).single()).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from event_publication where serialized_event like ?").param("%" + outer + "%")
                    .query(Long.class).single()).isZero();
            s.setRollbackOnly();
            return null;
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> publications(inner, true) == 1);
        assertThat(publications(outer, false) + publications(outer, true)).isZero();
    }
}
