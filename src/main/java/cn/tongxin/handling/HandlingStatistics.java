package cn.tongxin.handling;

import cn.tongxin.shared.SubjectType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.handling.internal.CaseFigures;

/**
 * Handling figures by subject type over a period (e.g. the filed proposals of a session), as DOMAIN.md defines them:
 * 办复 when every required reply is in; 按期 when that happened by the (possibly extended) deadline; categories and
 * satisfaction from the final round; per unit: assigned, acknowledged, replied, on time, overdue, satisfaction.
 */
@Service
@Transactional(readOnly = true)
public class HandlingStatistics {

    private final CaseFigures figures;
    private final Clock clock;

    HandlingStatistics(CaseFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    /**
     * The figures of the subjects of one type a period selects (e.g. the filed proposals of a session). The period is
     * the subject's own (its session, its date of submission), so the subject module says which of its records fall
     * in it; the selection runs here as a sub-select, however many subjects.
     */
    public Summary summarize(long committeeId, SubjectType subjectType, Selection period) {
        return figures.summarize(committeeId, subjectType, period, LocalDate.now(clock));
    }

    /**
     * The subjects a period selects, as the subject module's own query of their ids: the period is the subject's (a
     * proposal's session or submission date), which the engine does not know. It may use {@code :committee}, bound to
     * the committee, and its own named parameters; {@code :type} and {@code :today} are the engine's.
     */
    public record Selection(String ids, Map<String, ?> params) {
        public Selection {
            params = Map.copyOf(params);
        }
    }

    /** {@code overdue}: cases still being handled with a responsible unit past its deadline today. */
    public record Summary(long cases, long replied, long repliedOnTime, Map<String, Long> categories, Dimension attitude,
                          Dimension result, long unrated, List<UnitRow> units, long overdue) {
    }

    /** Ratings of one dimension: 满意率 = 满意 ÷ rated; 满意和基本满意率 = (满意 + 基本满意) ÷ rated. */
    public record Dimension(long rated, long satisfied, long basicallySatisfied, long dissatisfied) {
        static final Dimension EMPTY = new Dimension(0, 0, 0, 0);
    }

    public record UnitRow(long unitId, String unitName, long assigned, long acknowledged, long replied, long onTime,
                          long overdue, long rated, long satisfiedOrBasically) {
    }
}
