package cn.tongxin.search.internal;

import java.time.LocalDate;
import java.util.List;

import cn.tongxin.shared.SubjectRef;

/**
 * One record as the index holds it: what is shown and faceted, its own text and the replies it received (found and
 * shown, but not counted as its words for similarity and hot words), and who may find it (the office of its committee,
 * every member of it, named members, units and accounts).
 */
public record SearchDocument(SubjectRef subject, long committeeId, LocalDate happenedOn, String category, String status,
                             List<String> units, String reference, String replyCategories, String title, String body,
                             String replies, Visibility visibility) {

    /** Who may open the record, as its module's access rule says. */
    public record Visibility(boolean office, boolean members, List<Long> memberIds, List<Long> unitIds, List<Long> accountIds) {
    }

    public Integer year() {
        return happenedOn == null ? null : happenedOn.getYear();
    }
}
