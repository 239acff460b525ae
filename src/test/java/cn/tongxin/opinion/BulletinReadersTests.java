package cn.tongxin.opinion;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.Logins;

/**
 * One rule for reading a bulletin, the same for its page, its .docx and the API: the office reads every bulletin of
 * its committee; leaders, to whom bulletins are sent, read the issued ones (a draft is the office's work in progress);
 * members, units and correspondents read none.
 */
@IntegrationTest
class BulletinReadersTests {

    @Autowired
    MockMvc mvc;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    private long bulletin(boolean issued) throws Exception {
        var r = api.post("member", "/api/v1/opinions", """
                {"requestKey":"%s","title":"期刊读者测试","body":"情况反映与建议","category":"SOCIETY"}""".formatted(UUID.randomUUID()))
                .andExpect(status().isCreated());
        long report = ((Number) api.read(r, "$.report.id")).longValue();
        api.post("staff", "/api/v1/opinions/" + report + "/accept", "{}").andExpect(status().isOk());
        var item = api.post("staff", "/api/v1/opinion-items", "{\"reportIds\":[" + report + "],\"title\":\"期刊读者测试\",\"text\":\"编辑稿\"}");
        long itemId = ((Number) api.read(item, "$.itemId")).longValue();
        var b = api.post("staff", "/api/v1/bulletins", "{\"title\":\"专题\",\"recipients\":\"市委、市政府\"}");
        long id = ((Number) api.read(b, "$.id")).longValue();
        api.post("staff", "/api/v1/bulletins/" + id + "/items", "{\"itemId\":" + itemId + "}").andExpect(status().isOk());
        if (issued) {
            api.post("staff", "/api/v1/bulletins/" + id + "/issue", "{}").andExpect(status().isOk());
        }
        return id;
    }

    /** Page, .docx and API answer the same status for the user. */
    private void reads(String user, long id, int expected) throws Exception {
        var session = Logins.login(mvc, user);
        mvc.perform(get("/bulletins/" + id).session(session)).andExpect(status().is(expected));
        mvc.perform(get("/bulletins/" + id + ".docx").session(session)).andExpect(status().is(expected));
        api.get(user, "/api/v1/bulletins/" + id).andExpect(status().is(expected));
    }

    @Test
    void anIssuedBulletinIsReadByTheOfficeAndLeadersThroughEveryDoor() throws Exception {
        long id = bulletin(true);
        reads("staff", id, 200);
        reads("admin", id, 200);
        reads("leader", id, 200);
        reads("member", id, 403);
        reads("unit", id, 403);
        reads("dc_leader", id, 404);
    }

    @Test
    void aDraftBulletinIsTheOfficesOnly() throws Exception {
        long id = bulletin(false);
        reads("staff", id, 200);
        reads("leader", id, 404);
        reads("member", id, 403);
    }
}
