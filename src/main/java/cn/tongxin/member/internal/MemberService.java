package cn.tongxin.member.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.member.MemberCriteria;
import cn.tongxin.member.MemberEvents;
import cn.tongxin.member.MemberForm;
import cn.tongxin.member.MemberStatus;
import cn.tongxin.member.MemberView;
import cn.tongxin.organization.OrgUnit;
import cn.tongxin.organization.OrgUnitKind;
import cn.tongxin.organization.Organization;
import cn.tongxin.organization.TermView;
import cn.tongxin.privacy.PersonalData;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;
import cn.tongxin.shared.Text;

/** Staff list, view, add and edit members of their committee; a member may view their own record. */
@Service
@Transactional
public class MemberService implements cn.tongxin.member.Members {

    private final JdbcClient jdbc;
    private final MemberQueries queries;
    private final CurrentUsers currentUsers;
    private final Organization organization;
    private final AuditLog audit;
    private final PersonalData personal;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    MemberService(JdbcClient jdbc, MemberQueries queries, CurrentUsers currentUsers, Organization organization,
                  AuditLog audit, PersonalData personal, Clock clock, ApplicationEventPublisher events) {
        this.personal = personal;
        this.events = events;
        this.jdbc = jdbc;
        this.queries = queries;
        this.currentUsers = currentUsers;
        this.organization = organization;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public PageResult<MemberView> list(MemberCriteria criteria, PageQuery page) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        var result = queries.page(user.committeeId(), criteria, page);
        // lists show mobile numbers masked, whoever looks; the member's own page shows it in full to the office
        return result.map(m -> m.withMobile(PersonalData.maskMobile(m.mobile())));
    }

    @Transactional(readOnly = true)
    public MemberView get(long id) {
        CurrentUser user = currentUsers.get();
        boolean self = user.memberId() != null && user.memberId() == id;
        if (!self && !user.hasAny(Role.ADMIN, Role.STAFF, Role.LEADER)) {
            throw BusinessException.notFound("委员");
        }
        MemberView member = queries.find(user.committeeId(), id).orElseThrow(() -> BusinessException.notFound("委员"));
        return self || user.isOffice() ? member : member.withMobile(PersonalData.maskMobile(member.mobile()));
    }

