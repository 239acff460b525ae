package cn.tongxin.handling;

import java.util.List;
import java.util.Set;

import cn.tongxin.shared.SubjectType;

/**
 * How one kind of subject is handled in one committee: the modes it may be handed in, its deadlines (months for
 * proposals and consultation outputs, working days for micro-suggestions), how long proposers have to rate, how long a
 * second round takes and what is rated. Read by the engine from the committee's settings, never passed in by a subject.
 *
 * @param reply     the handling deadline counted from the day of assignment
 * @param maxReply  the latest deadline extensions may reach
 * @param coOpinion when co-handling units owe the lead their opinion (lead with co-handling units only)
 * @param objection how long a unit may ask for reassignment
 */
public record HandlingProfile(SubjectType subject, Set<HandlingMode> modes, Term reply, Term maxReply, Term coOpinion,
                              Term objection, int ratingWindowDays, int rehandleMonths, List<String> ratingDimensions) {

    public boolean allows(HandlingMode mode) {
        return modes.contains(mode);
    }

    /** A span of time in the unit a rule speaks in. */
    public record Term(int amount, Unit unit) {

        public enum Unit { DAYS, WORKING_DAYS, MONTHS }

        public static Term months(int n) {
            return new Term(n, Unit.MONTHS);
        }

        public static Term days(int n) {
            return new Term(n, Unit.DAYS);
        }

        public static Term workingDays(int n) {
            return new Term(n, Unit.WORKING_DAYS);
        }
    }
}
