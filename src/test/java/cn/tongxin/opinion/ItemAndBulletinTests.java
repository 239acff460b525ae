package cn.tongxin.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.tongxin.opinion.OpinionWorkflow.Party;
import cn.tongxin.shared.BusinessException;

/** The rows of {@link ItemWorkflow#TABLE} and {@link BulletinWorkflow#TABLE}, on the aggregates, without Spring. */
class ItemAndBulletinTests {

    static final Set<Party> STAFF = EnumSet.of(Party.STAFF);
    static final Set<Party> NOBODY = EnumSet.noneOf(Party.class);

    static OpinionItem item(boolean issued) {
        var item = OpinionItem.edit(1, "编辑稿", "原文", "编辑后", "staff", OpinionReportTests.CLOCK);
        item.version = 2;
        item.issued = issued;
        return item;
    }

    static Bulletin bulletin(Long... items) {
        var b = Bulletin.draft(1, "OPINION", "社情民意", "专题", "市委", "staff", OpinionReportTests.CLOCK);
        b.id = 5L;
        for (long i : items) {
            b.add(STAFF, i);
        }
        return b;
    }

    @Test
    void staffCanReviseAPendingItem() {
        var item = item(false);
        item.revise(STAFF, "新标题", "新正文", "staff2", 2, OpinionReportTests.CLOCK);
        assertThat(item.status()).isEqualTo(ItemWorkflow.Status.PENDING);
        assertThat(item.editedText).isEqualTo("新正文");
    }

    @Test
    void anIssuedItemCannotBeRevised() {
        assertThatThrownBy(() -> item(true).revise(STAFF, "t", "x", "s", 2, OpinionReportTests.CLOCK))
                .isInstanceOf(BusinessException.class).hasMessage("已编发的信息不能再修改");
    }

    @Test
    void aRevisionOnAnOlderVersionIsRefused() {
        assertThatThrownBy(() -> item(false).revise(STAFF, "t", "x", "s", 1, OpinionReportTests.CLOCK))
                .isInstanceOf(BusinessException.class).hasMessage("该编辑稿已被他人修改，请刷新后重试");
    }

    @Test
    void staffCanIssueAPendingItemOnce() {
        var item = item(false);
        item.issue(STAFF);
        assertThat(item.status()).isEqualTo(ItemWorkflow.Status.ISSUED);
        assertThatThrownBy(() -> item.issue(STAFF)).isInstanceOf(BusinessException.class);
    }

    @Test
    void staffCanForwardAdoptAndInstructAnIssuedItem() {
        var item = item(true);
        item.require(ItemWorkflow.Action.FORWARD, STAFF, "编发后才能报送");
        item.require(ItemWorkflow.Action.ADOPT, STAFF, "编发后才能登记采用和批示");
        item.require(ItemWorkflow.Action.INSTRUCT, STAFF, "编发后才能登记采用和批示");
    }

    @Test
    void outcomesAreRecordedOnlyAfterIssue() {
        assertThatThrownBy(() -> item(false).require(ItemWorkflow.Action.ADOPT, STAFF, "编发后才能登记采用和批示"))
                .isInstanceOf(BusinessException.class).hasMessage("编发后才能登记采用和批示");
        assertThatThrownBy(() -> item(false).require(ItemWorkflow.Action.FORWARD, STAFF, "编发后才能报送"))
                .hasMessage("编发后才能报送");
    }

    @Test
    void onlyStaffActOnItems() {
        assertThatThrownBy(() -> item(true).require(ItemWorkflow.Action.ADOPT, NOBODY, "x")).isInstanceOf(BusinessException.class)
                .hasMessage("您无权对编辑稿执行“登记采用”");
    }

    @Test
    void staffCanAddItemsToADraftInOrder() {
        var b = bulletin(11L, 12L);
        assertThat(b.itemIds()).containsExactly(11L, 12L);
        assertThat(b.status()).isEqualTo(BulletinWorkflow.Status.DRAFT);
    }

    @Test
    void anItemIsInADraftOnlyOnce() {
        assertThatThrownBy(() -> bulletin(11L).add(STAFF, 11)).hasMessage("该信息已在本期中");
    }

    @Test
    void staffCanRemoveAnItemFromADraft() {
        var b = bulletin(11L, 12L);
        b.remove(STAFF, 11);
        assertThat(b.itemIds()).containsExactly(12L);
    }

    @Test
    void staffCanIssueADraftWithItsNumberAndDate() {
        var b = bulletin(11L, 12L);
        b.issue(STAFF, 3, LocalDate.of(2026, 2, 20));
        assertThat(b.status()).isEqualTo(BulletinWorkflow.Status.ISSUED);
        assertThat(b.label()).isEqualTo("《社情民意》2026年第3期");
        assertThat(b.pendingEvents()).containsExactly(new OpinionEvents.BulletinIssued(5, 1, 2026, 3, LocalDate.of(2026, 2, 20),
                List.of(11L, 12L)));
    }

    @Test
    void aBulletinTakesTheYearOfItsIssueDateAndItsSeriesName() {
        var b = Bulletin.draft(1, "COUNSEL", "委员建言", "专题", "市委", "staff", OpinionReportTests.CLOCK);
        b.id = 6L;
        b.add(STAFF, 11);
        LocalDate nextYear = LocalDate.now(OpinionReportTests.CLOCK).plusYears(1).withDayOfYear(5);
        b.issue(STAFF, 1, nextYear);
        assertThat(b.year()).isEqualTo(nextYear.getYear());
        assertThat(b.label()).isEqualTo("《委员建言》" + nextYear.getYear() + "年第1期");
    }

    @Test
    void anEmptyDraftIsNotIssued() {
        assertThatThrownBy(() -> bulletin().requireIssuable(STAFF)).hasMessage("本期尚未选入信息，不能编发");
    }

    @Test
    void anIssuedBulletinIsNotChangedAnyMore() {
        var b = bulletin(11L);
        b.issue(STAFF, 1, LocalDate.of(2026, 2, 20));
        assertThatThrownBy(() -> b.add(STAFF, 12)).hasMessage("本期已编发，不能再修改");
        assertThatThrownBy(() -> b.remove(STAFF, 11)).hasMessage("本期已编发，不能再修改");
        assertThatThrownBy(() -> b.requireIssuable(STAFF)).hasMessage("本期已编发，不能再修改");
    }

    @Test
    void onlyStaffAssembleBulletins() {
        assertThatThrownBy(() -> bulletin().add(NOBODY, 1)).isInstanceOf(BusinessException.class);
    }
}
