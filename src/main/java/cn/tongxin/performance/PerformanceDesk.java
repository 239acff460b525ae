package cn.tongxin.performance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.tongxin.account.CurrentUser;

/** The performance record's part of the home page: the member's points and grade this year, once computed. */
@Service
public class PerformanceDesk {

    private final JdbcClient jdbc;
    private final Clock clock;

    PerformanceDesk(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Standing(int year, BigDecimal total, String grade) {
    }

    /** The member's latest computed result of this year, if there is one. */
    public Optional<Standing> thisYear(CurrentUser member) {
        if (member.memberId() == null) {
            return Optional.empty();
        }
        int year = LocalDate.now(clock).getYear();
        return jdbc.sql("""
                select total, grade from performance_score where committee_id = ? and year = ? and member_id = ?
                 order by computed_at desc limit 1""")
                .params(member.committeeId(), year, member.memberId())
                .query((rs, n) -> new Standing(year, rs.getBigDecimal("total"), rs.getString("grade"))).optional();
    }
}
