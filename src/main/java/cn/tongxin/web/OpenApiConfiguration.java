package cn.tongxin.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI document: a Chinese title and the personal API token as bearer authentication. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI tongxinOpenApi() {
        return new OpenAPI()
                .info(new Info().title("同心政协履职平台 API").version("v1")
                        .description("在“API令牌”页面创建个人令牌，以 Authorization: Bearer 令牌 调用；权限与令牌所属账户相同。"
                                + "错误以 RFC 9457 problem details 返回，含中文说明。"))
                .components(new Components().addSecuritySchemes("apiToken",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description("个人API令牌（tx_ 开头）")))
                .addSecurityItem(new SecurityRequirement().addList("apiToken"));
    }
}
