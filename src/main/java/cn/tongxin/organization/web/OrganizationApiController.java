package cn.tongxin.organization.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.account.AccountSummary;
import cn.tongxin.account.Accounts;
import cn.tongxin.organization.CommitteeSettings;
import cn.tongxin.organization.CommitteeView;
import cn.tongxin.organization.HandlingUnitView;
import cn.tongxin.organization.OrgUnit;
import cn.tongxin.organization.SessionView;
import cn.tongxin.organization.SettingKey;
import cn.tongxin.organization.TermView;
import cn.tongxin.organization.internal.CommitteeService;
import cn.tongxin.organization.internal.DirectoryService;
import cn.tongxin.organization.internal.HandlingUnitService;
import cn.tongxin.organization.internal.TermService;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "组织机构", description = "政协、届次与会议、界别、专委会、党派团体、委员工作室、承办单位、设置")
class OrganizationApiController {

    private final CommitteeService committees;
    private final TermService terms;
    private final DirectoryService directory;
    private final HandlingUnitService units;
    private final CommitteeSettings settings;
    private final Accounts accounts;

    OrganizationApiController(CommitteeService committees, TermService terms, DirectoryService directory,
                              HandlingUnitService units, CommitteeSettings settings, Accounts accounts) {
        this.accounts = accounts;
        this.committees = committees;
        this.terms = terms;
        this.directory = directory;
        this.units = units;
        this.settings = settings;
    }

    @GetMapping("/committees")
    @Operation(summary = "本级及下级政协")
    List<CommitteeView> committees() {
        return committees.visible();
    }

    @Operation(summary = "政协详情（本级或下级）")
    @GetMapping("/committees/{id}")
    CommitteeView committee(@PathVariable long id) {
        return committees.get(id);
    }

    @PostMapping("/committees")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新建下级政协")
    CommitteeView createCommittee(@RequestBody CommitteeService.CommitteeForm form) {
        return committees.get(committees.create(form));
    }

    @Operation(summary = "修改政协信息（须带读取时的 version）")
    @PutMapping("/committees/{id}")
    CommitteeView updateCommittee(@PathVariable long id, @RequestBody Versioned<CommitteeService.CommitteeForm> body) {
        committees.update(id, body.data(), body.version());
        return committees.get(id);
    }

    @Operation(summary = "本级政协的届次")
    @GetMapping("/terms")
    List<TermView> terms() {
        return terms.terms();
    }

    @Operation(summary = "新建届次")
    @PostMapping("/terms")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> createTerm(@RequestBody TermService.TermForm form) {
        return Map.of("id", terms.createTerm(form));
    }

    @Operation(summary = "本级政协的会次（全体会议及提案截止时间）")
    @GetMapping("/sessions")
    List<SessionView> sessions() {
        return terms.sessions();
    }

    @Operation(summary = "新建会次")
    @PostMapping("/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> createSession(@RequestBody TermService.SessionForm form) {
        return Map.of("id", terms.createSession(form));
    }

    @Operation(summary = "修改会次（须带读取时的 version）")
    @PutMapping("/sessions/{id}")
    void updateSession(@PathVariable long id, @RequestBody Versioned<TermService.SessionForm> body) {
        terms.updateSession(id, body.data(), body.version());
    }

    @GetMapping("/org-units/{kind}")
    @Operation(summary = "组织字典：sectors / special-committees / parties / groups / non-party / studios")
    List<OrgUnit> orgUnits(@PathVariable String kind) {
        return directory.list(OrganizationPageController.kind(kind), false);
    }

    @Operation(summary = "新建组织字典条目（界别、专委会、党派、团体、无党派、工作室）")
    @PostMapping("/org-units/{kind}")
    @ResponseStatus(HttpStatus.CREATED)
    OrgUnit createOrgUnit(@PathVariable String kind, @RequestBody DirectoryService.OrgUnitForm form) {
        var k = OrganizationPageController.kind(kind);
        return directory.get(k, directory.create(k, form));
    }

    @Operation(summary = "修改组织字典条目（须带读取时的 version）")
    @PutMapping("/org-units/{kind}/{id}")
    OrgUnit updateOrgUnit(@PathVariable String kind, @PathVariable long id,
                          @RequestBody Versioned<DirectoryService.OrgUnitForm> body) {
        var k = OrganizationPageController.kind(kind);
        directory.update(k, id, body.data(), body.version());
        return directory.get(k, id);
    }

    @Operation(summary = "承办单位列表（按名称筛选）")
    @GetMapping("/handling-units")
    PageResult<HandlingUnitView> handlingUnits(@RequestParam(required = false) String keyword,
                                               @RequestParam(required = false) Integer page,
                                               @RequestParam(required = false) Integer size) {
        return units.list(keyword, PageQuery.of(page, size));
    }

    @Operation(summary = "承办单位详情")
    @GetMapping("/handling-units/{id}")
    HandlingUnitView handlingUnit(@PathVariable long id) {
        return units.get(id);
    }

    @Operation(summary = "新增承办单位")
    @PostMapping("/handling-units")
    @ResponseStatus(HttpStatus.CREATED)
    HandlingUnitView createHandlingUnit(@RequestBody HandlingUnitService.UnitForm form) {
        return units.get(units.create(form));
    }

    @Operation(summary = "修改承办单位（须带读取时的 version）")
    @PutMapping("/handling-units/{id}")
    HandlingUnitView updateHandlingUnit(@PathVariable long id, @RequestBody Versioned<HandlingUnitService.UnitForm> body) {
        units.update(id, body.data(), body.version());
        return units.get(id);
    }

    @PostMapping("/handling-units/{id}/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "为承办单位开通账户（承办单位角色；首次登录须修改初始密码；仅系统管理员）")
    AccountSummary openHandlingUnitAccount(@PathVariable long id, @RequestBody HandlingUnitService.UnitAccountForm form) {
        long accountId = units.openAccount(id, form);
        return accounts.find(accountId).orElseThrow(() -> BusinessException.notFound("账户"));
    }

    @GetMapping("/handling-units/{id}/accounts")
    @Operation(summary = "承办单位的账户")
    List<AccountSummary> handlingUnitAccounts(@PathVariable long id) {
        units.get(id);
        return accounts.listForUnit(id);
    }

    @Operation(summary = "本级政协的设置及其当前值（含条例默认值）")
    @GetMapping("/settings")
    List<CommitteeSettings.SettingValue> settings() {
        return settings.current();
    }

    @Operation(summary = "修改本级政协的设置（只传要改的项）")
    @PutMapping("/settings")
    List<CommitteeSettings.SettingValue> updateSettings(@RequestBody Map<SettingKey, String> values) {
        var changes = new EnumMap<SettingKey, String>(SettingKey.class);
        changes.putAll(values);
        settings.update(changes);
        return settings.current();
    }

    /** An update carries the version it was read at, so that concurrent edits are detected. */
    record Versioned<T>(int version, T data) {
    }
}
