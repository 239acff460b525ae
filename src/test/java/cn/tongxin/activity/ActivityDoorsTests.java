package cn.tongxin.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.tongxin.support.IntegrationTest;

/** Both doors: every step an activity page posts is also an /api/v1 operation. */
@IntegrationTest
class ActivityDoorsTests {

    /** Page routes whose API operation is not simply "/api/v1" + the page path. */
    static final Map<String, String> RENAMED = Map.of(
            "/activities/{id}/outputs/{outputId}/response", "/api/v1/activity-outputs/{id}/response",
            "/activities/{id}/outputs/{outputId}/adopt", "/api/v1/activity-outputs/{id}/adoptions",
            "/activities/{id}/outputs/{outputId}/instruct", "/api/v1/activity-outputs/{id}/instructions");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyPagePostOfTheActivityModuleHasItsApiOperation() {
        Set<String> pagePosts = new TreeSet<>();
        Set<String> apiPosts = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getPackageName().equals("cn.tongxin.activity.web")
                    || !info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                return;
            }
            for (String path : info.getPatternValues()) {
                (path.startsWith("/api/") ? apiPosts : pagePosts).add(path);
            }
        });
        assertThat(pagePosts).hasSizeGreaterThanOrEqualTo(17);
        for (String page : pagePosts) {
            String api = RENAMED.getOrDefault(page, "/api/v1" + page).replaceAll("\\{[^}]+}", "{}");
            assertThat(apiPosts.stream().map(p -> p.replaceAll("\\{[^}]+}", "{}"))).as(page).contains(api);
        }
    }
}
