package cn.tongxin;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.IntegrationTest;

@IntegrationTest
class OperationsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings;

    /** API errors are problem details only when the controller is a REST controller: keep every /api route in one. */
    @Test
    void everyApiRouteIsServedByARestController() {
        var offenders = mappings.getHandlerMethods().entrySet().stream()
                .filter(e -> e.getKey().getPatternValues().stream().anyMatch(p -> p.startsWith("/api/")))
                .filter(e -> !e.getValue().getBeanType().isAnnotationPresent(org.springframework.web.bind.annotation.RestController.class))
                .map(e -> e.getValue().toString()).toList();
        org.assertj.core.api.Assertions.assertThat(offenders).isEmpty();
    }

    @Test
    void healthAndReadinessAreReported() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void metricsAreExposedForPrometheusToAnAdministratorsToken() throws Exception {
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + cn.tongxin.support.Logins.apiToken(mvc, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("hikaricp_connections_active")))
                .andExpect(content().string(Matchers.containsString("http_server_requests")));
    }

    /** Management endpoints other than health need an administrator: anonymous 401, other roles 403; health stays open. */
    @Test
    void managementEndpointsExceptHealthRequireAnAdministrator() throws Exception {
        for (String path : java.util.List.of("/actuator/prometheus", "/actuator/info", "/actuator")) {
            mvc.perform(get(path)).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.title").value("未认证"));
            mvc.perform(get(path).header("Authorization", "Bearer " + cn.tongxin.support.Logins.apiToken(mvc, "staff")))
                    .andExpect(status().isForbidden());
            mvc.perform(get(path).session(cn.tongxin.support.Logins.login(mvc, "admin"))).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/actuator/info").header("Authorization", "Bearer " + cn.tongxin.support.Logins.apiToken(mvc, "admin")))
                .andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
    }

    @Test
    void theOpenApiDocumentHasAChineseTitleAndTokenAuthentication() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("同心政协履职平台 API"))
                .andExpect(jsonPath("$.components.securitySchemes.apiToken.scheme").value("bearer"));
    }
}
