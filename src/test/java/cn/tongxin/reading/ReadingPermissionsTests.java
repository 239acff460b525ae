package cn.tongxin.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/**
 * 书香政协 permissions (ADR 023) across roles and committees: the office manages groups, themes and guides; the
 * committee's members and leaders read every group; only a group's roster posts notes; units see nothing; another
 * committee's groups, notes and comments are not found.
 */
@IntegrationTest
class ReadingPermissionsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    Api api;
    ReadingFixtures fixtures;

    @BeforeEach
    void api() {
        api = new Api(mvc);
        fixtures = new ReadingFixtures(api, jdbc, clock);
    }

    @Test
    void onlyTheOfficeManagesGroupsThemesAndGuides() throws Exception {
        long group = fixtures.group();
        String newGroup = "{\"name\":\"委员自建群" + UUID.randomUUID().toString().substring(0, 6) + "\"}";
        api.post("member", "/api/v1/reading/groups", newGroup).andExpect(status().isForbidden());
        api.post("leader", "/api/v1/reading/groups", newGroup).andExpect(status().isForbidden());
        api.post("member", "/api/v1/reading/groups/" + group + "/members", """
                {"memberId":%d,"role":"OWNER"}""".formatted(fixtures.memberId("member"))).andExpect(status().isForbidden());
        String theme = """
                {"title":"专题","startsOn":"%s","endsOn":"%s","books":[{"title":"论语","author":"孔子弟子"}]}"""
                .formatted(fixtures.today(), fixtures.today().plusDays(30));
        api.post("member", "/api/v1/reading/groups/" + group + "/themes", theme).andExpect(status().isForbidden());
        long themeId = ((Number) api.read(api.post("staff", "/api/v1/reading/groups/" + group + "/themes", theme)
                .andExpect(status().isCreated()), "$.id")).longValue();
        api.post("member", "/api/v1/reading/themes/" + themeId + "/guides", "{\"title\":\"导读\",\"body\":\"正文\"}")
                .andExpect(status().isForbidden());
        api.post("staff", "/api/v1/reading/themes/" + themeId + "/guides", "{\"title\":\"怎样读论语\",\"body\":\"每天一则。\"}")
                .andExpect(status().isCreated());
        api.get("member2", "/api/v1/reading/themes/" + themeId).andExpect(status().isOk())
                .andExpect(jsonPath("$.books[0].title").value("论语")).andExpect(jsonPath("$.guides[0].title").value("怎样读论语"));
        api.delete("member", "/api/v1/reading/groups/" + group + "/members/" + fixtures.memberId("member")).andExpect(status().isForbidden());
        api.get("unit", "/api/v1/reading/groups").andExpect(status().isForbidden());
        api.get("member", "/api/v1/reading/statistics").andExpect(status().isForbidden());
        api.get("leader", "/api/v1/reading/statistics").andExpect(status().isOk());
    }

    @Test
    void onlyTheGroupsRosterPostsNotesWhileTheCommitteeReadsThem() throws Exception {
        long group = fixtures.group();
        long note = fixtures.note("member", group, "乡土中国", "差序格局");
        String body = """
                {"book":"论语","text":"学而时习之","readOn":"%s"}""".formatted(fixtures.today());
        api.post("member2", "/api/v1/reading/groups/" + group + "/notes", body).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("只有本读书群的成员可以打卡")));
        api.post("leader", "/api/v1/reading/groups/" + group + "/notes", body).andExpect(status().isForbidden());
        api.post("staff", "/api/v1/reading/groups/" + group + "/notes", body).andExpect(status().isForbidden());
        // others of the committee read, like and comment
        api.get("member2", "/api/v1/reading/groups/" + group + "/notes").andExpect(status().isOk()).andExpect(jsonPath("$.notes[0].id").value(note));
        api.get("leader", "/api/v1/reading/notes/" + note).andExpect(status().isOk());
        api.put("member2", "/api/v1/reading/notes/" + note + "/like", "{}").andExpect(status().isOk());
        api.post("leader", "/api/v1/reading/notes/" + note + "/comments", "{\"text\":\"读得好\"}").andExpect(status().isCreated());
        // a reader who is not the author cannot remove it; the office can, with a reason
        api.post("member2", "/api/v1/reading/notes/" + note + "/remove", "{}").andExpect(status().isForbidden());
        api.post("staff", "/api/v1/reading/notes/" + note + "/remove", "{}").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("请填写删除理由")));
        api.post("unit", "/api/v1/reading/notes/" + note + "/comments", "{\"text\":\"单位\"}").andExpect(status().isForbidden());
    }

    @Test
    void anotherCommitteeSeesNothingOfTheCitysReading() throws Exception {
        long group = fixtures.group();
        long note = fixtures.note("member", group, "红岩", "革命者的坚守");
        long comment = ((Number) api.read(api.post("member2", "/api/v1/reading/notes/" + note + "/comments", "{\"text\":\"同感\"}")
                .andExpect(status().isCreated()), "$.id")).longValue();
        api.get("dc_member", "/api/v1/reading/groups/" + group).andExpect(status().isNotFound());
        api.get("dc_member", "/api/v1/reading/groups/" + group + "/notes").andExpect(status().isNotFound());
        api.get("dc_staff", "/api/v1/reading/notes/" + note).andExpect(status().isNotFound());
        api.get("dc_staff", "/api/v1/reading/notes/" + note + "/photo").andExpect(status().isNotFound());
        api.put("dc_member", "/api/v1/reading/notes/" + note + "/like", "{}").andExpect(status().isNotFound());
        api.post("dc_member", "/api/v1/reading/notes/" + note + "/comments", "{\"text\":\"外会\"}").andExpect(status().isNotFound());
        api.post("dc_staff", "/api/v1/reading/comments/" + comment + "/hide", "{\"reason\":\"外会\"}").andExpect(status().isNotFound());
        api.post("dc_staff", "/api/v1/reading/groups/" + group + "/members", """
                {"memberId":%d,"role":"READER"}""".formatted(fixtures.memberId("dc_member"))).andExpect(status().isNotFound());
        api.get("dc_staff", "/api/v1/reading/members/" + fixtures.memberId("member") + "/notes").andExpect(status().isNotFound());
        assertThat(api.<java.util.List<Object>>read(api.get("dc_member", "/api/v1/reading/groups"), "$[?(@.id == " + group + ")]")).isEmpty();
        // the city's staff cannot put a county member on a city group
        api.post("staff", "/api/v1/reading/groups/" + group + "/members", """
                {"memberId":%d,"role":"READER"}""".formatted(fixtures.memberId("dc_member"))).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("请选择本会在职委员")));
    }
}
