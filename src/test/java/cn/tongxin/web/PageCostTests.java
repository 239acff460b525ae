package cn.tongxin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.Logins;

/** A page makes a few statements, however many rows it shows: no query per row. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageCostTests {

    /** Statements a list page may make: the page and its count, the filters' choices, the top bar. */
    private static final int LIST_PAGE_BOUND = 8;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    MockHttpSession staff;

    @BeforeAll
    void login() throws Exception {
        staff = Logins.login(mvc, "staff");
    }

    private List<String> statements(String path) throws Exception {
        // the first request warms what is kept per committee; then the page as it usually is. What is kept per committee
        // may expire (its time to live) or be cleared by another step between two requests, which only adds a reload:
        // the fewest statements of three requests is the page's steady state
        mvc.perform(get(path).session(staff)).andExpect(status().isOk());
        List<String> fewest = null;
        for (int i = 0; i < 3; i++) {
            List<String> counted = StatementCounter.count(() -> mvc.perform(get(path).session(staff)).andExpect(status().isOk()));
            if (fewest == null || counted.size() < fewest.size()) {
                fewest = counted;
            }
        }
        return fewest;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/proposals", "/opinions", "/activities", "/members", "/suggestions"})
    void aListPageMakesAFewStatementsAndNoneMoreForMoreRows(String path) throws Exception {
        List<String> full = statements(path);
        List<String> empty = statements(path + "?page=9999");
        assertThat(full).as(path + ": " + String.join("\n", full)).hasSizeLessThanOrEqualTo(LIST_PAGE_BOUND);
        assertThat(full).as("a page of rows makes no more statements than an empty page: " + path).hasSameSizeAs(empty);
        System.out.println("PageCost " + path + ": " + full.size() + " statements");
    }

    @Test
    void anApiCallDoesNotReadWhatOnlyPagesShow() throws Exception {
        Api api = new Api(mvc);
        api.get("member", "/api/v1/proposals");
        List<String> create = StatementCounter.count(() -> api.post("member", "/api/v1/proposals", """
                {"requestKey":"%s","title":"语句计数","body":"正文","category":"ECONOMY"}""".formatted(UUID.randomUUID()))
                .andExpect(status().isCreated()));
        System.out.println("PageCost POST /api/v1/proposals: " + create.size() + " statements\n" + String.join("\n", create));
        assertThat(create).as("the unread count is for the pages' top bar")
                .noneMatch(sql -> sql.contains("from notification"));
    }

    @Test
    void theProposalPageMakesAFixedNumberOfStatements() throws Exception {
        long committee = jdbc.sql("select id from committee where name = '示例市政协'").query(Long.class).single();
        long proposal = jdbc.sql("select id from proposal where committee_id = ? and status <> 'DRAFT' order by id limit 1").param(committee)
                .query(Long.class).single();
        List<String> detail = statements("/proposals/" + proposal);
        System.out.println("PageCost /proposals/{id}: " + detail.size() + " statements\n" + String.join("\n", detail));
        assertThat(detail).as(String.join("\n", detail)).hasSizeLessThanOrEqualTo(20);
    }

    @Test
    void thePlenaryStepsEachMakeAFewStatements() throws Exception {
        Api api = new Api(mvc);
        long committee = jdbc.sql("select id from committee where name = '示例市政协'").query(Long.class).single();
        long cosigner = jdbc.sql("select member_id from user_account where username = 'member2'").query(Long.class).single();
        api.get("member", "/api/v1/proposals");
        api.get("member2", "/api/v1/proposals");
        String key = UUID.randomUUID().toString();
        List<String> draft = StatementCounter.count(() -> api.post("member", "/api/v1/proposals", """
                {"requestKey":"%s","kind":"JOINT","title":"关于语句计数的联名提案","situation":"情况说明","analysis":"原因分析",
                 "suggestions":"具体建议","category":"SOCIETY","publishable":true}""".formatted(key)).andExpect(status().isCreated()));
        long id = jdbc.sql("select id from proposal where committee_id = ? and request_key = ?").params(committee, key).query(Long.class).single();
        List<String> invite = StatementCounter.count(() -> api.post("member", "/api/v1/proposals/" + id + "/invitations",
                "{\"memberIds\":[" + cosigner + "]}").andExpect(status().is2xxSuccessful()));
        List<String> confirm = StatementCounter.count(() -> api.post("member2", "/api/v1/proposals/" + id + "/cosign",
                "{\"confirm\":true}").andExpect(status().is2xxSuccessful()));
        List<String> submit = StatementCounter.count(() -> api.post("member", "/api/v1/proposals/" + id + "/submit", null)
                .andExpect(status().is2xxSuccessful()));
        for (var step : List.of(java.util.Map.entry("draft", draft), java.util.Map.entry("invite", invite),
                java.util.Map.entry("confirm", confirm), java.util.Map.entry("submit", submit))) {
            System.out.println("PageCost plenary " + step.getKey() + ": " + step.getValue().size() + " statements\n"
                    + String.join("\n", step.getValue()));
        }
    }
}
