package cn.tongxin.account.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.account.Accounts;
import cn.tongxin.account.ApiTokens;
import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "当前用户", description = "当前用户信息与个人API令牌")
class MeApiController {

    private final CurrentUsers currentUsers;
    private final ApiTokens tokens;
    private final Accounts accounts;

    MeApiController(CurrentUsers currentUsers, ApiTokens tokens, Accounts accounts) {
        this.currentUsers = currentUsers;
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "当前用户")
    CurrentUser me() {
        return currentUsers.get();
    }

    @GetMapping("/tokens")
    @Operation(summary = "我的API令牌")
    List<ApiTokens.TokenSummary> tokens() {
        return tokens.listOwn();
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "创建API令牌（明文只返回这一次）")
    ApiTokens.IssuedToken create(@RequestBody TokenRequest request) {
        return tokens.create(request.name());
    }

    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "撤销API令牌")
    void revoke(@PathVariable long id) {
        tokens.revoke(id);
    }

    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "修改本人密码（须提供当前密码）")
    void changePassword(@RequestBody PasswordChange request) {
        accounts.changeOwnPassword(request.currentPassword(), request.newPassword());
    }

    record TokenRequest(String name) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
        @Override
        public String toString() {
            return "PasswordChange[…]";
        }
    }
}
