package cn.tongxin.performance;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.account.RunAs;
import cn.tongxin.member.Gender;
import cn.tongxin.member.MemberForm;
import cn.tongxin.member.MemberStatus;
import cn.tongxin.member.RegisterMembers;
import cn.tongxin.organization.CommitteeSetup;
import cn.tongxin.organization.OrgUnitKind;
import cn.tongxin.performance.internal.Recorder;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/**
 * Members of the demo city created through the roster's use case, and record entries put through the ledger and
 * scored like the listeners do ({@code Recorder.put} then {@code Scores.refresh}). Each test uses its own members.
 */
final class PerformanceFixture {

    private static final AtomicLong SOURCES = new AtomicLong(9_000_000);
    private static final AtomicLong MOBILES = new AtomicLong(13_970_000_000L + (System.nanoTime() % 100_000) * 10);

    private final JdbcClient jdbc;
    private final RunAs runAs;
    private final CommitteeSetup setup;
    private final RegisterMembers roster;
    private final Recorder recorder;
    private final Scores scores;
    final long city;

    PerformanceFixture(JdbcClient jdbc, RunAs runAs, CommitteeSetup setup, RegisterMembers roster, Recorder recorder, Scores scores) {
        this.jdbc = jdbc;
        this.runAs = runAs;
        this.setup = setup;
        this.roster = roster;
        this.recorder = recorder;
        this.scores = scores;
        this.city = jdbc.sql("select id from committee where name = '示例市政协'").query(Long.class).single();
    }

    long unit(OrgUnitKind kind, String name) {
        return runAs.user("admin", () -> setup.addUnit(kind, name, 99));
    }

    long member(String name, Long sector, Long studio, boolean standing) {
        String mobile = Long.toString(MOBILES.incrementAndGet());
        return runAs.user("admin", () -> roster.register(new MemberForm(name, Gender.FEMALE, "汉族", LocalDate.of(1975, 3, 1), null,
                sector, null, studio, "某单位职员", mobile, standing, null, MemberStatus.ACTIVE)));
    }

    long demoMember(String username) {
        return jdbc.sql("select member_id from user_account where username = ?").param(username).query(Long.class).single();
    }

    /** A fact of a made-up proposal (or activity, for attendance) of the member, recorded and scored. */
    Fact fact(long member, LocalDate on, FactKind kind, String qualifier, MemberRole role) {
        long source = SOURCES.incrementAndGet();
        boolean attendance = kind == FactKind.ATTENDED || kind == FactKind.EXCUSED || kind == FactKind.ABSENT || kind == FactKind.OBSERVED;
        SubjectType type = attendance ? SubjectType.ACTIVITY : kind.name().startsWith("REPORT") ? SubjectType.OPINION_REPORT : SubjectType.PROPOSAL;
        String path = switch (type) {
            case ACTIVITY -> "/activities/";
            case OPINION_REPORT -> "/opinions/";
            default -> "/proposals/";
        };
        return new Fact(city, member, on, kind, qualifier, role, 0, SubjectRef.of(type, source), "测试" + kind.label() + source,
                path + source);
    }

    void record(List<Fact> facts) {
        scores.refresh(city, recorder.put(facts));
    }
}
