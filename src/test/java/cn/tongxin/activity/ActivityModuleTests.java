package cn.tongxin.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

import cn.tongxin.account.Accounts;
import cn.tongxin.account.RunAs;
import cn.tongxin.member.RegisterMembers;
import cn.tongxin.organization.CommitteeSetup;
import cn.tongxin.support.ModuleTestCommittee;

/**
 * The activity module with its dependencies: what happens at an activity is published as facts about members
 * (for their performance record), and a published activity reaches the invitees as a notification.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"shared", "web"})
@TestPropertySource(properties = {"tongxin.database.embedded.database=module_activity",
        "spring.datasource.hikari.maximum-pool-size=5"})
class ActivityModuleTests {

    final PlanActivities plan;
    final Participation participation;
    final ActivityClosing closing;
    final RunAs runAs;
    final JdbcClient jdbc;
    final Clock clock;
    final CommitteeSetup setup;
    final Accounts accounts;
    final RegisterMembers roster;
    ModuleTestCommittee committee;

    ActivityModuleTests(PlanActivities plan, Participation participation, ActivityClosing closing, RunAs runAs, JdbcClient jdbc,
                        Clock clock, CommitteeSetup setup, Accounts accounts, RegisterMembers roster) {
        this.plan = plan;
        this.participation = participation;
        this.closing = closing;
        this.runAs = runAs;
        this.jdbc = jdbc;
        this.clock = clock;
        this.setup = setup;
        this.accounts = accounts;
        this.roster = roster;
    }

    @BeforeAll
    void committee() {
        committee = ModuleTestCommittee.open(setup, accounts, roster, runAs);
    }

    ActivityForm activity(String title, LocalDateTime starts) {
        return new ActivityForm(title, ActivityType.RESEARCH, OrganiserKind.OFFICE, null, "提案委员会办公室", starts,
                starts.plusHours(3), "市政协三楼会议室", false, null, null, false, List.of(committee.member(), committee.member2()),
                List.of(), List.of(), List.of(), false, List.of(), List.of());
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
    }

    @Test
    void aPlannedActivityIsPublishedToItsInviteesWhoAreNotified(Scenario scenario) {
        scenario.stimulate(() -> runAs.user("staff", () -> plan.create(activity("专题协商会", now().plusDays(3)))))
                .andWaitForEventOfType(ActivityEvents.Published.class)
                .toArriveAndVerify((e, id) -> {
                    assertThat(e.activityId()).isEqualTo(id);
                    assertThat(e.invitees()).containsExactlyInAnyOrder(committee.member(), committee.member2());
                    assertThat(jdbc.sql("select count(*) from notification where recipient_kind = 'MEMBER' and link = ?")
                            .param("/activities/" + id).query(Long.class).single()).isEqualTo(2);
                });
    }

    @Test
    void anApprovedLeaveIsAnExcusedFactOfTheMember(Scenario scenario) {
        long id = runAs.user("staff", () -> plan.create(activity("请假测试活动", now().plusDays(2))));
        runAs.user("member", () -> participation.requestLeave(id, "出差"));
        scenario.stimulate(() -> runAs.user("staff", () -> participation.decideLeave(id, committee.member(), true)))
                .andWaitForEventOfType(ActivityEvents.Excused.class)
                .matching(e -> e.activityId() == id)
                .toArriveAndVerify(e -> assertThat(e.memberId()).isEqualTo(committee.member()));
    }

    @Test
    void closingAnEndedActivityCountsWhoWasThereAndWhoWasAbsent(Scenario scenario) {
        long id = runAs.user("staff", () -> plan.create(activity("已结束的调研", now().minusDays(10))));
        scenario.stimulate(() -> runAs.user("staff", () -> participation.markPresent(id, committee.member())))
                .andWaitForEventOfType(ActivityEvents.Attended.class)
                .matching(e -> e.activityId() == id)
                .toArriveAndVerify(e -> assertThat(e.memberId()).isEqualTo(committee.member()));
        scenario.stimulate(() -> runAs.user("staff", () -> closing.close(id)))
                .andWaitForEventOfType(ActivityEvents.Closed.class)
                .matching(e -> e.activityId() == id)
                .toArriveAndVerify(e -> assertThat(e.absent()).containsExactly(committee.member2()));
    }
}
