package cn.tongxin.performance;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.tongxin.account.RunAs;
import cn.tongxin.performance.internal.Recorder;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/**
 * Demo members of the city (none are created: the demo's counts stay true) and record entries put through the ledger
 * and scored like the listeners do ({@code Recorder.put} then {@code Scores.refresh}). Each test class uses its own
 * members and its own year, under the base-and-deduct default published for that year.
 */
final class PerformanceFixture {

    private static final AtomicLong SOURCES = new AtomicLong(9_000_000);

    private final JdbcClient jdbc;
    private final RunAs runAs;
    private final PointsRules rules;
    private final Recorder recorder;
    private final Scores scores;
    final long city;

    PerformanceFixture(JdbcClient jdbc, RunAs runAs, PointsRules rules, Recorder recorder, Scores scores) {
        this.jdbc = jdbc;
        this.runAs = runAs;
        this.rules = rules;
        this.recorder = recorder;
        this.scores = scores;
        this.city = jdbc.sql("select id from committee where name = '示例市政协'").query(Long.class).single();
    }

    /**
     * Publishes the base-and-deduct default for the year (through the rules' use case), so that the figures do not
     * depend on rule sets other tests published for earlier years.
     */
    void baseAndDeduct(int year) {
        runAs.user("staff", () -> {
            long id = rules.draft(year, null, DefaultRuleSets.BASE_AND_DEDUCT);
            rules.publish(id, rules.show(id).version());
        });
    }

    /** Demo members of the city without an account (the demo users' members stay untouched), in id order. */
    List<Long> plainMembers(int offset, int count) {
        return jdbc.sql("""
                select m.id from member m where m.committee_id = ? and m.status = 'ACTIVE'
                   and not exists (select 1 from user_account a where a.member_id = m.id) order by m.id offset ? limit ?""")
                .params(city, offset, count).query(Long.class).list();
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
