package cn.tongxin.web;

import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI document: a Chinese title, the personal API token as bearer authentication, one schema name per type. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI tongxinOpenApi() {
        return new OpenAPI()
                .info(new Info().title("同心政协履职平台 API").version("v1")
                        .description("在“API令牌”页面创建个人令牌，以 Authorization: Bearer 令牌 调用；权限与令牌所属账户相同。"
                                + "错误以 RFC 9457 problem details（application/problem+json）返回，含中文说明；"
                                + "每个操作列出它可能给出的 400/401/403/404/409/422。约定见项目的 docs/api.md。")
                        .contact(new Contact().name("本级政协的平台管理员")))
                .components(new Components().addSecuritySchemes("apiToken",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description("个人API令牌（tx_ 开头）")))
                .addSecurityItem(new SecurityRequirement().addList("apiToken"));
    }

    /**
     * Replaces swagger's model resolver (same class: springdoc's registrar swaps it for this one) with one that names a
     * nested type after its owner: {@code ActivityApiController.Decision} and {@code ProposalApiController.Decision} were
     * both the schema {@code Decision}, so one body was documented with the other's fields. First in the list, so that
     * springdoc's own converters still come before it in swagger's chain.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ModelResolver ownerQualifiedModelResolver(SpringDocConfigProperties properties) {
        boolean v31 = properties.isOpenapi31();
        return new ModelResolver(v31 ? Json31.mapper() : Json.mapper(), new OwnerQualifiedNames()).openapi31(v31);
    }

    /** {@code Outer.Inner} becomes {@code OuterInner}, with a controller's suffix left out ({@code ActivityDecision}). */
    static final class OwnerQualifiedNames extends TypeNameResolver {

        @Override
        protected String getNameOfClass(Class<?> cls) {
            String name = super.getNameOfClass(cls);
            Class<?> owner = cls.getEnclosingClass();
            return owner == null || getUseFqn() ? name : owner(owner) + name;
        }

        static String owner(Class<?> owner) {
            String name = owner.getSimpleName();
            for (String suffix : new String[] {"ApiController", "Controller"}) {
                if (name.endsWith(suffix) && name.length() > suffix.length()) {
                    return name.substring(0, name.length() - suffix.length());
                }
            }
            return name;
        }
    }
}
