package cn.tongxin.opinion;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.opinion.internal.Bulletins;
import cn.tongxin.organization.Dictionaries;
import cn.tongxin.organization.DictionaryKind;
import cn.tongxin.opinion.internal.OpinionItems;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.Text;

/** Bulletin drafts (《社情民意》, 《委员建言》 …): a new issue of a series, and the edited items it carries. */
@Service
@Transactional
public class AssembleBulletins {

    private final Bulletins bulletins;
    private final OpinionItems items;
    private final CurrentUsers currentUsers;
    private final Clock clock;
    private final Dictionaries dictionaries;

    AssembleBulletins(Bulletins bulletins, OpinionItems items, CurrentUsers currentUsers, Clock clock, Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
        this.bulletins = bulletins;
        this.items = items;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    /** A new issue of the committee's first series. */
    public long create(String title, String recipients) {
        return create(null, title, recipients);
    }

    /** A new issue of {@code series} (a code of the committee's BULLETIN_SERIES dictionary; null: the first series). */
    public long create(String series, String title, String recipients) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        if (Text.isBlank(title) || Text.isBlank(recipients)) {
            throw BusinessException.invalid("请填写期刊标题和报送对象");
        }
        var all = dictionaries.entries(staff.committeeId(), DictionaryKind.BULLETIN_SERIES);
        var chosen = Text.isBlank(series) ? all.stream().findFirst()
                : all.stream().filter(e -> e.code().equals(series)).findFirst();
        var entry = chosen.orElseThrow(() -> BusinessException.invalid("请选择期刊系列"));
        return bulletins.save(Bulletin.draft(staff.committeeId(), entry.code(), entry.label(), title.strip(), recipients.strip(),
                staff.username(), clock)).id();
    }

    public void addItem(long bulletinId, long itemId) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        Bulletin bulletin = draft(staff, bulletinId);
        // an item may be carried by several bulletins (e.g. one already sent to the city, again to the province)
        items.findById(itemId).filter(i -> i.committeeId() == staff.committeeId())
                .orElseThrow(() -> BusinessException.notFound("编辑稿"));
        bulletin.add(OpinionWorkflow.office(staff), itemId);
        bulletins.save(bulletin);
    }

    public void removeItem(long bulletinId, long itemId) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        Bulletin bulletin = draft(staff, bulletinId);
        bulletin.remove(OpinionWorkflow.office(staff), itemId);
        bulletins.save(bulletin);
    }

    private Bulletin draft(CurrentUser staff, long bulletinId) {
        return bulletins.findByIdAndCommitteeId(bulletinId, staff.committeeId()).orElseThrow(() -> BusinessException.notFound("期刊"));
    }
}
