package cn.tongxin.opinion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.opinion.internal.ItemRows;
import cn.tongxin.organization.Dictionaries;
import cn.tongxin.organization.DictionaryKind;
import cn.tongxin.outcome.Outcomes;
import cn.tongxin.shared.BusinessException;

/** Edited items (with what editing changed) and bulletins, with the steps the user is offered on each. */
@Service
@Transactional(readOnly = true)
public class BulletinQueries {

    private final ItemRows rows;
    private final OpinionAccess access;
    private final Outcomes outcomes;
    private final CurrentUsers currentUsers;
    private final Dictionaries dictionaries;

    BulletinQueries(ItemRows rows, OpinionAccess access, Outcomes outcomes, CurrentUsers currentUsers, Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
        this.rows = rows;
        this.access = access;
        this.outcomes = outcomes;
        this.currentUsers = currentUsers;
    }

    public record ItemView(long id, String title, String originalText, String editedText, String editedBy, Instant editedAt,
                           boolean issued, List<TextDiff.Segment> diff, List<String> bulletins, List<String> forwards,
                           Outcomes.Summary outcomes, List<ReportSummary> reports, int version, List<ItemWorkflow.Action> actions) {
    }

    public ItemView item(long itemId) {
        CurrentUser user = currentUsers.get();
        if (!access.canViewItem(user, itemId)) {
            throw BusinessException.notFound("编辑稿");
        }
        return item(user, itemId);
    }

    ItemView item(CurrentUser user, long itemId) {
        var r = rows.item(user.committeeId(), itemId).orElseThrow(() -> BusinessException.notFound("编辑稿"));
        return new ItemView(itemId, r.title(), r.originalText(), r.editedText(), r.editedBy(), r.editedAt(), r.issued(),
                TextDiff.diff(r.originalText(), r.editedText()), rows.bulletinsOf(itemId), rows.forwardsOf(itemId),
                outcomes.of(user.committeeId(), OpinionAccess.ITEM, itemId), rows.reportsOf(itemId), r.version(),
                ReportActions.offered(user, r.issued() ? ItemWorkflow.Status.ISSUED : ItemWorkflow.Status.PENDING));
    }

    public record ItemSummary(long id, String title, boolean issued, String authors) {
    }

    /** Edited items not yet issued, for assembling a bulletin. */
    public List<ItemSummary> itemsToIssue() {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        return rows.pending(staff.committeeId());
    }

    /** {@code series}: the code of its series, {@code seriesName} as issued; {@code year}: of the issue date once issued. */
    public record BulletinSummary(long id, String series, String seriesName, int year, Integer number, String title,
                                  String recipients, LocalDate issuedOn, String status, long items) {
        public String label() {
            return number == null ? "（草稿）《" + seriesName + "》" + title : Bulletin.label(seriesName, year, number);
        }
    }

    public List<BulletinSummary> bulletins(Integer year) {
        return bulletins(year, null);
    }

    /** The committee's bulletins, of a year and of a series (a code; null: all). */
    public List<BulletinSummary> bulletins(Integer year, String series) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        return rows.bulletins(user.committeeId(), year, series == null || series.isBlank() ? null : series).stream()
                .filter(b -> readable(user, b)).toList();
    }

    /**
     * Who reads a bulletin — its page, its .docx and the API alike: the office every one of its committee; leaders,
     * to whom bulletins are sent, the issued ones (a draft is the office's work in progress).
     */
    private static boolean readable(CurrentUser user, BulletinSummary b) {
        return user.hasAny(Role.ADMIN, Role.STAFF) || !BulletinWorkflow.Status.DRAFT.name().equals(b.status());
    }

    /** The committee's bulletin series (its BULLETIN_SERIES dictionary), the default first. */
    public List<DictionaryKind.Entry> series() {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        return dictionaries.entries(user.committeeId(), DictionaryKind.BULLETIN_SERIES);
    }

    /** {@code actions}: the steps this user is offered, from {@link BulletinWorkflow#TABLE}. */
    public record BulletinPage(BulletinSummary bulletin, List<ItemView> items, List<BulletinWorkflow.Action> actions) {
    }

    public BulletinPage bulletin(long id) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        BulletinSummary b = rows.bulletin(user.committeeId(), id).filter(x -> readable(user, x))
                .orElseThrow(() -> BusinessException.notFound("期刊"));
        List<ItemView> items = rows.itemsOf(id).stream().map(i -> item(user, i)).toList();
        return new BulletinPage(b, items, ReportActions.offered(user, BulletinWorkflow.Status.valueOf(b.status())));
    }
}
