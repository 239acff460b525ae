package cn.tongxin.handling;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.shared.SubjectType;

/**
 * Handling figures of several committees at once (a committee and those below it), one query for all of them,
 * with the definitions of {@link HandlingStatistics}: 办复 when every required reply of the case is in.
 */
@Service
@Transactional(readOnly = true)
public class HandlingTallies {

    private final JdbcClient jdbc;

    HandlingTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The replied subjects among those the selection picks, as SQL returning {@code committee_id, id}: the one
     * definition of 办复 that the counts below and the drill-downs (which join their own rows on it) share. It uses
     * {@code :committees}, {@code :type} and the selection's own named parameters.
     */
    public static String replied(HandlingStatistics.Selection selection) {
        return """
                select s.committee_id, s.id
                  from (%s) s join handling_case c on c.committee_id = s.committee_id and c.subject_type = :type and c.subject_id = s.id
                 where c.committee_id = any(:committees) and c.first_replied_at is not null""".formatted(selection.ids());
    }

    /**
     * Replied cases per committee among the subjects the selection picks. The selection's query returns the subjects'
     * {@code committee_id, id} (joined on both, so the plan stays a hash join however many committees); it may use
     * {@code :committees} (the committees, an array) and its own named parameters.
     */
    public Map<Long, Long> repliedBy(Collection<Long> committeeIds, SubjectType subjectType, HandlingStatistics.Selection selection) {
        Map<Long, Long> replied = new HashMap<>();
        var spec = jdbc.sql("select r.committee_id, count(*) as n from (" + replied(selection) + ") r group by r.committee_id");
        selection.params().forEach(spec::param);
        spec.param("committees", committeeIds.toArray(Long[]::new)).param("type", subjectType.name())
                .query((rs, n) -> replied.put(rs.getLong("committee_id"), rs.getLong("n"))).list();
        return replied;
    }
}
