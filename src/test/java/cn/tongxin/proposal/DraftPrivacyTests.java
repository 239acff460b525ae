package cn.tongxin.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.Logins;

/**
 * A draft is its proposer's own until submitted: staff, administrators and leaders neither list, read, export, print
 * nor open the edit form of a member's draft — except the staff who entered it on the member's behalf.
 */
@IntegrationTest
class DraftPrivacyTests {

    private static final List<String> OFFICE = List.of("staff", "admin", "leader");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    private long draft(String user, String title, String extra) throws Exception {
        var r = api.post(user, "/api/v1/proposals", """
                {"requestKey":"%s","title":"%s","body":"正文，建议如下","category":"ECONOMY"%s}""".formatted(UUID.randomUUID(), title, extra))
                .andExpect(status().isCreated());
        return ((Number) api.read(r, "$.proposal.id")).longValue();
    }

    private void hiddenFrom(String user, long id, String title) throws Exception {
        api.get(user, "/api/v1/proposals/" + id).andExpect(status().isNotFound());
        var session = Logins.login(mvc, user);
        mvc.perform(get("/proposals/" + id).session(session)).andExpect(status().isNotFound());
        mvc.perform(get("/proposals/" + id + "/edit").session(session)).andExpect(status().isNotFound());
        mvc.perform(get("/proposals/" + id + "/print.docx").session(session)).andExpect(status().isNotFound());
        // searched by part of the title (the page shows the search words back in its filter)
        String part = title.substring(0, title.length() - 2);
        assertThat(mvc.perform(get("/proposals").param("keyword", part).session(session)).andReturn().getResponse()
                .getContentAsString()).as(user).doesNotContain(title);
        assertThat(api.get(user, "/api/v1/proposals?keyword=" + java.net.URLEncoder.encode(part, "UTF-8") + "&status=DRAFT")
                .andReturn().getResponse().getContentAsString()).as(user).doesNotContain(title);
        if (!user.equals("leader")) {
            assertThat(exported(session, part)).as(user).doesNotContain(title);
        }
    }

    private List<String> exported(org.springframework.mock.web.MockHttpSession session, String keyword) throws Exception {
        byte[] file = mvc.perform(get("/proposals/export").param("keyword", keyword).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<String> texts = new ArrayList<>();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> texts.add(cell.toString())));
        }
        return texts;
    }

    @Test
    void aMembersDraftIsHiddenFromStaffAdministratorsAndLeaders() throws Exception {
        String title = "委员自己的草稿" + System.nanoTime() + "号稿";
        long id = draft("member", title, "");
        api.get("member", "/api/v1/proposals/" + id).andExpect(status().isOk());
        for (String user : OFFICE) {
            hiddenFrom(user, id, title);
        }
        // once submitted it is the office's to review
        api.post("member", "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isOk());
        for (String user : OFFICE) {
            api.get(user, "/api/v1/proposals/" + id).andExpect(status().isOk());
        }
    }

    @Test
    void aDraftEnteredOnAMembersBehalfStaysVisibleToTheStaffWhoEnteredIt() throws Exception {
        long member = jdbc.sql("select member_id from user_account where username = 'member'").query(Long.class).single();
        String title = "代为录入的草稿" + System.nanoTime() + "号稿";
        long id = draft("staff", title, ",\"leadMemberId\":" + member);
        api.get("staff", "/api/v1/proposals/" + id).andExpect(status().isOk());
        mvc.perform(get("/proposals/" + id + "/edit").session(Logins.login(mvc, "staff"))).andExpect(status().isOk());
        api.get("member", "/api/v1/proposals/" + id).andExpect(status().isOk());
        hiddenFrom("admin", id, title);
        hiddenFrom("leader", id, title);
    }
}
