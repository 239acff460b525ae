package cn.tongxin.performance;

import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.IntegrationTest;

/** The pages: a member claims, staff decide from the queue, staff add for a member; a refused form keeps what was typed. */
@IntegrationTest
class ExtraEntriesPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    static MockMultipartFile pdf() {
        return new MockMultipartFile("files", "证明.pdf", "application/pdf", ExtraEntriesTests.PDF);
    }

    long entry(String title) {
        return jdbc.sql("select id from performance_entry where title = ?").param(title).query(Long.class).single();
    }

    @Test
    void aRefusedClaimFormKeepsWhatTheMemberTyped() throws Exception {
        MockHttpSession member = login(mvc, "member");
        mvc.perform(get("/performance/claims/new").session(member)).andExpect(status().isOk())
                .andExpect(content().string(containsString("申报履职记录")));
        String future = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3).toString();
        mvc.perform(multipart("/performance/claims").file(pdf()).session(member).with(csrf())
                        .param("requestKey", UUID.randomUUID().toString()).param("happenedOn", future).param("kind", "TRAINING")
                        .param("title", "参加省政协委员培训班").param("note", "为期三天的培训"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("日期不能晚于今天")))
                .andExpect(content().string(containsString("value=\"参加省政协委员培训班\"")))
                .andExpect(content().string(containsString("为期三天的培训")))
                .andExpect(content().string(containsString("value=\"" + future + "\"")))
                .andExpect(content().string(containsString("<option value=\"TRAINING\" selected=\"selected\">培训</option>")));
    }

    @Test
    void aMemberClaimsAndStaffApproveFromTheQueue() throws Exception {
        MockHttpSession member = login(mvc, "member");
        mvc.perform(multipart("/performance/claims").file(pdf()).session(member).with(csrf())
                        .param("requestKey", UUID.randomUUID().toString()).param("happenedOn", today()).param("kind", "UPPER_ACTIVITY")
                        .param("title", "页面申报：参加省政协视察"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/performance/entries/*"));
        long id = entry("页面申报：参加省政协视察");
        mvc.perform(get("/performance/claims").session(member)).andExpect(status().isOk())
                .andExpect(content().string(containsString("页面申报：参加省政协视察")));
        mvc.perform(get("/performance/entries/" + id).session(member)).andExpect(status().isOk())
                .andExpect(content().string(containsString("撤回申报"))).andExpect(content().string(containsString("证明.pdf")));

        MockHttpSession staff = login(mvc, "staff");
        mvc.perform(get("/performance/claims").session(staff)).andExpect(status().isOk())
                .andExpect(content().string(containsString("页面申报：参加省政协视察")))
                .andExpect(content().string(containsString("/performance/claims/" + id + "/approve")));
        mvc.perform(post("/performance/claims/" + id + "/approve").session(staff).with(csrf()).param("version", "0")
                        .param("back", "/performance/claims"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from performance_entry where id = ?").param(id).query(String.class).single()).isEqualTo("COUNTED");
        mvc.perform(get("/performance/entries/" + id).session(member)).andExpect(status().isOk())
                .andExpect(content().string(containsString("已计入"))).andExpect(content().string(not(containsString("撤回申报"))));
        mvc.perform(get("/performance/entries/" + id).session(login(mvc, "member2"))).andExpect(status().isNotFound());
    }

    @Test
    void staffAddForAMemberAndCorrectWithAReason() throws Exception {
        long member2 = jdbc.sql("select member_id from user_account where username = 'member2'").query(Long.class).single();
        MockHttpSession staff = login(mvc, "staff");
        mvc.perform(get("/performance/entries/new").param("member", Long.toString(member2)).session(staff)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"" + member2 + "\" selected=\"selected\">")));
        mvc.perform(multipart("/performance/entries").file(pdf()).session(staff).with(csrf())
                        .param("requestKey", UUID.randomUUID().toString()).param("memberId", Long.toString(member2))
                        .param("happenedOn", today()).param("kind", "HONOUR").param("title", "页面补录：获评优秀志愿者"))
                .andExpect(status().is3xxRedirection());
        long id = entry("页面补录：获评优秀志愿者");
        mvc.perform(get("/performance/entries/" + id + "/edit").session(staff)).andExpect(status().isOk())
                .andExpect(content().string(containsString("更正理由")));
        mvc.perform(post("/performance/entries/" + id).session(staff).with(csrf()).param("version", "0")
                        .param("happenedOn", today()).param("kind", "HONOUR").param("title", "页面补录：获评优秀志愿者（市级）"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请填写更正理由")))
                .andExpect(content().string(containsString("value=\"页面补录：获评优秀志愿者（市级）\"")));
        mvc.perform(post("/performance/entries/" + id).session(staff).with(csrf()).param("version", "0").param("reason", "补充级别")
                        .param("happenedOn", today()).param("kind", "HONOUR").param("title", "页面补录：获评优秀志愿者（市级）"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select title from performance_entry where id = ?").param(id).query(String.class).single())
                .isEqualTo("页面补录：获评优秀志愿者（市级）");
        mvc.perform(get("/performance/entries/new").session(login(mvc, "member"))).andExpect(status().isForbidden());
    }
}
