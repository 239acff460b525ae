package cn.tongxin.account.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.account.ApiTokens;
import cn.tongxin.account.TokenLogin;

@RestController
@Tag(name = "当前用户", description = "当前用户信息与个人API令牌")
class TokenLoginApiController {

    private final TokenLogin login;

    TokenLoginApiController(TokenLogin login) {
        this.login = login;
    }

    @PostMapping("/api/v1/auth/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @SecurityRequirements
    @Operation(summary = "以用户名和密码登录，创建个人API令牌（明文只返回这一次）",
            description = "无需令牌。失败次数计入登录锁定并记入审计日志；初始密码须先在网页上修改。")
    ApiTokens.IssuedToken logIn(@RequestBody LoginRequest request, HttpServletRequest http) {
        return login.logIn(request.username(), request.password(), request.name(), http.getRemoteAddr());
    }

    record LoginRequest(String username, String password, String name) {
        @Override
        public String toString() {
            return "LoginRequest[username=" + username + ", name=" + name + "]";
        }
    }
}
