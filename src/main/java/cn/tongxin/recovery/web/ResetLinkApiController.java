package cn.tongxin.recovery.web;

import java.time.Instant;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.recovery.ResetLinks;

@RestController
@Tag(name = "找回密码", description = "忘记密码时凭邮件或短信验证码设置新密码（无需令牌）")
class ResetLinkApiController {

    private final ResetLinks links;

    ResetLinkApiController(ResetLinks links) {
        this.links = links;
    }

    @PostMapping("/api/v1/accounts/{id}/reset-link")
    @Operation(summary = "生成密码重置链接（系统管理员；供未登记邮箱和手机的用户，24小时内有效，只能使用一次）")
    Issued issue(@PathVariable long id) {
        var link = links.issue(id);
        return new Issued(link.username(), ResetLinkController.absolute(link.path()), link.expiresAt());
    }

    @PostMapping("/api/v1/auth/password-reset/link/{token}")
    @SecurityRequirements
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "凭管理员生成的重置链接设置新密码（无需令牌）")
    void use(@PathVariable String token, @RequestBody NewPassword request) {
        links.use(token, request.newPassword());
    }

    record Issued(String username, String link, Instant expiresAt) {
    }

    record NewPassword(String newPassword) {
        @Override
        public String toString() {
            return "NewPassword[…]";
        }
    }
}
