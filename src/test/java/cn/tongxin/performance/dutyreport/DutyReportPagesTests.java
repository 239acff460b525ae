package cn.tongxin.performance.dutyreport;

import static cn.tongxin.support.Logins.login;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.IntegrationTest;

/** The pages of the duty report, step by step as a member and staff click through them. */
@IntegrationTest
class DutyReportPagesTests {

    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 5;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aMemberStartsWritesAndSubmitsOnThePageAndStaffReviewFromTheList() throws Exception {
        MockHttpSession member = login(mvc, "member2");
        MockHttpSession staff = login(mvc, "staff");
        mvc.perform(get("/performance/duty-report").param("year", String.valueOf(YEAR)).session(member))
                .andExpect(status().isOk()).andExpect(content().string(containsString("开始撰写")));
        mvc.perform(post("/performance/duty-report").param("year", String.valueOf(YEAR)).session(member).with(csrf()))
                .andExpect(redirectedUrl("/performance/duty-report?year=" + YEAR));
        long id = jdbc.sql("select id from duty_report where year = ? and member_id = (select member_id from user_account where username = 'member2')")
                .param(YEAR).query(Long.class).single();
        mvc.perform(get("/performance/duty-report").param("year", String.valueOf(YEAR)).session(member))
                .andExpect(status().isOk()).andExpect(content().string(containsString("履职积分与记录")))
                .andExpect(content().string(containsString("id=\"duty-form\"")));
        mvc.perform(post("/duty-reports/" + id + "/submit").session(member).with(csrf()))
                .andExpect(redirectedUrl("/performance/duty-report?year=" + YEAR))
                .andExpect(flash().attribute("error", "请先填写履职总结再提交"));
        mvc.perform(post("/duty-reports/" + id).session(member).with(csrf()).param("version", "0")
                        .param("summary", "一年来的履职情况").param("plans", ""))
                .andExpect(redirectedUrl("/performance/duty-report?year=" + YEAR));
        mvc.perform(post("/duty-reports/" + id + "/submit").session(member).with(csrf()))
                .andExpect(flash().attribute("notice", "已提交，等待工作人员审核"));

        mvc.perform(get("/duty-reports").param("year", String.valueOf(YEAR)).session(staff))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/duty-reports/" + id)));
        mvc.perform(get("/duty-reports/" + id).session(staff)).andExpect(status().isOk())
                .andExpect(content().string(containsString("审核通过"))).andExpect(content().string(containsString("一年来的履职情况")));
        mvc.perform(post("/duty-reports/" + id + "/accept").session(staff).with(csrf())).andExpect(redirectedUrl("/duty-reports/" + id));
        mvc.perform(get("/duty-reports").param("year", String.valueOf(YEAR)).session(login(mvc, "member")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("/duty-reports/" + id + "\""))));
        mvc.perform(post("/duty-reports/" + id + "/publish").session(staff).with(csrf())).andExpect(redirectedUrl("/duty-reports/" + id));
        mvc.perform(get("/duty-reports").param("year", String.valueOf(YEAR)).session(login(mvc, "member")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/duty-reports/" + id + "\"")));
        mvc.perform(get("/duty-reports/" + id).session(login(mvc, "member"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("审核通过</button>"))));
        mvc.perform(get("/duty-reports/missing").param("year", String.valueOf(YEAR)).session(staff)).andExpect(status().isOk())
                .andExpect(content().string(containsString("未提交履职报告的常委")));
    }
}
