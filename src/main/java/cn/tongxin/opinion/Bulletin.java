package cn.tongxin.opinion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import cn.tongxin.opinion.BulletinWorkflow.Action;
import cn.tongxin.opinion.BulletinWorkflow.Status;
import cn.tongxin.opinion.OpinionWorkflow.Party;
import cn.tongxin.shared.BusinessException;

/**
 * A bulletin of one series (《社情民意》, 《委员建言》 …): a draft collects edited items; issuing gives it the next number of
 * its series in the year of its issue date (gap-free, see BulletinNumbers).
 */
@Table("bulletin")
public class Bulletin extends AbstractAggregateRoot<Bulletin> {

    @Table("bulletin_item")
    record Entry(long itemId, int position) {
    }

    @Id
    Long id;
    @Version
    Integer version;
    long committeeId;
    /** The series' code (dictionary BULLETIN_SERIES) and its name as issued. */
    String series;
    String seriesName;
    /** The year of the issue date once issued; until then the year the draft was created in. */
    int year;
    Integer number;
    String title;
    String recipients;
    LocalDate issuedOn;
    Status status;
    String createdBy;
    Instant createdAt;
    @MappedCollection(idColumn = "bulletin_id")
    Set<Entry> entries = new HashSet<>();

    Bulletin() {
    }

    static Bulletin draft(long committeeId, String series, String seriesName, String title, String recipients, String createdBy,
                          Clock clock) {
        var b = new Bulletin();
        b.committeeId = committeeId;
        b.series = series;
        b.seriesName = seriesName;
        b.year = LocalDate.now(clock).getYear();
        b.title = title;
        b.recipients = recipients;
        b.status = Status.DRAFT;
        b.createdBy = createdBy;
        b.createdAt = Instant.now(clock);
        return b;
    }

    void add(Set<Party> as, long itemId) {
        move(Action.ADD_ITEM, as);
        if (entries.stream().anyMatch(e -> e.itemId() == itemId)) {
            throw BusinessException.conflict("该信息已在本期中");
        }
        entries.add(new Entry(itemId, entries.stream().mapToInt(Entry::position).max().orElse(0) + 1));
    }

    void remove(Set<Party> as, long itemId) {
        move(Action.REMOVE_ITEM, as);
        entries.removeIf(e -> e.itemId() == itemId);
    }

    /** 编发 on {@code on} with {@code nextNumber}, taken from the series' counter of that year in the same transaction. */
    void issue(Set<Party> as, int nextNumber, LocalDate on) {
        requireIssuable(as);
        move(Action.ISSUE, as);
        year = on.getYear();
        number = nextNumber;
        issuedOn = on;
        registerEvent(new OpinionEvents.BulletinIssued(id, committeeId, year, number, on, itemIds()));
    }

    /** Checked before numbering, so a refused issue takes no number. */
    void requireIssuable(Set<Party> as) {
        guard(Action.ISSUE, as);
        if (entries.isEmpty()) {
            throw BusinessException.conflict("本期尚未选入信息，不能编发");
        }
    }

    private void move(Action action, Set<Party> as) {
        status = guard(action, as);
    }

    private Status guard(Action action, Set<Party> as) {
        if (BulletinWorkflow.TABLE.find(status, action).isEmpty()) {
            throw BusinessException.conflict("本期已编发，不能再修改");
        }
        return BulletinWorkflow.TABLE.require(status, action, as).to();
    }

    /** The events registered and not yet published (for tests of the rules). */
    List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }

    public List<Long> itemIds() {
        return entries.stream().sorted(Comparator.comparingInt(Entry::position)).map(Entry::itemId).toList();
    }

    public String label() {
        return label(seriesName, year, number);
    }

    /** How an issued bulletin of the default series is named: 《社情民意》2026年第3期. */
    public static String label(int year, Integer number) {
        return label("社情民意", year, number);
    }

    /** How an issued bulletin is named: 《委员建言》2026年第3期. */
    public static String label(String seriesName, int year, Integer number) {
        return "《" + seriesName + "》" + year + "年第" + number + "期";
    }

    public String series() {
        return series;
    }

    public Long id() {
        return id;
    }

    public Integer number() {
        return number;
    }

    public int year() {
        return year;
    }

    public long committeeId() {
        return committeeId;
    }

    public Status status() {
        return status;
    }
}
