package cn.tongxin.report.internal;

import java.util.Optional;

import cn.tongxin.activity.ActivityType;
import cn.tongxin.activity.OutputKind;
import cn.tongxin.opinion.ForwardHeadlines;
import cn.tongxin.outcome.AdoptionLevel;
import cn.tongxin.outcome.InstructionKind;
import cn.tongxin.outcome.InstructionLevel;
import cn.tongxin.proposal.KeyAppraisals;
import cn.tongxin.rollup.Figure;
import cn.tongxin.shared.BusinessException;

/**
 * The keys of the annual figures, as stored in a snapshot: a rollup {@link Figure} by name, {@code MEMBERS} and
 * {@code STUDIOS} (as of today), {@code CATEGORY_RECEIVED:<code>} / {@code CATEGORY_FILED:<code>} per proposal category,
 * {@code ACTIVITY_TYPE:<type>} per activity type (and {@code ACTIVITY_PERSON_TIMES:<type>}, its 人次, for the types the
 * report counts people in: trainings, {@link #TRAINING_TYPES}), {@code OUTPUT_KIND:<kind>} per kind of output and
 * {@code SUPERVISION_GROUPS}, {@code PARTY_PROPOSALS} and {@code PARTY_REPORTS} (parties' and groups' own);
 * {@code FORWARDED:<level>} (edited items 报送 per level) and {@code UPWARD:<REPORTS|OUTPUTS>:<SUBMITTED|ADOPTED|INSTRUCTED>}
 * (报送上级 and its outcome above).
 */
public final class FigureKeys {

    public static final String MEMBERS = "MEMBERS";
    public static final String STUDIOS = "STUDIOS";
    public static final String CATEGORY_RECEIVED = "CATEGORY_RECEIVED:";
    public static final String CATEGORY_FILED = "CATEGORY_FILED:";
    public static final String ACTIVITY_TYPE = "ACTIVITY_TYPE:";
    public static final String ACTIVITY_PERSON_TIMES = "ACTIVITY_PERSON_TIMES:";
    /** Members' training (DOMAIN.md §7: 举办培训班 N 期, 培训委员 N 人次): the activities of these types and their 人次. */
    public static final java.util.List<ActivityType> TRAINING_TYPES = java.util.List.of(ActivityType.TRAINING);
    public static final String OUTPUT_KIND = "OUTPUT_KIND:";
    public static final String SUPERVISION_GROUPS = "SUPERVISION_GROUPS";
    public static final String PARTY_PROPOSALS = "PARTY_PROPOSALS";
    public static final String PARTY_REPORTS = "PARTY_REPORTS";
    public static final String FORWARDED = "FORWARDED:";
    public static final String UPWARD = "UPWARD:";
    // proposal-side figures (issue 12): per party received and made key, leaders' 签批 / 批示, 民主评议 of key proposals' units
    public static final String BY_PARTY = "BY_PARTY:";
    public static final String KEY_BY_PARTY = "KEY_BY_PARTY:";
    public static final String PROPOSAL_OUTCOME = "PROPOSAL_OUTCOME:";
    public static final String KEY_APPRAISAL_UNITS = "KEY_APPRAISAL_UNITS";
    public static final String KEY_APPRAISAL_RATINGS = "KEY_APPRAISAL_RATINGS";
    public static final String KEY_APPRAISAL = "KEY_APPRAISAL:";

    private FigureKeys() {
    }

    /** A key parsed: one of the kinds above with its argument. */
    public sealed interface Key {
    }

    public record OfFigure(Figure figure) implements Key {
    }

    public record Members() implements Key {
    }

    public record Studios() implements Key {
    }

    public record Category(String code, boolean filed) implements Key {
    }

    /** Activities of a type held, or ({@code personTimes}) their attendance records (人次). */
    public record OfActivityType(ActivityType type, boolean personTimes) implements Key {
    }

    public record OfOutputKind(OutputKind kind) implements Key {
    }

    public record SupervisionGroups() implements Key {
    }

    public record PartyProposals() implements Key {
    }

    public record PartyReports() implements Key {
    }

    /** Proposals of a party or group ({@code BY_PARTY:<name>}), or those of them made key ({@code KEY_BY_PARTY:<name>}). */
    public record OfParty(String party, boolean key) implements Key {
    }

    /** Proposals a leader of a level signed off or instructed: {@code PROPOSAL_OUTCOME:<kind>:<level>}. */
    public record ProposalOutcome(InstructionKind kind, InstructionLevel level) implements Key {
    }

    /** Units appraised, all ratings ({@code verdict} null) or those of one verdict: {@code KEY_APPRAISAL:<verdict>}. */
    public record KeyAppraisal(boolean units, KeyAppraisals.Verdict verdict) implements Key {
    }

