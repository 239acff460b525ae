package cn.tongxin.opinion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.member.MemberView;
import cn.tongxin.member.Members;
import cn.tongxin.organization.CommitteeSettings;
import cn.tongxin.organization.Dictionaries;
import cn.tongxin.organization.DictionaryKind;
import cn.tongxin.organization.OrgUnit;
import cn.tongxin.organization.OrgUnitKind;
import cn.tongxin.organization.Organization;
import cn.tongxin.organization.SettingKey;
import cn.tongxin.organization.TermView;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.ReceivedDates;
import cn.tongxin.shared.Text;

/** What a report must be before it is submitted: one matter within the committee's length limit, a category, a true source. */
@Component
class ReportChecks {

    private final CommitteeSettings settings;
    private final Dictionaries dictionaries;
    private final Organization organization;
    private final Members members;
    private final Clock clock;

    ReportChecks(CommitteeSettings settings, Dictionaries dictionaries, Organization organization, Members members, Clock clock) {
        this.settings = settings;
        this.dictionaries = dictionaries;
        this.organization = organization;
        this.members = members;
        this.clock = clock;
    }

    /**
     * The day a report was received: staff entering it give it (null: today), never in the future nor before the term
     * began; anyone else submits today.
     */
    LocalDate receivedOn(CurrentUser user, LocalDate given) {
        LocalDate today = LocalDate.now(clock);
        if (given == null) {
            return today;
        }
        var errors = new FieldErrors.Collector();
        if (!user.isOffice() && !given.equals(today)) {
            errors.add("receivedOn", "本人报送的信息以报送当天为收到日期，不能另选日期");
        } else {
            ReceivedDates.refusal(given, today, organization.currentTerm().map(TermView::startDate).orElse(null))
                    .ifPresent(why -> errors.add("receivedOn", why));
        }
        errors.throwIfAny();
        return given;
    }

    void validate(CurrentUser user, ReportForm form) {
        var errors = new FieldErrors.Collector();
        int max = settings.value(user.committeeId(), SettingKey.OPINION_REPORT_MAX_CHARS);
        if (Text.isBlank(form.title()) || form.title().strip().length() > 200) {
            errors.add("title", "请填写标题（不超过200个字）");
        }
        if (Text.isBlank(form.body())) {
            errors.add("body", "请填写内容");
        } else if (form.body().strip().length() > max) {
            errors.add("body", "内容共" + form.body().strip().length() + "字，超过" + max + "字的上限（一事一报）");
        }
        if (!dictionaries.contains(user.committeeId(), DictionaryKind.PROPOSAL_CATEGORY, form.category())) {
            errors.add("category", "请选择分类");
        }
        if (form.memberId() != null && (!user.isOffice() || members.find(form.memberId()).isEmpty())) {
            errors.add("memberId", user.isOffice() ? "所选委员不存在" : "只有工作人员可以代委员报送");
        }
        if (form.sourceUnitId() != null) {
            List<OrgUnit> groups = organization.affiliations().stream()
                    .filter(u -> OrgUnitKind.AFFILIATIONS.contains(u.kind())).toList();
            if (groups.stream().noneMatch(u -> u.id() == form.sourceUnitId())) {
                errors.add("sourceUnitId", "所选党派团体或无党派人士不存在");
            } else if (!user.isOffice()) {
                MemberView me = user.memberId() == null ? null : members.find(user.memberId()).orElse(null);
                if (me == null || !form.sourceUnitId().equals(me.affiliationId())) {
                    errors.add("sourceUnitId", "只能以本人所在党派团体的名义报送");
                }
            }
        }
        errors.throwIfAny();
    }

    /** The source of a report in a unit's name (checked by {@link #validate}): 无党派人士 for a non-party unit, else 党派团体. */
    OpinionSource unitSource(long unitId) {
        return organization.affiliations().stream().filter(u -> u.id() == unitId && u.kind() == OrgUnitKind.NON_PARTY).findAny()
                .map(u -> OpinionSource.NON_PARTY).orElse(OpinionSource.PARTY_GROUP);
    }
}
