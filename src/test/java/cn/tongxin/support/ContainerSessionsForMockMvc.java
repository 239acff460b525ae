package cn.tongxin.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * MockMvc requests keep the servlet container's session ({@code .session(MockHttpSession)} as the tests hand it on):
 * Spring Session's filter is marked as already applied for them. Requests over real HTTP (browser tests,
 * SessionEndingTests, TwoInstancesTests) use the sessions in the database.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ContainerSessionsForMockMvc {

    static final String SESSION_FILTER_APPLIED = SessionRepositoryFilter.class.getName() + ".FILTERED";

    @Bean
    MockMvcBuilderCustomizer containerSessions() {
        return builder -> builder.defaultRequest(MockMvcRequestBuilders.get("/").requestAttr(SESSION_FILTER_APPLIED, Boolean.TRUE));
    }
}
