package cn.tongxin.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class TransitionTableTests {

    enum Status implements Labelled {
        OPEN("待处理"), DONE("已完成"), GONE("已撤回");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    enum Action implements Labelled {
        FINISH("完成"), WITHDRAW("撤回");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    enum Party { AUTHOR, STAFF, OTHER }

    static final TransitionTable<Status, Action, Party> TABLE = TransitionTable.<Status, Action, Party>of("该事项")
            .add(Action.FINISH, Status.DONE, Party.STAFF, Status.OPEN)
            .add(Action.WITHDRAW, Status.GONE, EnumSet.of(Party.AUTHOR, Party.STAFF), Status.OPEN, Status.DONE)
            .build();

    @Test
    void aStepAllowedByTheTableLeadsToItsStatus() {
        assertThat(TABLE.require(Status.OPEN, Action.FINISH, Set.of(Party.STAFF)).to()).isEqualTo(Status.DONE);
        assertThat(TABLE.require(Status.DONE, Action.WITHDRAW, Set.of(Party.AUTHOR)).to()).isEqualTo(Status.GONE);
    }

    @Test
    void aStepTheStatusDoesNotAllowIsAConflictNamingTheStatus() {
        assertThatThrownBy(() -> TABLE.require(Status.DONE, Action.FINISH, Set.of(Party.STAFF)))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(e.getMessage()).isEqualTo("该事项当前状态为“已完成”，不能完成");
                });
    }

    @Test
    void aPartyThatNeverTakesTheStepIsRefusedBeforeTheStatusIsConsidered() {
        assertThatThrownBy(() -> TABLE.require(Status.DONE, Action.FINISH, Set.of(Party.AUTHOR)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
        assertThatThrownBy(() -> TABLE.require(Status.OPEN, Action.WITHDRAW, Set.of(Party.OTHER)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
    }

    @Test
    void offeredActionsAreExactlyTheTableRowsForTheParty() {
        assertThat(TABLE.actions(Status.OPEN, Set.of(Party.STAFF))).containsExactly(Action.FINISH, Action.WITHDRAW);
        assertThat(TABLE.actions(Status.OPEN, Set.of(Party.AUTHOR))).containsExactly(Action.WITHDRAW);
        assertThat(TABLE.actions(Status.GONE, EnumSet.allOf(Party.class))).isEmpty();
        for (var row : TABLE.rows()) {
            for (Party p : Party.values()) {
                assertThat(TABLE.allows(row.from(), row.action(), Set.of(p))).isEqualTo(row.parties().contains(p));
            }
        }
    }

    @Test
    void aStepThatKeepsTheStatusIsARowPerStatus() {
        var table = TransitionTable.<Status, Action, Party>of("该事项").keep(Action.FINISH, Party.STAFF, Status.OPEN, Status.DONE).build();
        assertThat(table.rows()).hasSize(2).allMatch(t -> t.from() == t.to());
        assertThat(table.require(Status.DONE, Action.FINISH, Set.of(Party.STAFF)).to()).isEqualTo(Status.DONE);
    }

    @Test
    void aRowCannotBeDeclaredTwice() {
        assertThatThrownBy(() -> TransitionTable.<Status, Action, Party>of("该事项")
                .add(Action.FINISH, Status.DONE, Party.STAFF, Status.OPEN)
                .add(Action.FINISH, Status.GONE, Party.STAFF, Status.OPEN))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
