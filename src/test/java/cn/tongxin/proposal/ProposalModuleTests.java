package cn.tongxin.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

import cn.tongxin.account.Accounts;
import cn.tongxin.account.RunAs;
import cn.tongxin.handling.HandlingEvents;
import cn.tongxin.handling.HandlingMode;
import cn.tongxin.handling.RatingAndClosing;
import cn.tongxin.handling.Satisfaction;
import cn.tongxin.handling.UnitWork;
import cn.tongxin.member.RegisterMembers;
import cn.tongxin.organization.CommitteeSetup;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.support.ModuleTestCommittee;

/**
 * The proposal module with the modules it depends on (the handling engine among them), without the demo and the
 * modules nobody here needs: a filed proposal is handed to the engine, the engine's facts come back as events and the
 * proposal follows them.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"shared", "web"})
@TestPropertySource(properties = {"tongxin.database.embedded.database=module_proposal",
        "spring.datasource.hikari.maximum-pool-size=5"})
class ProposalModuleTests {

    static final UnitWork.ReplyForm REPLY = new UnitWork.ReplyForm("已办理", "A", "签发人", "联系人", "0551-1234567");

    final DraftProposals drafts;
    final SubmitProposals submissions;
    final ReviewProposals review;
    final ProposalHandling handling;
    final UnitWork unitWork;
    final RatingAndClosing rating;
    final RunAs runAs;
    final JdbcClient jdbc;
    final CommitteeSetup setup;
    final Accounts accounts;
    final RegisterMembers roster;
    ModuleTestCommittee committee;

    ProposalModuleTests(DraftProposals drafts, SubmitProposals submissions, ReviewProposals review, ProposalHandling handling,
                        UnitWork unitWork, RatingAndClosing rating, RunAs runAs, JdbcClient jdbc, CommitteeSetup setup,
                        Accounts accounts, RegisterMembers roster) {
        this.drafts = drafts;
        this.submissions = submissions;
        this.review = review;
        this.handling = handling;
        this.unitWork = unitWork;
        this.rating = rating;
        this.runAs = runAs;
        this.jdbc = jdbc;
        this.setup = setup;
        this.accounts = accounts;
        this.roster = roster;
    }

    @BeforeAll
    void committee() {
        committee = ModuleTestCommittee.open(setup, accounts, roster, runAs);
    }

    long filed(String title) {
        long id = runAs.user("member", () -> drafts.create(new ProposalDraft(UUID.randomUUID().toString(), ProposalKind.INDIVIDUAL,
                title, null, "情况说明", "原因分析", "具体建议", "SOCIETY", null, true, null, null), List.of()));
        runAs.user("member", () -> submissions.submit(id));
        runAs.user("staff", () -> review.file(id, null));
        return id;
    }

    long assignmentOf(long caseId) {
        return jdbc.sql("select id from handling_assignment where case_id = ?").param(caseId).query(Long.class).single();
    }

    String statusOf(long id) {
        return jdbc.sql("select status from proposal where id = ?").param(id).query(String.class).single();
    }

    @Test
    void assigningAFiledProposalHandsItToTheEngine(Scenario scenario) {
        long id = filed("关于交办后由办理引擎接手的建议");
        scenario.stimulate(() -> runAs.user("staff", () -> handling.assign(id, HandlingMode.SOLE, List.of(committee.unit()), List.of())))
                .andWaitForEventOfType(HandlingEvents.Assigned.class)
                .matching(e -> e.subject().equals(SubjectRef.of(SubjectType.PROPOSAL, id)))
                .toArriveAndVerify((e, caseId) -> {
                    assertThat(e.caseId()).isEqualTo(caseId);
                    assertThat(e.committeeId()).isEqualTo(committee.committeeId());
                    assertThat(statusOf(id)).isEqualTo("HANDLING");
                });
    }

    @Test
    void theUnitsReplyReachesTheProposalAsTheEnginesFactAndClosingTheCaseClosesTheProposal(Scenario scenario) {
        long id = filed("关于答复与办结的建议");
        long caseId = runAs.user("staff", () -> handling.assign(id, HandlingMode.SOLE, List.of(committee.unit()), List.of()));
        long assignment = assignmentOf(caseId);
        runAs.user("unit", () -> unitWork.acknowledge(assignment));

        scenario.stimulate(() -> runAs.user("unit", () -> unitWork.reply(assignment, REPLY, null)))
                .andWaitForEventOfType(HandlingEvents.CaseReplied.class)
                .matching(e -> e.caseId() == caseId)
                .toArriveAndVerify(e -> {
                    assertThat(e.subject()).isEqualTo(SubjectRef.of(SubjectType.PROPOSAL, id));
                    assertThat(e.round()).isEqualTo(1);
                });

        runAs.user("member", () -> rating.rate(caseId, new RatingAndClosing.RatingForm(Satisfaction.SATISFIED,
                Satisfaction.SATISFIED, null)));
        scenario.stimulate(() -> runAs.user("staff", () -> handling.close(id)))
                .andWaitForEventOfType(ProposalEvents.Closed.class)
                .matching(e -> e.proposalId() == id)
                .toArriveAndVerify(e -> assertThat(statusOf(id)).isEqualTo("CLOSED"));
        assertThat(jdbc.sql("select status from handling_case where id = ?").param(caseId).query(String.class).single())
                .isEqualTo("CLOSED");
    }
}
