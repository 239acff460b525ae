package cn.tongxin.proposal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tongxin.proposal.ProposalDraft;
import cn.tongxin.proposal.ProposalEvents;
import cn.tongxin.proposal.ProposalKind;
import cn.tongxin.proposal.ProposalStatus;
import cn.tongxin.support.DemoCommittees;
import cn.tongxin.support.IntegrationTest;

/** The proposal repository in SQL: every column written reads back, the version guards a save, events go out on save. */
@IntegrationTest
class ProposalsTests {

    @Autowired
    Proposals proposals;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private Proposal draft(long committee) {
        long member = jdbc.sql("select member_id from user_account where username = 'member'").query(Long.class).single();
        var form = new ProposalDraft(UUID.randomUUID().toString(), ProposalKind.INDIVIDUAL, "关于仓储映射往返的建议", null,
                "情况", "分析", "建议", "SOCIETY", "市交通运输局", true, null, null, null, List.of());
        return Proposal.draft(committee, form.requestKey(), form, member, "member", false, Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    @Test
    void everyColumnSavedReadsBackAndEachSaveMovesTheVersionOn() {
        long city = DemoCommittees.of(jdbc).city();
        var tx = new TransactionTemplate(transactions);
        long session = jdbc.sql("select id from plenary_session where committee_id = ? order by id limit 1").param(city).query(Long.class).single();
        Instant at = Instant.parse("2026-03-04T05:06:07.123456Z");
        long unit = jdbc.sql("select id from org_unit where committee_id = ? order by id limit 1").param(city).query(Long.class).single();
        long staff = jdbc.sql("select id from user_account where username = 'staff'").query(Long.class).single();
        long other = tx.execute(s -> proposals.save(draft(city)).getId());
        long id = tx.execute(s -> {
            Proposal p = draft(city);
            p.body = "正文";
            p.publishable = false;
            p.onBehalf = true;
            p.collectiveUnitId = unit;
            p.notFiledReason = "OUT_OF_SCOPE";
            p.conversion = "OPINION";
            p.mergedIntoId = other;
            p.convertedBy = staff;
            p.sessionId = session;
            p.sessionProposal = true;
            p.submittedAt = at;
            p.receivedOn = LocalDate.of(2026, 3, 4);
            p.number = 17;
            p.numberText = "第17号";
            p.filedAt = at.plusSeconds(60);
            p.reviewedAt = at.plusSeconds(30);
            p.reviewNote = "审查意见";
            p.keyProposal = true;
            p.outstanding = true;
            p.outstandingYear = 2026;
            p.keyMarkedOn = LocalDate.of(2026, 4, 1);
            p.outstandingMarkedOn = LocalDate.of(2026, 12, 1);
            p.closedAt = at.plusSeconds(3600);
            return proposals.save(p).getId();
        });
        Proposal read = tx.execute(s -> proposals.lock(city, id));
        assertThat(read.version()).isZero();
        assertThat(read.committeeId()).isEqualTo(city);
        assertThat(read.title()).isEqualTo("关于仓储映射往返的建议");
        assertThat(read.status()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(read.kind()).isEqualTo(ProposalKind.INDIVIDUAL);
        assertThat(read.situation).isEqualTo("情况");
        assertThat(read.suggestedUnits).isEqualTo("市交通运输局");
        assertThat(read.sessionId).isEqualTo(session);
        assertThat(read.sessionProposal).isTrue();
        assertThat(read.submittedAt).isEqualTo(at);
        assertThat(read.receivedOn).isEqualTo(LocalDate.of(2026, 3, 4));
        assertThat(read.number).isEqualTo(17);
        assertThat(read.numberText).isEqualTo("第17号");
        assertThat(read.filedAt).isEqualTo(at.plusSeconds(60));
        assertThat(read.reviewedAt).isEqualTo(at.plusSeconds(30));
        assertThat(read.reviewNote).isEqualTo("审查意见");
        assertThat(read.keyProposal).isTrue();
        assertThat(read.outstanding).isTrue();
        assertThat(read.outstandingYear).isEqualTo(2026);
        assertThat(read.keyMarkedOn).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(read.outstandingMarkedOn).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(read.closedAt).isEqualTo(at.plusSeconds(3600));
        assertThat(read.body).isEqualTo("正文");
        assertThat(read.publishable).isFalse();
        assertThat(read.onBehalf).isTrue();
        assertThat(read.collectiveUnitId).isEqualTo(unit);
        assertThat(read.notFiledReason).isEqualTo("OUT_OF_SCOPE");
        assertThat(read.conversion).isEqualTo("OPINION");
        assertThat(read.mergedIntoId).isEqualTo(other);
        assertThat(read.convertedBy).isEqualTo(staff);
        assertThat(read.enteredBy).isEqualTo("member");
        assertThat(read.requestKey).isNotBlank();
        assertThat(read.category).isEqualTo("SOCIETY");
        assertThat(read.analysis).isEqualTo("分析");
        assertThat(read.suggestions).isEqualTo("建议");
        assertThat(read.leadMemberId).isNotNull();
        assertThat(read.updatedAt).isNotNull();

        tx.executeWithoutResult(s -> {
            Proposal p = proposals.lock(city, id);
            p.reviewNote = "第二次审查意见";
            assertThat(proposals.save(p).version()).isEqualTo(1);
        });
        assertThat(jdbc.sql("select version, review_note from proposal where id = ?").param(id).query().singleRow())
                .containsEntry("version", 1).containsEntry("review_note", "第二次审查意见");
    }

    @Test
    void aSaveOverAnotherTransactionsChangeIsRefusedAndChangesNothing() {
        long city = DemoCommittees.of(jdbc).city();
        var tx = new TransactionTemplate(transactions);
        long id = tx.execute(s -> proposals.save(draft(city)).getId());
        Proposal stale = tx.execute(s -> proposals.lock(city, id));
        tx.executeWithoutResult(s -> {
            Proposal p = proposals.lock(city, id);
            p.reviewNote = "先保存的修改";
            proposals.save(p);
        });
        stale.reviewNote = "基于旧版本的修改";
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> proposals.save(stale)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(jdbc.sql("select review_note from proposal where id = ?").param(id).query(String.class).single())
                .isEqualTo("先保存的修改");
    }

    @Test
    void theEventsAStepRegisteredArePublishedOnSaveAndOnlyOnce() {
        long city = DemoCommittees.of(jdbc).city();
        var tx = new TransactionTemplate(transactions);
        long id = tx.execute(s -> proposals.save(draft(city)).getId());
        Proposal p = tx.execute(s -> {
            Proposal locked = proposals.lock(city, id);
            locked.inviteCosigners(Instant.now());
            locked.cosignersInvited(java.util.Set.of(-1L), Instant.now());
            assertThat(locked.pendingEvents()).hasSize(1).first().isInstanceOf(ProposalEvents.CosignersInvited.class);
            proposals.save(locked);
            return locked;
        });
        assertThat(p.pendingEvents()).isEmpty();
        assertThat(jdbc.sql("select count(*) from event_publication where event_type = ? and serialized_event like ?")
                .params(ProposalEvents.CosignersInvited.class.getName(), "%\"proposalId\":" + id + ",%").query(Long.class).single())
                .as("the search index's publication of the invitation, written once").isEqualTo(1);
    }
}
