package cn.tongxin.opinion;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

import cn.tongxin.opinion.ItemWorkflow.Action;
import cn.tongxin.opinion.ItemWorkflow.Status;
import cn.tongxin.opinion.OpinionWorkflow.Party;
import cn.tongxin.shared.BusinessException;

/** An edited item (编辑稿): the original text of its reports kept, the edited text what bulletins carry. */
@Table("opinion_item")
public class OpinionItem extends AbstractAggregateRoot<OpinionItem> {

    @Id
    Long id;
    @Version
    Integer version;
    long committeeId;
    String title;
    String originalText;
    String editedText;
    String editedBy;
    Instant editedAt;
    boolean issued;

    OpinionItem() {
    }

    static OpinionItem edit(long committeeId, String title, String originalText, String editedText, String editedBy, Clock clock) {
        var item = new OpinionItem();
        item.committeeId = committeeId;
        item.title = title;
        item.originalText = originalText;
        item.editedText = editedText;
        item.editedBy = editedBy;
        item.editedAt = Instant.now(clock);
        return item;
    }

    /** A new edited text; {@code seenVersion} is what the editor saw, so a concurrent edit is not overwritten. */
    void revise(Set<Party> as, String newTitle, String newText, String by, int seenVersion, Clock clock) {
        require(Action.REVISE, as, "已编发的信息不能再修改");
        if (version() != seenVersion) {
            throw BusinessException.conflict("该编辑稿已被他人修改，请刷新后重试");
        }
        title = newTitle;
        editedText = newText;
        editedBy = by;
        editedAt = Instant.now(clock);
        if (id != null) { // a stored item: its reports read differently now
            registerEvent(new OpinionEvents.ItemRevised(id, committeeId));
        }
    }

    void issue(Set<Party> as) {
        issued = ItemWorkflow.TABLE.require(status(), Action.ISSUE, as).to() == Status.ISSUED;
    }

    /** Forwarding, adoptions and instructions follow issue; {@code refusal} says so in the page's words. */
    void require(Action action, Set<Party> as, String refusal) {
        if (ItemWorkflow.TABLE.find(status(), action).isEmpty()) {
            throw BusinessException.conflict(refusal);
        }
        ItemWorkflow.TABLE.require(status(), action, as);
    }

    public Status status() {
        return issued ? Status.ISSUED : Status.PENDING;
    }

    public Long id() {
        return id;
    }

    public long committeeId() {
        return committeeId;
    }

    public int version() {
        return Objects.requireNonNullElse(version, 0);
    }
}
