package cn.tongxin.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

import cn.tongxin.account.Accounts;
import cn.tongxin.account.RunAs;
import cn.tongxin.member.RegisterMembers;
import cn.tongxin.organization.CommitteeSetup;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.support.ModuleTestCommittee;

/**
 * The handling engine with its own dependencies and no subject module at all: a subject is only a type and an id, and
 * every step of the flow is a fact the engine publishes. (The member module is included only to open the test's
 * committee: the raters are members.)
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"shared", "web", "member", "privacy"})
@TestPropertySource(properties = {"tongxin.database.embedded.database=module_handling",
        "spring.datasource.hikari.maximum-pool-size=5"})
class HandlingModuleTests {

    static final UnitWork.ReplyForm REPLY = new UnitWork.ReplyForm("已办理", "A", "签发人", "联系人", "0551-1234567");
    static final AtomicLong SUBJECTS = new AtomicLong(9_000_000);

    final AssignToUnits assign;
    final UnitWork unitWork;
    final RatingAndClosing rating;
    final RunAs runAs;
    final JdbcClient jdbc;
    final CommitteeSetup setup;
    final Accounts accounts;
    final RegisterMembers roster;
    ModuleTestCommittee committee;

    HandlingModuleTests(AssignToUnits assign, UnitWork unitWork, RatingAndClosing rating, RunAs runAs, JdbcClient jdbc,
                        CommitteeSetup setup, Accounts accounts, RegisterMembers roster) {
        this.assign = assign;
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

    /** A subject no module here knows: the engine needs nothing but its type, id, title, units and raters. */
    SubjectRef subject() {
        return SubjectRef.of(SubjectType.PROPOSAL, SUBJECTS.incrementAndGet());
    }

    long assigned(SubjectRef subject) {
        return runAs.user("staff", () -> assign.assign(new AssignRequest(subject, "模块测试事项", "/subjects/" + subject.id(),
                HandlingMode.SOLE, List.of(committee.unit()), List.of(), Set.of(committee.member()))));
    }

    long assignmentOf(long caseId) {
        return jdbc.sql("select id from handling_assignment where case_id = ?").param(caseId).query(Long.class).single();
    }

    long replied(SubjectRef subject) {
        long caseId = assigned(subject);
        long assignment = assignmentOf(caseId);
        runAs.user("unit", () -> unitWork.acknowledge(assignment));
        runAs.user("unit", () -> unitWork.reply(assignment, REPLY, null));
        return caseId;
    }

    String caseStatus(long caseId) {
        return jdbc.sql("select status from handling_case where id = ?").param(caseId).query(String.class).single();
    }

    @Test
    void assigningASubjectPublishesAssignedWithTheCase(AssertablePublishedEvents events) {
        var subject = subject();
        long caseId = assigned(subject);
        assertThat(events).contains(HandlingEvents.Assigned.class)
                .matching(HandlingEvents.Assigned::caseId, caseId)
                .matching(HandlingEvents.Assigned::subject, subject)
                .matching(HandlingEvents.Assigned::committeeId, committee.committeeId());
        assertThat(caseStatus(caseId)).isEqualTo("HANDLING");
    }

    @Test
    void theLastReplyOfTheRoundIsPublishedAsCaseReplied(Scenario scenario) {
        var subject = subject();
        long caseId = assigned(subject);
        long assignment = assignmentOf(caseId);
        runAs.user("unit", () -> unitWork.acknowledge(assignment));
        scenario.stimulate(() -> runAs.user("unit", () -> unitWork.reply(assignment, REPLY, null)))
                .andWaitForEventOfType(HandlingEvents.CaseReplied.class)
                .matching(e -> e.caseId() == caseId)
                .toArriveAndVerify(e -> {
                    assertThat(e.subject()).isEqualTo(subject);
                    assertThat(e.round()).isEqualTo(1);
                    assertThat(caseStatus(caseId)).isEqualTo("REPLIED");
                });
    }

    @Test
    void aProposersRatingIsPublishedWithTheMember(Scenario scenario) {
        long caseId = replied(subject());
        scenario.stimulate(() -> runAs.user("member", () -> rating.rate(caseId,
                        new RatingAndClosing.RatingForm(Satisfaction.SATISFIED, Satisfaction.DISSATISFIED, "仍未解决"))))
                .andWaitForEventOfType(HandlingEvents.Rated.class)
                .matching(e -> e.caseId() == caseId)
                .toArriveAndVerify(e -> {
                    assertThat(e.memberId()).isEqualTo(committee.member());
                    assertThat(e.attitude()).isEqualTo(Satisfaction.SATISFIED);
                    assertThat(e.result()).isEqualTo(Satisfaction.DISSATISFIED);
                });
        scenario.stimulate(() -> runAs.user("staff", () -> rating.orderRehandling(caseId, "请重新答复")))
                .andWaitForEventOfType(HandlingEvents.RehandlingOrdered.class)
                .matching(e -> e.caseId() == caseId)
                .toArriveAndVerify(e -> {
                    assertThat(e.round()).isEqualTo(2);
                    assertThat(caseStatus(caseId)).isEqualTo("HANDLING");
                });
    }

    @Test
    void closingAndReopeningAreTheEnginesFactsForTheSubjectToFollow(Scenario scenario) {
        var subject = subject();
        long caseId = replied(subject);
        runAs.user("member", () -> rating.rate(caseId,
                new RatingAndClosing.RatingForm(Satisfaction.SATISFIED, Satisfaction.SATISFIED, null)));
        scenario.stimulate(() -> runAs.user("staff", () -> rating.close(subject)))
                .andWaitForEventOfType(HandlingEvents.CaseClosed.class)
                .matching(e -> e.caseId() == caseId)
                .toArriveAndVerify(e -> {
                    assertThat(e.subject()).isEqualTo(subject);
                    assertThat(caseStatus(caseId)).isEqualTo("CLOSED");
                });
        scenario.stimulate(() -> runAs.user("staff", () -> rating.reopen(subject, "补充评价")))
                .andWaitForEventOfType(HandlingEvents.CaseReopened.class)
                .matching(e -> e.caseId() == caseId)
                .toArriveAndVerify(e -> assertThat(e.reason()).isEqualTo("补充评价"));
    }
}
