package cn.tongxin.opinion.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.member.MemberView;
import cn.tongxin.member.Members;
import cn.tongxin.organization.CommitteeSettings;
import cn.tongxin.organization.Dictionaries;
import cn.tongxin.organization.DictionaryKind;
import cn.tongxin.organization.OrgUnitKind;
import cn.tongxin.organization.Organization;
import cn.tongxin.organization.SettingKey;

/** The choices the report form offers: categories, parties and groups, the length limit, members (for staff). */
@Component
class ReportFormChoices {

    private final CurrentUsers currentUsers;
    private final Dictionaries dictionaries;
    private final Organization organization;
    private final CommitteeSettings settings;
    private final Members members;

    ReportFormChoices(CurrentUsers currentUsers, Dictionaries dictionaries, Organization organization, CommitteeSettings settings,
                      Members members) {
        this.currentUsers = currentUsers;
        this.dictionaries = dictionaries;
        this.organization = organization;
        this.settings = settings;
        this.members = members;
    }

    void addTo(Model model) {
        CurrentUser user = currentUsers.get();
        model.addAttribute("categories", dictionaries.entries(user.committeeId(), DictionaryKind.PROPOSAL_CATEGORY));
        var groups = new ArrayList<>(organization.units(OrgUnitKind.PARTY));
        groups.addAll(organization.units(OrgUnitKind.GROUP));
        groups.addAll(organization.units(OrgUnitKind.NON_PARTY));
        model.addAttribute("groups", groups);
        model.addAttribute("maxChars", settings.value(user.committeeId(), SettingKey.OPINION_REPORT_MAX_CHARS));
        if (user.isOffice()) {
            model.addAttribute("memberChoices", members());
        }
    }

    List<MemberView> members() {
        return members.active();
    }
}