    public long create(MemberForm form) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        validate(staff.committeeId(), form, null);
        long id = jdbc.sql("""
                insert into member (committee_id, name, gender, ethnicity, birth_date, affiliation_id, sector_id,
                       special_committee_id, studio_id, employer_title, mobile, mobile_index, standing, term_id, status)
                values (:committee, :name, :gender, :ethnicity, :birthDate, :affiliation, :sector, :special, :studio,
                        :employer, :mobile, :mobileIndex, :standing, :term, :status) returning id""")
                .params(params(staff.committeeId(), form)).query(Long.class).single();
        audit.record(staff.committeeId(), "新增委员", "member", id, form.name().strip());
        events.publishEvent(new MemberEvents.RosterChanged(staff.committeeId()));
        return id;
    }

    public void update(long id, MemberForm form, int version) {
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        queries.find(staff.committeeId(), id).orElseThrow(() -> BusinessException.notFound("委员"));
        validate(staff.committeeId(), form, id);
        var params = params(staff.committeeId(), form);
        params.put("id", id);
        params.put("version", version);
        int updated = jdbc.sql("""
                update member set name = :name, gender = :gender, ethnicity = :ethnicity, birth_date = :birthDate,
                       affiliation_id = :affiliation, sector_id = :sector, special_committee_id = :special,
                       studio_id = :studio, employer_title = :employer, mobile = :mobile, mobile_index = :mobileIndex, standing = :standing,
                       term_id = :term, status = :status, version = version + 1, updated_at = now()
                 where id = :id and committee_id = :committee and version = :version""")
                .params(params).update();
        if (updated == 0) {
            throw BusinessException.conflict("该委员信息已被他人修改，请刷新后重试");
        }
        audit.record(staff.committeeId(), "修改委员", "member", id, form.name().strip());
        events.publishEvent(new MemberEvents.RosterChanged(staff.committeeId()));
    }

    private void validate(long committeeId, MemberForm form, Long exceptId) {
        var errors = new FieldErrors.Collector();
        check(errors, "name", "姓名", MemberRules.checkName(form.name()));
        if (form.gender() == null) {
            errors.add("gender", "请选择性别");
        }
        check(errors, "birthDate", "出生日期", MemberRules.checkBirthDate(form.birthDate(), LocalDate.now(clock)));
        String mobileError = MemberRules.checkMobile(form.mobile());
        check(errors, "mobile", "手机", mobileError);
        if (mobileError == null && jdbc.sql("select count(*) from member where committee_id = ? and mobile_index = ? and id <> ?")
                .params(committeeId, personal.index(form.mobile().strip()), exceptId == null ? -1 : exceptId).query(Long.class).single() > 0) {
            errors.add("mobile", "该手机号已被其他委员使用");
        }
        checkRef(errors, "affiliationId", "党派", form.affiliationId(), organization.affiliations());
        checkRef(errors, "sectorId", "界别", form.sectorId(), organization.units(OrgUnitKind.SECTOR));
        checkRef(errors, "specialCommitteeId", "专委会", form.specialCommitteeId(), organization.units(OrgUnitKind.SPECIAL_COMMITTEE));
        checkRef(errors, "studioId", "委员工作室", form.studioId(), organization.units(OrgUnitKind.STUDIO));
        if (form.termId() != null && organization.terms().stream().map(TermView::id).noneMatch(form.termId()::equals)) {
            errors.add("termId", "所选届次不存在");
        }
        if (form.ethnicity() != null && form.ethnicity().length() > 20) {
            errors.add("ethnicity", "民族不能超过20个字");
        }
        if (form.employerTitle() != null && form.employerTitle().length() > 200) {
            errors.add("employerTitle", "工作单位及职务不能超过200个字");
        }
        errors.throwIfAny();
    }

    private static void check(FieldErrors.Collector errors, String field, String label, String problem) {
        if (problem != null) {
            errors.add(field, label + problem);
        }
    }

    private static void checkRef(FieldErrors.Collector errors, String field, String label, Long id, Collection<OrgUnit> options) {
        if (id != null && options.stream().noneMatch(o -> o.id() == id)) {
            errors.add(field, "所选" + label + "不存在");
        }
    }

    private java.util.Map<String, Object> params(long committeeId, MemberForm f) {
        var p = new java.util.HashMap<String, Object>();
        p.put("committee", committeeId);
        p.put("name", f.name().strip());
        p.put("gender", f.gender().name());
        p.put("ethnicity", Text.trimToNull(f.ethnicity()));
        p.put("birthDate", f.birthDate());
        p.put("affiliation", f.affiliationId());
        p.put("sector", f.sectorId());
        p.put("special", f.specialCommitteeId());
        p.put("studio", f.studioId());
        p.put("employer", Text.trimToNull(f.employerTitle()));
        var mobile = personal.seal(f.mobile().strip());
        p.put("mobile", mobile.value());
        p.put("mobileIndex", mobile.index());
        p.put("standing", Boolean.TRUE.equals(f.standing()));
        p.put("term", f.termId());
        p.put("status", (f.status() == null ? MemberStatus.ACTIVE : f.status()).name());
        return p;
    }


    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<MemberView> find(long memberId) {
        return queries.find(currentUsers.get().committeeId(), memberId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<MemberView> find(java.util.Collection<Long> memberIds) {
        return memberIds.isEmpty() ? List.of() : queries.find(currentUsers.get().committeeId(), memberIds);
    }

    @Override
    @Transactional(readOnly = true)
    public List<MemberView> search(String name) {
        var criteria = new MemberCriteria(name, null, null, null, null, null, null, MemberStatus.ACTIVE);
        return queries.page(currentUsers.get().committeeId(), criteria, new PageQuery(1, 20)).items();
    }

    @Override
    @Transactional(readOnly = true)
    public List<MemberView> active() {
        return queries.all(currentUsers.get().committeeId(),
                new MemberCriteria(null, null, null, null, null, null, null, MemberStatus.ACTIVE));
    }

    @Override
    @Transactional(readOnly = true)
    public List<MemberView> all() {
        return queries.all(currentUsers.get().committeeId(), MemberCriteria.none());
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Set<Long> inGroups(java.util.Collection<Long> sectorIds, java.util.Collection<Long> specialCommitteeIds,
                                        java.util.Collection<Long> studioIds, boolean standing) {
        return new java.util.HashSet<>(jdbc.sql("""
                select id from member where committee_id = :committee and status = 'ACTIVE'
                   and (sector_id = any(:sectors) or special_committee_id = any(:specials) or studio_id = any(:studios)
                        or (standing and :standing))""")
                .param("committee", currentUsers.get().committeeId())
                .param("sectors", sectorIds.toArray(Long[]::new)).param("specials", specialCommitteeIds.toArray(Long[]::new))
                .param("studios", studioIds.toArray(Long[]::new)).param("standing", standing)
                .query(Long.class).list());
    }
}
