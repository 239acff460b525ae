package cn.tongxin.handling;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.handling.internal.CaseSheetRows;
import cn.tongxin.shared.SubjectType;

/**
 * A subject list's handling columns for an export, for many subjects in a bounded number of queries: who handles it by
 * role (主办/单办, 会办, 分办), when it was assigned and replied, the reply categories and the ratings of the last round.
 */
@Service
@Transactional(readOnly = true)
public class CaseSheet {

    private final CaseSheetRows rows;

    CaseSheet(CaseSheetRows rows) {
        this.rows = rows;
    }

    /** By subject id; subjects never assigned are absent. */
    public Map<Long, Row> of(long committeeId, SubjectType subjectType, Collection<Long> subjectIds) {
        return rows.of(committeeId, subjectType, subjectIds);
    }

    /**
     * {@code leadUnits}: the 单办 or 主办 unit; {@code categories}: codes of the current round's replies;
     * {@code attitude}/{@code result}: the current round's ratings counted, e.g. "满意2、基本满意1".
     */
    public record Row(HandlingMode mode, List<String> leadUnits, List<String> coUnits, List<String> splitUnits,
                      Instant assignedAt, Instant repliedAt, List<String> categories, String attitude, String result) {
    }
}
