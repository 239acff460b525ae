package cn.tongxin.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.report.internal.AnnualScope;
import cn.tongxin.report.internal.AnnualSnapshots;
import cn.tongxin.rollup.Figure;

/**
 * The annual figures a committee published: only years locked when the standing committee adopted its work report,
 * only the headline figures of the committee itself, as locked. For the public portal (no login).
 */
@Service
@Transactional(readOnly = true)
public class PublishedFigures {

    private static final int YEARS = 5;

    private final JdbcClient jdbc;
    private final AnnualSnapshots snapshots;

    PublishedFigures(JdbcClient jdbc, AnnualSnapshots snapshots) {
        this.jdbc = jdbc;
        this.snapshots = snapshots;
    }

    /** The last locked years, newest first. */
    public List<Year> of(long committeeId) {
        List<Year> years = new ArrayList<>();
        jdbc.sql("select year, adopted_on from annual_lock where committee_id = ? order by year desc limit ?")
                .params(committeeId, YEARS)
                .query((rs, n) -> new Object[] {rs.getInt("year"), rs.getDate("adopted_on").toLocalDate()}).list()
                .forEach(row -> {
                    Map<String, Long> figures = snapshots.figures(committeeId, (Integer) row[0], AnnualScope.OWN);
                    List<Line> lines = new ArrayList<>();
                    for (Figure f : Figure.values()) {
                        Long value = figures.get(f.name());
                        if (value != null) {
                            lines.add(new Line(f.area(), f.label(), value));
                        }
                    }
                    years.add(new Year((Integer) row[0], (LocalDate) row[1], lines));
                });
        return years;
    }

    public record Year(int year, LocalDate adoptedOn, List<Line> figures) {
    }

    public record Line(String area, String label, long value) {
    }
}
