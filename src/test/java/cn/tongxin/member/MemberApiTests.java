package cn.tongxin.member;

import static cn.tongxin.support.Logins.apiToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.IntegrationTest;

@IntegrationTest
class MemberApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theApiRefusesCallsWithoutAValidToken() throws Exception {
        mvc.perform(get("/api/v1/members")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("未认证"));
        mvc.perform(get("/api/v1/members").header("Authorization", "Bearer tx_" + "A".repeat(40)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void filtersAndPagesTheList() throws Exception {
        String token = apiToken(mvc, "staff");
        long sector = jdbc.sql("""
                select m.sector_id from member m join committee c on c.id = m.committee_id
                 where c.name = '示例市政协' group by m.sector_id order by count(*) desc limit 1""").query(Long.class).single();
        long expected = jdbc.sql("select count(*) from member where sector_id = ?").param(sector).query(Long.class).single();
        mvc.perform(get("/api/v1/members").param("sectorId", Long.toString(sector)).param("size", "2")
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(expected))
                .andExpect(jsonPath("$.items.length()").value(Math.min(2, expected)))
                .andExpect(jsonPath("$.items[0].sectorId").value(sector));
    }

    @Test
    void createsAndUpdatesAMemberAndDetectsConcurrentEdits() throws Exception {
        String token = apiToken(mvc, "staff");
        String created = mvc.perform(post("/api/v1/members").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"接口委员\",\"gender\":\"FEMALE\",\"ethnicity\":\"汉族\",\"mobile\":\"13612345678\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("接口委员"))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
        String body = "{\"version\":0,\"data\":{\"name\":\"接口委员（改）\",\"gender\":\"FEMALE\",\"mobile\":\"13612345678\"}}";
        mvc.perform(put("/api/v1/members/" + id).header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        // a second edit made from the same (now stale) version is refused, not silently overwritten
        mvc.perform(put("/api/v1/members/" + id).header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(body.replace("（改）", "（覆盖）")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("该委员信息已被他人修改，请刷新后重试"));
        assertThat(jdbc.sql("select name from member where id = ?").param(id).query(String.class).single())
                .isEqualTo("接口委员（改）");
    }

    @Test
    void invalidInputGetsChineseFieldErrorsAndChangesNothing() throws Exception {
        String token = apiToken(mvc, "staff");
        long before = jdbc.sql("select count(*) from member").query(Long.class).single();
        mvc.perform(post("/api/v1/members").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\",\"mobile\":\"12\",\"sectorId\":999999}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value("姓名不能为空"))
                .andExpect(jsonPath("$.errors[?(@.field == 'gender')].message").value("请选择性别"))
                .andExpect(jsonPath("$.errors[?(@.field == 'mobile')].message").value("手机格式不正确"))
                .andExpect(jsonPath("$.errors[?(@.field == 'sectorId')].message").value("所选界别不存在"));
        mvc.perform(post("/api/v1/members").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("请求内容格式不正确，请检查参数"));
        assertThat(jdbc.sql("select count(*) from member").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aRevokedTokenStopsWorking() throws Exception {
        String token = cn.tongxin.support.Logins.newApiToken(mvc, "leader");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("leader"));
        long id = jdbc.sql("select id from api_token where token_prefix = ?").param(token.substring(0, 8)).query(Long.class).single();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/me/tokens/" + id)
                .header("Authorization", "Bearer " + token)).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("select token_hash from api_token where id = ?").param(id).query(String.class).single())
                .hasSize(64).doesNotContain(token);
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/members']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/handling-units']").exists());
    }
}
