package cn.tongxin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tongxin.search.internal.PendingDocuments;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.Listeners;

/**
 * Documents are written behind the events: a listener notes the record (once, however many events name it), the
 * writer writes it; a claim that ran out is taken again; a record noted again while its batch was being written is
 * written again.
 */
@IntegrationTest
class IndexWriteBehindTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PendingDocuments pending;
    @Autowired
    TransactionTemplate transactions;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    private long draft(String title) throws Exception {
        var created = api.post("member", "/api/v1/proposals", """
                {"requestKey":"%s","title":"%s","body":"正文。","category":"SOCIETY"}""".formatted(UUID.randomUUID(), title))
                .andExpect(status().isCreated());
        long id = ((Number) api.read(created, "$.proposal.id")).longValue();
        Listeners.settled(jdbc, "search");
        return id;
    }

    private String indexedTitle(long id) {
        return jdbc.sql("select title from search_document where subject_type = 'PROPOSAL' and subject_id = ?").param(id)
                .query(String.class).optional().orElse(null);
    }

    @Test
    void eventsOnOneRecordAreNotedOnceAndItsDocumentIsWritten() throws Exception {
        long id = draft("关于增设口袋公园的建议");
        assertThat(indexedTitle(id)).isEqualTo("关于增设口袋公园的建议");
        SubjectRef subject = SubjectRef.of(SubjectType.PROPOSAL, id);
        long rows = transactions.execute(tx -> {
            pending.note(subject);
            pending.note(subject);
            pending.note(subject);
            return jdbc.sql("select count(*) from search_pending where subject_type = 'PROPOSAL' and subject_id = ?").param(id)
                    .query(Long.class).single();
        });
        assertThat(rows).as("three events, one row").isEqualTo(1);
        Listeners.settled(jdbc, "search");
        assertThat(pending.count()).isZero();
    }

    @Test
    void aClaimThatRanOutIsTakenAgain() throws Exception {
        long id = draft("关于规范共享单车停放的建议");
        jdbc.sql("update proposal set title = '关于规范共享单车和电动自行车停放的建议' where id = ?").param(id).update();
        jdbc.sql("insert into search_pending (subject_type, subject_id, claimed_until) values ('PROPOSAL', ?, now() + interval '1 hour')")
                .param(id).update();
        Thread.sleep(600); // three rounds of the writer: a live claim is left alone
        assertThat(indexedTitle(id)).isEqualTo("关于规范共享单车停放的建议");
        jdbc.sql("update search_pending set claimed_until = now() - interval '1 second' where subject_type = 'PROPOSAL' and subject_id = ?")
                .param(id).update();
        Listeners.settled(jdbc, "search");
        assertThat(indexedTitle(id)).isEqualTo("关于规范共享单车和电动自行车停放的建议");
    }

    @Test
    void aRecordNotedAgainDuringItsBatchStaysDue() throws Exception {
        long id = draft("关于完善老旧小区加装电梯的建议");
        SubjectRef subject = SubjectRef.of(SubjectType.PROPOSAL, id);
        OffsetDateTime claimedAt = OffsetDateTime.now().minusMinutes(1);
        jdbc.sql("insert into search_pending (subject_type, subject_id, noted_at, claimed_until) values ('PROPOSAL', ?, now(), now() + interval '1 hour')")
                .param(id).update();
        // the batch that claimed an older note finishes: the newer note is not its to delete
        transactions.executeWithoutResult(tx -> pending.done(List.of(new PendingDocuments.Claimed(subject, claimedAt))));
        assertThat(jdbc.sql("select count(*) from search_pending where subject_type = 'PROPOSAL' and subject_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(1);
        jdbc.sql("update search_pending set claimed_until = null where subject_type = 'PROPOSAL' and subject_id = ?").param(id).update();
        Listeners.settled(jdbc, "search");
        assertThat(pending.count()).isZero();
    }
}
