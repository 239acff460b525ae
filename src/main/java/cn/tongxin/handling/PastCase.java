package cn.tongxin.handling;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A past handling brought in with its real dates: assigned to units in a mode, replied (every responsible unit with
 * its reply category) on one day, and rated by the proposers.
 *
 * @param raters the members who rate the answer (the proposers)
 */
public record PastCase(HandlingMode mode, LocalDate assignedOn, List<Unit> units, LocalDate repliedOn, List<Rating> ratings,
                       Set<Long> raters) {

    /** One unit; {@code replyCategory} is the reply class code for a responsible unit, null for a co-handling one. */
    public record Unit(long unitId, UnitRole role, String replyCategory) {
    }

    public record Rating(long memberId, Satisfaction attitude, Satisfaction result, LocalDate ratedOn) {
    }
}
