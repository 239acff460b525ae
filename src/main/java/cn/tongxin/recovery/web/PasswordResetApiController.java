package cn.tongxin.recovery.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.recovery.PasswordRecovery;

/** Without a token: the person cannot log in. */
@RestController
@Tag(name = "找回密码", description = "忘记密码时凭邮件或短信验证码设置新密码（无需令牌）")
class PasswordResetApiController {

    private final PasswordRecovery recovery;

    PasswordResetApiController(PasswordRecovery recovery) {
        this.recovery = recovery;
    }

    @PostMapping("/api/v1/auth/password-reset")
    @SecurityRequirements
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "申请验证码（按用户名、电子邮箱或手机号码；无论账户是否存在，应答相同）")
    Sent request(@RequestBody CodeRequest request) {
        return new Sent(recovery.request(request.login()));
    }

    @PostMapping("/api/v1/auth/password-reset/confirm")
    @SecurityRequirements
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "凭验证码设置新密码（验证码10分钟内有效，只能使用一次，输错5次作废）")
    void confirm(@RequestBody NewPassword request) {
        recovery.confirm(request.login(), request.code(), request.newPassword());
    }

    record CodeRequest(String login) {
    }

    record Sent(String message) {
    }

    record NewPassword(String login, String code, String newPassword) {
        @Override
        public String toString() {
            return "NewPassword[login=" + login + ", …]";
        }
    }
}
