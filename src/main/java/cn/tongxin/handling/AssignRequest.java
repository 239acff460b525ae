package cn.tongxin.handling;

import java.util.List;
import java.util.Set;

import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.SubjectRef;

/**
 * A subject handed to units and the members who will rate the answer. The deadlines are the engine's: it reads them
 * from the subject type's {@link HandlingProfile}.
 *
 * @param responsibleUnits the sole unit, the lead unit, or every unit of a split
 * @param coUnits          co-handling units (only with {@link HandlingMode#LEAD_WITH_CO})
 * @param link             where people find the subject, for messages
 */
public record AssignRequest(SubjectRef subject, String title, String link, HandlingMode mode, List<Long> responsibleUnits,
                            List<Long> coUnits, Set<Long> raters) {

    public AssignRequest {
        if ((responsibleUnits != null && responsibleUnits.stream().anyMatch(java.util.Objects::isNull))
                || (coUnits != null && coUnits.stream().anyMatch(java.util.Objects::isNull))) {
            throw BusinessException.invalid("所选承办单位不存在或已停用");
        }
        responsibleUnits = responsibleUnits == null ? List.of() : List.copyOf(responsibleUnits);
        coUnits = coUnits == null ? List.of() : List.copyOf(coUnits);
        raters = raters == null ? Set.of() : Set.copyOf(raters);
    }
}
