package cn.tongxin.member.web;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.account.AccountSummary;
import cn.tongxin.account.Accounts;
import cn.tongxin.member.ImportResult;
import cn.tongxin.member.MemberCriteria;
import cn.tongxin.member.MemberForm;
import cn.tongxin.member.MemberView;
import cn.tongxin.member.internal.MemberAccounts;
import cn.tongxin.member.internal.MemberService;
import cn.tongxin.member.internal.RosterImport;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

@RestController
@RequestMapping("/api/v1/members")
@Tag(name = "委员", description = "委员名册：查询、新增、修改、导入")
class MemberApiController {

    private final MemberService members;
    private final RosterImport rosterImport;
    private final MemberAccounts memberAccounts;
    private final Accounts accounts;

    MemberApiController(MemberService members, RosterImport rosterImport, MemberAccounts memberAccounts, Accounts accounts) {
        this.members = members;
        this.rosterImport = rosterImport;
        this.memberAccounts = memberAccounts;
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "委员列表（分页、筛选）")
    PageResult<MemberView> list(@ModelAttribute MemberCriteria criteria, @RequestParam(required = false) Integer page,
                                @RequestParam(required = false) Integer size) {
        return members.list(criteria, PageQuery.of(page, size));
    }

    @Operation(summary = "委员详情")
    @GetMapping("/{id}")
    MemberView get(@PathVariable long id) {
        return members.get(id);
    }

    @Operation(summary = "新增委员")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    MemberView create(@RequestBody MemberForm form) {
        return members.get(members.create(form));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改委员（须带读取时的 version，用于检测并发修改）")
    MemberView update(@PathVariable long id, @RequestBody VersionedMember body) {
        members.update(id, body.data(), body.version());
        return members.get(id);
    }

    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "导入委员名册 .xlsx（全部成功或全部不导入；按手机号更新已有委员）")
    ImportResult importRoster(@RequestPart("file") MultipartFile file) throws IOException {
        try (var in = file.getInputStream()) {
            return rosterImport.run(in);
        }
    }

    @PostMapping("/{id}/account")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "为委员开通账户（委员角色；首次登录须修改初始密码；仅系统管理员）")
    AccountSummary openAccount(@PathVariable long id, @RequestBody AccountRequest request) {
        long accountId = memberAccounts.open(id, request.username(), request.initialPassword());
        return accounts.find(accountId).orElseThrow(() -> BusinessException.notFound("账户"));
    }

    record VersionedMember(int version, MemberForm data) {
    }

    record AccountRequest(String username, String initialPassword) {
        @Override
        public String toString() {
            return "AccountRequest[username=" + username + "]";
        }
    }
}
