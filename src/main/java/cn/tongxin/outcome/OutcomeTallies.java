package cn.tongxin.outcome;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.shared.SubjectType;

/**
 * {@link Outcomes#countInPeriod} for several committees at once (a committee and those below it), one query per kind
 * of outcome for all of them: distinct subjects adopted / instructed per level, the outcome dated in [from, to].
 */
@Service
@Transactional(readOnly = true)
public class OutcomeTallies {

    private final JdbcClient jdbc;

    OutcomeTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<Long, Outcomes.Counts> countInPeriod(Collection<Long> committeeIds, SubjectType subjectType, LocalDate from, LocalDate to) {
        Map<Long, Outcomes.Counts> counts = new HashMap<>();
        Long[] committees = committeeIds.toArray(Long[]::new);
        for (Long c : committees) {
            counts.put(c, new Outcomes.Counts(new EnumMap<>(AdoptionLevel.class), new EnumMap<>(InstructionLevel.class)));
        }
        jdbc.sql("""
                select committee_id, level, count(distinct subject_id) as n from outcome_adoption
                 where committee_id = any(?) and subject_type = ? and adopted_on between ? and ? group by committee_id, level""")
                .params(committees, subjectType.name(), from, to)
                .query((rs, n) -> counts.get(rs.getLong("committee_id")).adopted()
                        .put(AdoptionLevel.valueOf(rs.getString("level")), rs.getLong("n"))).list();
        jdbc.sql("""
                select committee_id, level, count(distinct subject_id) as n from outcome_instruction
                 where committee_id = any(?) and subject_type = ? and instructed_on between ? and ? group by committee_id, level""")
                .params(committees, subjectType.name(), from, to)
                .query((rs, n) -> counts.get(rs.getLong("committee_id")).instructed()
                        .put(InstructionLevel.valueOf(rs.getString("level")), rs.getLong("n"))).list();
        return counts;
    }
}