    public static String proposalOutcome(InstructionKind kind, InstructionLevel level) {
        return PROPOSAL_OUTCOME + kind.name() + ":" + level.name();
    }

    public record Forwarded(AdoptionLevel level) implements Key {
    }

    public record SentUpward(ForwardHeadlines.Sent sent, ForwardHeadlines.Upward measure) implements Key {
    }

    public static String upward(ForwardHeadlines.Sent sent, ForwardHeadlines.Upward measure) {
        return UPWARD + sent.name() + ":" + measure.name();
    }

    /** Figures that count what is there today, not what happened in the period: last year has them only if locked. */
    public static boolean asOfToday(String key) {
        return MEMBERS.equals(key) || STUDIOS.equals(key) || PeopleFigures.asOfToday(key);
    }

    public static Key parse(String key) {
        return tryParse(key).orElseThrow(() -> unknown(key));
    }

    static BusinessException unknown(String key) {
        return BusinessException.invalid("没有这个统计项：" + key);
    }

    static Optional<Key> tryParse(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        if (key.startsWith(FORWARDED) || key.startsWith(UPWARD)) {
            return tryParseForwarded(key);
        }
        if (key.equals(MEMBERS)) {
            return Optional.of(new Members());
        }
        if (key.equals(STUDIOS)) {
            return Optional.of(new Studios());
        }
        if (key.equals(SUPERVISION_GROUPS)) {
            return Optional.of(new SupervisionGroups());
        }
        if (key.equals(PARTY_PROPOSALS)) {
            return Optional.of(new PartyProposals());
        }
        if (key.equals(PARTY_REPORTS)) {
            return Optional.of(new PartyReports());
        }
        Optional<Key> proposalSide = proposalSide(key);
        if (proposalSide.isPresent()) {
            return proposalSide;
        }
        if (key.startsWith(CATEGORY_RECEIVED) && key.length() > CATEGORY_RECEIVED.length()) {
            return Optional.of(new Category(key.substring(CATEGORY_RECEIVED.length()), false));
        }
        if (key.startsWith(CATEGORY_FILED) && key.length() > CATEGORY_FILED.length()) {
            return Optional.of(new Category(key.substring(CATEGORY_FILED.length()), true));
        }
        try {
            if (key.startsWith(OUTPUT_KIND)) {
                return Optional.of(new OfOutputKind(OutputKind.valueOf(key.substring(OUTPUT_KIND.length()))));
            }
            if (key.startsWith(ACTIVITY_TYPE)) {
                return Optional.of(new OfActivityType(ActivityType.valueOf(key.substring(ACTIVITY_TYPE.length())), false));
            }
            if (key.startsWith(ACTIVITY_PERSON_TIMES)) {
                return Optional.of(new OfActivityType(ActivityType.valueOf(key.substring(ACTIVITY_PERSON_TIMES.length())), true));
            }
            return Optional.of(new OfFigure(Figure.valueOf(key)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The 报送 keys: {@code FORWARDED:<level>}, {@code UPWARD:<sent>:<measure>}. */
    private static Optional<Key> tryParseForwarded(String key) {
        try {
            if (key.startsWith(FORWARDED)) {
                return Optional.of(new Forwarded(AdoptionLevel.valueOf(key.substring(FORWARDED.length()))));
            }
            String[] parts = key.substring(UPWARD.length()).split(":", -1);
            return parts.length != 2 ? Optional.empty() : Optional.of(new SentUpward(ForwardHeadlines.Sent.valueOf(parts[0]),
                    ForwardHeadlines.Upward.valueOf(parts[1])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Key> proposalSide(String key) {
        if (key.startsWith(BY_PARTY) && key.length() > BY_PARTY.length()) {
            return Optional.of(new OfParty(key.substring(BY_PARTY.length()), false));
        }
        if (key.startsWith(KEY_BY_PARTY) && key.length() > KEY_BY_PARTY.length()) {
            return Optional.of(new OfParty(key.substring(KEY_BY_PARTY.length()), true));
        }
        if (key.equals(KEY_APPRAISAL_UNITS)) {
            return Optional.of(new KeyAppraisal(true, null));
        }
        if (key.equals(KEY_APPRAISAL_RATINGS)) {
            return Optional.of(new KeyAppraisal(false, null));
        }
        try {
            if (key.startsWith(KEY_APPRAISAL)) {
                return Optional.of(new KeyAppraisal(false, KeyAppraisals.Verdict.valueOf(key.substring(KEY_APPRAISAL.length()))));
            }
            if (key.startsWith(PROPOSAL_OUTCOME)) {
                String[] parts = key.substring(PROPOSAL_OUTCOME.length()).split(":");
                if (parts.length == 2) {
                    return Optional.of(new ProposalOutcome(InstructionKind.valueOf(parts[0]), InstructionLevel.valueOf(parts[1])));
                }
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
