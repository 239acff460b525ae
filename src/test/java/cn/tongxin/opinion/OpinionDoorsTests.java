package cn.tongxin.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.tongxin.support.IntegrationTest;

/** Every step a report or bulletin page posts is also an operation of the API. */
@IntegrationTest
class OpinionDoorsTests {

    /** Page POST → the API operation taking the same step. */
    static final Map<String, String> API_OF_PAGE = Map.ofEntries(
            Map.entry("POST /opinions", "POST /api/v1/opinions"),
            Map.entry("POST /opinions/{id}/resubmit", "POST /api/v1/opinions/{id}/resubmit"),
            Map.entry("POST /opinions/{id}/withdraw", "POST /api/v1/opinions/{id}/withdraw"),
            Map.entry("POST /opinions/{id}/accept", "POST /api/v1/opinions/{id}/accept"),
            Map.entry("POST /opinions/{id}/archive", "POST /api/v1/opinions/{id}/archive"),
            Map.entry("POST /opinions/{id}/return", "POST /api/v1/opinions/{id}/return"),
            Map.entry("POST /opinions/{id}/clue", "POST /api/v1/opinions/{id}/clue"),
            Map.entry("POST /opinions/edit", "POST /api/v1/opinion-items"),
            Map.entry("POST /opinion-items/{id}", "POST /api/v1/opinion-items/{id}/revise"),
            Map.entry("POST /opinion-items/{id}/forward", "POST /api/v1/opinion-items/{id}/forwards"),
            Map.entry("POST /opinion-items/{id}/adopt", "POST /api/v1/opinion-items/{id}/adoptions"),
            Map.entry("POST /opinion-items/{id}/instruct", "POST /api/v1/opinion-items/{id}/instructions"),
            Map.entry("POST /bulletins", "POST /api/v1/bulletins"),
            Map.entry("POST /bulletins/{id}/items", "POST /api/v1/bulletins/{id}/items"),
            Map.entry("POST /bulletins/{id}/items/{itemId}/remove", "DELETE /api/v1/bulletins/{id}/items/{itemId}"),
            Map.entry("POST /bulletins/{id}/issue", "POST /api/v1/bulletins/{id}/issue"));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyPagePostOfOpinionHasItsApiOperation() {
        Set<String> pagePosts = new TreeSet<>();
        Set<String> api = new HashSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!method.getBeanType().getPackageName().equals("cn.tongxin.opinion.web")) {
                return;
            }
            for (String path : info.getPatternValues()) {
                for (RequestMethod m : info.getMethodsCondition().getMethods()) {
                    String route = m + " " + path;
                    if (path.startsWith("/api/")) {
                        api.add(route);
                    } else if (m == RequestMethod.POST) {
                        pagePosts.add(route);
                    }
                }
            }
        });
        assertThat(pagePosts).isNotEmpty();
        assertThat(API_OF_PAGE.keySet()).as("page POST routes with a known API operation").containsAll(pagePosts);
        for (String page : pagePosts) {
            assertThat(api).as(page).contains(API_OF_PAGE.get(page));
        }
    }
}
