package cn.tongxin.member.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.member.Gender;
import cn.tongxin.member.ImportResult;
import cn.tongxin.member.MemberEvents;
import cn.tongxin.member.MemberStatus;
import cn.tongxin.organization.OrgUnit;
import cn.tongxin.organization.OrgUnitKind;
import cn.tongxin.organization.Organization;
import cn.tongxin.organization.TermView;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.XlsxRows;

/**
 * Imports a roster .xlsx: every row is checked first; either all rows are imported or none. A member is matched by
 * mobile number within the committee, so importing the same file again updates instead of duplicating.
 */
@Service
public class RosterImport {

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("yyyy-M-d"), DateTimeFormatter.ofPattern("yyyy/M/d"),
            DateTimeFormatter.ofPattern("yyyy.M.d"), DateTimeFormatter.ofPattern("yyyyMMdd"),
            DateTimeFormatter.ofPattern("yyyy年M月d日"));

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final CurrentUsers currentUsers;
    private final Organization organization;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RosterImport(JdbcClient jdbc, NamedParameterJdbcTemplate named, CurrentUsers currentUsers,
                 Organization organization, AuditLog audit, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.named = named;
        this.currentUsers = currentUsers;
        this.organization = organization;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ImportResult run(InputStream xlsx) {
        long started = System.nanoTime();
        CurrentUser staff = currentUsers.require(Role.ADMIN, Role.STAFF);
        RosterFile file = RosterFile.read(xlsx);
        if (!file.missingColumns().isEmpty()) {
            throw BusinessException.invalid("名册缺少必填列：" + String.join("、", file.missingColumns().stream()
                    .map(c -> "【" + c + "】").toList()) + "，请使用导出的名册作为模板");
        }
        Lookups lookups = new Lookups(organization);
        Map<String, Long> existing = new HashMap<>();
        jdbc.sql("select mobile, id from member where committee_id = ?").param(staff.committeeId())
                .query((rs, n) -> existing.put(rs.getString("mobile"), rs.getLong("id"))).list();

        var errors = new ArrayList<FieldErrors.FieldError>();
        Map<String, Integer> mobileRows = new HashMap<>();
        List<MapSqlParameterSource> inserts = new ArrayList<>();
        List<MapSqlParameterSource> updates = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (XlsxRows.Row row : file.rows()) {
            var checker = new RowChecker(row, file, errors);
            String name = checker.text(RosterColumn.NAME, MemberRules::checkName);
            Gender gender = checker.parse(RosterColumn.GENDER, v -> Gender.fromLabel(v).orElse(null), "应为“男”或“女”", null);
            String ethnicity = checker.text(RosterColumn.ETHNICITY, v -> v != null && v.length() > 20 ? "不能超过20个字" : null);
            LocalDate birth = checker.parse(RosterColumn.BIRTH_DATE, RosterImport::date, "格式不正确，应为如 1968-05-20", null);
            if (birth != null) {
                checker.fail(RosterColumn.BIRTH_DATE, MemberRules.checkBirthDate(birth, today));
            }
            Long affiliation = checker.parse(RosterColumn.AFFILIATION, lookups.affiliations::get, "不存在，请先在组织机构中添加", null);
            Long sector = checker.parse(RosterColumn.SECTOR, lookups.sectors::get, "不存在，请先在组织机构中添加", null);
            Long special = checker.parse(RosterColumn.SPECIAL_COMMITTEE, lookups.specialCommittees::get, "不存在，请先在组织机构中添加", null);
            Long studio = checker.parse(RosterColumn.STUDIO, lookups.studios::get, "不存在，请先在组织机构中添加", null);
            String employer = checker.text(RosterColumn.EMPLOYER_TITLE, v -> v != null && v.length() > 200 ? "不能超过200个字" : null);
            String mobile = checker.text(RosterColumn.MOBILE, MemberRules::checkMobile);
            Boolean standing = checker.parse(RosterColumn.STANDING, RosterImport::yesNo, "应为“是”或“否”", false);
            Long term = checker.parse(RosterColumn.TERM, lookups.terms::get, "不存在，请填写如“第十三届”", lookups.currentTerm);
            MemberStatus status = checker.parse(RosterColumn.STATUS, v -> MemberStatus.fromLabel(v).orElse(null),
                    "应为“在任”或“离任”", MemberStatus.ACTIVE);
            if (mobile != null && MemberRules.checkMobile(mobile) == null) {
                Integer first = mobileRows.putIfAbsent(mobile, row.number());
                if (first != null) {
                    checker.fail(RosterColumn.MOBILE, "与第" + first + "行重复");
                }
            }
            if (checker.failed()) {
                continue;
            }
            var params = new MapSqlParameterSource()
                    .addValue("committee", staff.committeeId()).addValue("name", name).addValue("gender", gender.name())
                    .addValue("ethnicity", ethnicity).addValue("birthDate", birth).addValue("affiliation", affiliation)
                    .addValue("sector", sector).addValue("special", special).addValue("studio", studio)
                    .addValue("employer", employer).addValue("mobile", mobile).addValue("standing", standing)
                    .addValue("term", term).addValue("status", status.name());
            Long id = existing.get(mobile);
            if (id == null) {
                inserts.add(params);
            } else {
                updates.add(params.addValue("id", id));
            }
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors("导入失败：共" + errors.size() + "处错误，未导入任何数据。请修改后重新导入。", errors);
        }
        if (inserts.isEmpty() && updates.isEmpty()) {
            throw BusinessException.invalid("名册中没有委员数据");
        }
        named.batchUpdate("""
                insert into member (committee_id, name, gender, ethnicity, birth_date, affiliation_id, sector_id,
                       special_committee_id, studio_id, employer_title, mobile, standing, term_id, status)
                values (:committee, :name, :gender, :ethnicity, :birthDate, :affiliation, :sector, :special, :studio,
                        :employer, :mobile, :standing, :term, :status)""", inserts.toArray(MapSqlParameterSource[]::new));
        named.batchUpdate("""
                update member set name = :name, gender = :gender, ethnicity = :ethnicity, birth_date = :birthDate,
                       affiliation_id = :affiliation, sector_id = :sector, special_committee_id = :special,
                       studio_id = :studio, employer_title = :employer, standing = :standing, term_id = :term,
                       status = :status, version = version + 1, updated_at = now()
                 where id = :id and committee_id = :committee""", updates.toArray(MapSqlParameterSource[]::new));
        var result = new ImportResult(inserts.size(), updates.size(), (System.nanoTime() - started) / 1_000_000);
        audit.record(staff.committeeId(), "导入委员名册", "member", null,
                "新增" + result.created() + "人，更新" + result.updated() + "人");
        events.publishEvent(new MemberEvents.RosterChanged(staff.committeeId()));
        return result;
    }

    private static LocalDate date(String value) {
        String v = value.strip();
        if (v.length() > 10 && v.charAt(10) == ' ') {
            v = v.substring(0, 10);
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(v, format);
            } catch (DateTimeParseException next) {
                // try the next format
            }
        }
        return null;
    }

    private static Boolean yesNo(String value) {
        return switch (value) {
            case "是", "常委", "Y", "y" -> true;
            case "否", "N", "n" -> false;
            default -> null;
        };
    }

    /** Name → id dictionaries of the committee, loaded once per import. */
    private static final class Lookups {
        final Map<String, Long> affiliations;
        final Map<String, Long> sectors;
        final Map<String, Long> specialCommittees;
        final Map<String, Long> studios;
        final Map<String, Long> terms = new HashMap<>();
        final Long currentTerm;

        Lookups(Organization organization) {
            affiliations = byName(organization.affiliations());
            sectors = byName(organization.units(OrgUnitKind.SECTOR));
            specialCommittees = byName(organization.units(OrgUnitKind.SPECIAL_COMMITTEE));
            studios = byName(organization.units(OrgUnitKind.STUDIO));
            for (TermView t : organization.terms()) {
                terms.put(t.name(), t.id());
                terms.put(Integer.toString(t.number()), t.id());
                terms.put(t.name().replace("第", ""), t.id());
            }
            currentTerm = organization.currentTerm().map(TermView::id).orElse(null);
        }

        private static Map<String, Long> byName(List<OrgUnit> units) {
            return units.stream().collect(Collectors.toMap(OrgUnit::name, OrgUnit::id, (a, b) -> a));
        }
    }

    /** Reads the cells of one row and collects its errors as “第N行【列】…”. */
    private static final class RowChecker {
        private final XlsxRows.Row row;
        private final RosterFile file;
        private final List<FieldErrors.FieldError> errors;
        private boolean failed;

        RowChecker(XlsxRows.Row row, RosterFile file, List<FieldErrors.FieldError> errors) {
            this.row = row;
            this.file = file;
            this.errors = errors;
        }

        String text(RosterColumn column, Function<String, String> rule) {
            String value = file.get(row, column);
            fail(column, rule.apply(value));
            return value;
        }

        <T> T parse(RosterColumn column, Function<String, T> parser, String problem, T whenBlank) {
            String value = file.get(row, column);
            if (value == null) {
                return whenBlank;
            }
            T parsed = parser.apply(value);
            if (parsed == null) {
                fail(column, column == RosterColumn.GENDER || column == RosterColumn.STANDING
                        || column == RosterColumn.STATUS || column == RosterColumn.BIRTH_DATE
                        ? problem : "“" + value + "”" + problem);
            }
            return parsed;
        }

        void fail(RosterColumn column, String problem) {
            if (problem != null) {
                failed = true;
                errors.add(new FieldErrors.FieldError("第" + row.number() + "行【" + column.header + "】",
                        "第" + row.number() + "行【" + column.header + "】" + problem));
            }
        }

        boolean failed() {
            return failed;
        }
    }
}
