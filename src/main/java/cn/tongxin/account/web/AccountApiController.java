package cn.tongxin.account.web;

import java.util.Set;

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
import cn.tongxin.account.ContactDetails;
import cn.tongxin.account.NewAccount;
import cn.tongxin.account.Role;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

/** The API door of account administration (pages: 系统管理 → 账户与角色); system administrators of the committee only. */
@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "账户", description = "本级政协的账户与角色：开通、修改角色、停用/启用、重置密码、解锁（仅系统管理员）")
class AccountApiController {

    private final Accounts accounts;
    private final ContactDetails contacts;

    AccountApiController(Accounts accounts, ContactDetails contacts) {
        this.accounts = accounts;
        this.contacts = contacts;
    }

    @GetMapping
    @Operation(summary = "账户列表（分页，按用户名或姓名筛选；电子邮箱和手机为掩码）")
    PageResult<AccountSummary> list(@RequestParam(required = false) String keyword, @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size) {
        return accounts.list(keyword, PageQuery.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "账户（联系方式完整显示；列表中为掩码）")
    AccountSummary get(@PathVariable long id) {
        return find(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "开通账户（首次登录须修改初始密码；委员角色须带本政协的 memberId，承办单位角色须带本政协的 unitId）")
    AccountSummary open(@RequestBody NewAccount account) {
        return find(accounts.open(account));
    }

    @PutMapping("/{id}/roles")
    @Operation(summary = "修改角色与所在科室")
    AccountSummary roles(@PathVariable long id, @RequestBody RolesRequest request) {
        accounts.updateRoles(id, request.roles() == null ? Set.of() : request.roles(), request.office());
        return find(id);
    }

    @PutMapping("/{id}/enabled")
    @Operation(summary = "停用或启用账户")
    AccountSummary enabled(@PathVariable long id, @RequestBody EnabledRequest request) {
        accounts.setEnabled(id, request.enabled());
        return find(id);
    }

    @PutMapping("/{id}/contact")
    @Operation(summary = "修改账户的电子邮箱和手机（留空即清除）")
    AccountSummary contact(@PathVariable long id, @RequestBody ContactDetails.Contact contact) {
        contacts.updateFor(id, contact);
        return find(id);
    }

    @PostMapping("/{id}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "重置为初始密码（该用户下次登录须修改密码；同时解锁）")
    void resetPassword(@PathVariable long id, @RequestBody PasswordRequest request) {
        accounts.resetPassword(id, request.initialPassword());
    }

    @PostMapping("/{id}/unlock")
    @Operation(summary = "解锁账户")
    AccountSummary unlock(@PathVariable long id) {
        accounts.unlock(id);
        return find(id);
    }

    private AccountSummary find(long id) {
        return accounts.find(id).orElseThrow(() -> BusinessException.notFound("账户"));
    }

    record RolesRequest(Set<Role> roles, String office) {
    }

    record EnabledRequest(boolean enabled) {
    }

    record PasswordRequest(String initialPassword) {
        @Override
        public String toString() {
            return "PasswordRequest[…]";
        }
    }
}
