package cn.tongxin.proposal;

import java.time.Instant;
import java.util.List;

/**
 * A batch as it was confirmed (or, before confirmation, as it would go): the decision in words and, per proposal, what
 * was (or would be) done or why it was (or would be) refused. A proposal that is not the committee's has no number
 * and no title: the batch says only that it was not found.
 */
public record BatchResult(Long id, BatchAction action, String decision, String username, Instant createdAt, List<Item> items) {

    public record Item(long proposalId, String numberText, String title, boolean done, String message) {
    }

    public long doneCount() {
        return items.stream().filter(Item::done).count();
    }

    public long refusedCount() {
        return items.size() - doneCount();
    }
}
