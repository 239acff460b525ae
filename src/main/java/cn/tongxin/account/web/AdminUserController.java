package cn.tongxin.account.web;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.account.Accounts;
import cn.tongxin.account.ContactDetails;
import cn.tongxin.account.NewAccount;
import cn.tongxin.account.Role;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.web.ApiTwin;
import cn.tongxin.web.Forms;

/** Administrators manage the accounts of their committee (unit and member logins are opened from those pages). */
@Controller
class AdminUserController {

    static final Set<Role> OFFICE_ROLES = EnumSet.of(Role.ADMIN, Role.STAFF, Role.LEADER, Role.CORRESPONDENT);
    private final Accounts accounts;
    private final ContactDetails contacts;

    AdminUserController(Accounts accounts, ContactDetails contacts) {
        this.accounts = accounts;
        this.contacts = contacts;
    }

    @GetMapping("/admin/users")
    String list(@RequestParam(required = false) String keyword, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", accounts.list(keyword, PageQuery.of(page, 20)));
        model.addAttribute("keyword", keyword);
        return "account/users";
    }

    @GetMapping("/admin/users/new")
    String form(Model model) {
        model.addAttribute("roles", OFFICE_ROLES);
        return "account/user-new";
    }

    @PostMapping("/admin/users")
    @ApiTwin("POST /api/v1/accounts")
    String create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String displayName,
                  @RequestParam(defaultValue = "") String initialPassword, @RequestParam(required = false) Set<Role> roles,
                  @RequestParam(required = false) String office, Model model, RedirectAttributes redirect) {
        // This form opens office accounts; member and unit logins are opened from the member's and the unit's page.
        var account = new NewAccount(username, displayName, initialPassword, roles == null ? Set.of() : roles, office, null, null);
        return Forms.submit(() -> accounts.open(account), "账户已创建，首次登录须修改初始密码", "redirect:/admin/users", model,
                redirect, () -> {
                    model.addAttribute("roles", OFFICE_ROLES);
                    return "account/user-new";
                });
    }

    @GetMapping("/admin/users/{id}")
    String edit(@PathVariable long id, Model model) {
        model.addAttribute("account", accounts.find(id).orElseThrow(() -> BusinessException.notFound("账户")));
        model.addAttribute("roles", Role.values());
        return "account/user-edit";
    }

    @PostMapping("/admin/users/{id}/roles")
    @ApiTwin("PUT /api/v1/accounts/{id}/roles")
    String roles(@PathVariable long id, @RequestParam(required = false) Set<Role> roles,
                 @RequestParam(required = false) String office, RedirectAttributes redirect) {
        return Forms.step(page(id), redirect, "角色已保存", () -> accounts.updateRoles(id, roles == null ? Set.of() : roles, office));
    }

    @PostMapping("/admin/users/{id}/contact")
    @ApiTwin("PUT /api/v1/accounts/{id}/contact")
    String contact(@PathVariable long id, @RequestParam(required = false) String email,
                   @RequestParam(required = false) String mobile, RedirectAttributes redirect) {
        return Forms.step(page(id), redirect, "联系方式已保存", () -> contacts.updateFor(id, new ContactDetails.Contact(email, mobile)));
    }

    @PostMapping("/admin/users/{id}/password")
    @ApiTwin("POST /api/v1/accounts/{id}/password")
    String reset(@PathVariable long id, @RequestParam(defaultValue = "") String initialPassword, RedirectAttributes redirect) {
        return Forms.step(page(id), redirect, "密码已重置，该用户下次登录须修改密码", () -> accounts.resetPassword(id, initialPassword));
    }

    @PostMapping("/admin/users/{id}/enabled")
    @ApiTwin("PUT /api/v1/accounts/{id}/enabled")
    String enabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        return Forms.step(page(id), redirect, enabled ? "账户已启用" : "账户已停用", () -> accounts.setEnabled(id, enabled));
    }

    @PostMapping("/admin/users/{id}/unlock")
    @ApiTwin("POST /api/v1/accounts/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        return Forms.step(page(id), redirect, "账户已解锁", () -> accounts.unlock(id));
    }

    private static String page(long id) {
        return "/admin/users/" + id;
    }
}
