package cn.tongxin.shared;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A lifecycle as data: status × action → next status, and which parties may take the step. Aggregates check their
 * transitions against it, pages and the API offer exactly the actions it allows, tests walk its rows.
 *
 * @param <S> the status
 * @param <A> the action
 * @param <P> the parties who act on the subject (the proposer, staff, the unit …), as the subject defines them
 */
public final class TransitionTable<S extends Enum<S> & Labelled, A extends Enum<A> & Labelled, P extends Enum<P>> {

    public record Transition<S, A, P>(S from, A action, S to, Set<P> parties) {
    }

    private final String subject;
    private final List<Transition<S, A, P>> rows;

    private TransitionTable(String subject, List<Transition<S, A, P>> rows) {
        this.subject = subject;
        this.rows = List.copyOf(rows);
    }

    /** {@code subject} names the record in refusals, e.g. "该提案". */
    public static <S extends Enum<S> & Labelled, A extends Enum<A> & Labelled, P extends Enum<P>> Builder<S, A, P> of(
            String subject) {
        return new Builder<>(subject);
    }

    public List<Transition<S, A, P>> rows() {
        return rows;
    }

    public Optional<Transition<S, A, P>> find(S from, A action) {
        return rows.stream().filter(t -> t.from() == from && t.action() == action).findFirst();
    }

    /** The step from this status, or a 409 a person understands. */
    public Transition<S, A, P> require(S from, A action) {
        return find(from, action).orElseThrow(() -> BusinessException.conflict(
                subject + "当前状态为“" + from.label() + "”，不能" + action.label()));
    }

    /**
     * The step for someone acting as one of {@code as}: 403 when none of them ever takes this action, 409 when the
     * status does not allow it now.
     */
    public Transition<S, A, P> require(S from, A action, Set<P> as) {
        if (rows.stream().noneMatch(t -> t.action() == action && intersects(t.parties(), as))) {
            throw BusinessException.forbidden("您无权对" + subject.replaceFirst("^该", "") + "执行“" + action.label() + "”");
        }
        Transition<S, A, P> step = require(from, action);
        if (!intersects(step.parties(), as)) {
            throw BusinessException.forbidden("您无权对" + subject.replaceFirst("^该", "") + "执行“" + action.label() + "”");
        }
        return step;
    }

    public boolean allows(S from, A action, Set<P> as) {
        return find(from, action).filter(t -> intersects(t.parties(), as)).isPresent();
    }

    /** What someone acting as one of {@code as} may do from this status, in the table's order. */
    public List<A> actions(S from, Set<P> as) {
        return rows.stream().filter(t -> t.from() == from && intersects(t.parties(), as)).map(Transition::action)
                .distinct().toList();
    }

    private static <P> boolean intersects(Set<P> a, Set<P> b) {
        return a.stream().anyMatch(b::contains);
    }

    public static final class Builder<S extends Enum<S> & Labelled, A extends Enum<A> & Labelled, P extends Enum<P>> {

        private final String subject;
        private final List<Transition<S, A, P>> rows = new ArrayList<>();

        private Builder(String subject) {
            this.subject = subject;
        }

        /** One action leading to {@code to} from each of {@code from}, by any of {@code parties}. */
        @SafeVarargs
        public final Builder<S, A, P> add(A action, S to, Set<P> parties, S... from) {
            for (S f : from) {
                if (rows.stream().anyMatch(t -> t.from() == f && t.action() == action)) {
                    throw new IllegalArgumentException(action + " from " + f + " is in the table twice");
                }
                rows.add(new Transition<>(f, action, to, Set.copyOf(parties)));
            }
            return this;
        }

        @SafeVarargs
        public final Builder<S, A, P> add(A action, S to, P party, S... from) {
            return add(action, to, EnumSet.of(party), from);
        }

        /** A step that leaves the status as it is (editing, marking), allowed in each of {@code in}. */
        @SafeVarargs
        public final Builder<S, A, P> keep(A action, Set<P> parties, S... in) {
            for (S status : in) {
                add(action, status, parties, status);
            }
            return this;
        }

        @SafeVarargs
        public final Builder<S, A, P> keep(A action, P party, S... in) {
            return keep(action, EnumSet.of(party), in);
        }

        public TransitionTable<S, A, P> build() {
            return new TransitionTable<>(subject, rows);
        }
    }
}
