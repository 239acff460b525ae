package cn.tongxin.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cn.tongxin.support.IntegrationTest;

/** Every step a proposal page posts is also an operation of the API ({@code /api/v1/proposals/...}). */
@IntegrationTest
class ProposalDoorsTests {

    /** Where the API names a step differently from the page. */
    static final Map<String, String> API_NAME = Map.of(
            "POST /proposals", "POST /api/v1/proposals",
            "POST /proposals/{id}", "PUT /api/v1/proposals/{id}",
            "POST /proposals/{id}/invite", "POST /api/v1/proposals/{id}/invitations",
            "POST /proposals/{id}/respond", "POST /api/v1/proposals/{id}/cosign",
            "POST /proposals/{id}/supervision", "POST /api/v1/proposals/{id}/supervisions");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyPagePostOfAProposalHasItsApiOperation() {
        Set<String> routes = new HashSet<>();
        Set<String> pagePosts = new HashSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String path : info.getPatternValues()) {
                for (RequestMethod m : info.getMethodsCondition().getMethods()) {
                    routes.add(m + " " + path);
                    if (m == RequestMethod.POST && (path.equals("/proposals") || path.startsWith("/proposals/"))) {
                        pagePosts.add(m + " " + path);
                    }
                }
            }
        });
        assertThat(pagePosts).contains("POST /proposals/{id}/file", "POST /proposals/{id}/assign");
        for (String post : pagePosts) {
            String api = API_NAME.getOrDefault(post, post.replace("POST /proposals", "POST /api/v1/proposals"));
            assertThat(routes).as("the API operation for " + post).contains(api);
        }
    }
}
