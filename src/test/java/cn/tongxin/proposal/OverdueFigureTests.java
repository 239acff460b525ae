package cn.tongxin.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.Logins;

/** 超期未办复 on the statistics page is a number, the size of the list it opens. */
@IntegrationTest
class OverdueFigureTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void overdueRepliesShowTheirCountAndOpenAListOfThatSize() throws Exception {
        Api api = new Api(mvc);
        var created = api.post("member", "/api/v1/proposals", """
                {"requestKey":"%s","title":"统计页超期的提案","body":"正文，建议如下","category":"ECONOMY"}""".formatted(UUID.randomUUID()))
                .andExpect(status().isCreated());
        long id = ((Number) api.read(created, "$.proposal.id")).longValue();
        api.post("member", "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isOk());
        api.post("staff", "/api/v1/proposals/" + id + "/file", "{}").andExpect(status().isOk());
        long unit = jdbc.sql("select unit_id from user_account where username = 'unit'").query(Long.class).single();
        api.post("staff", "/api/v1/proposals/" + id + "/assign", "{\"mode\":\"SOLE\",\"responsibleUnits\":[" + unit + "]}")
                .andExpect(status().isOk());
        jdbc.sql("""
                update handling_assignment set due_date = current_date - 5 where case_id =
                  (select id from handling_case where subject_type = 'PROPOSAL' and subject_id = ?)""").param(id).update();

        MockHttpSession staff = Logins.login(mvc, "staff");
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        String page = mvc.perform(get("/proposals/statistics?year=" + year).session(staff)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher figure = Pattern.compile("href=\"([^\"]+)\"><span>超期未办复</span><span class=\"value\">([^<]*)</span>").matcher(page);
        assertThat(figure.find()).as("the figure is on the page").isTrue();
        assertThat(figure.group(2)).matches("\\d+");
        long shown = Long.parseLong(figure.group(2));
        assertThat(shown).isPositive();
        String list = mvc.perform(get(figure.group(1).replace("&amp;", "&")).session(staff)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher total = Pattern.compile("共 <strong>(\\d+)</strong> 条").matcher(list);
        assertThat(total.find()).isTrue();
        assertThat(Long.parseLong(total.group(1))).isEqualTo(shown);
    }
}
