package cn.tongxin.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.IntegrationTest;
import cn.tongxin.support.Logins;

/** By default an upper level changes nothing of a lower committee: the city's administrator cannot rename a county. */
@IntegrationTest
class CommitteeLevelsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private record Committee(long id, String name, String region, int version) {
    }

    private Committee committee(String name) {
        return jdbc.sql("select id, name, region, version from committee where name = ?").param(name)
                .query((rs, n) -> new Committee(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4))).single();
    }

    @Test
    void theCitysAdministratorCannotRenameACountyThroughTheApiOrThePage() throws Exception {
        Committee east = committee("示例市东城区政协");
        mvc.perform(put("/api/v1/committees/" + east.id()).header("Authorization", "Bearer " + Logins.apiToken(mvc, "admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + east.version() + ",\"data\":{\"name\":\"被上级改名\",\"region\":\"东城区\"}}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("上级政协不能修改下级政协的信息，请由该政协的管理员修改"));
        mvc.perform(post("/org/committees/" + east.id()).session(Logins.login(mvc, "admin")).with(csrf())
                        .param("name", "被上级改名").param("region", "东城区").param("version", String.valueOf(east.version())))
                .andExpect(status().isForbidden());
        assertThat(committee("示例市东城区政协")).isEqualTo(east);
        // the page offers no such form on another committee's row
        String page = mvc.perform(get("/org/committees").session(Logins.login(mvc, "admin"))).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("action=\"/org/committees/" + east.id() + "\"").contains("由该政协管理员维护");
    }

    @Test
    void aCommitteesOwnAdministratorKeepsItsRecord() throws Exception {
        Committee west = committee("示例市西山县政协");
        String token = Logins.apiToken(mvc, "xs_admin");
        mvc.perform(put("/api/v1/committees/" + west.id()).header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + west.version() + ",\"data\":{\"name\":\"" + west.name() + "\",\"region\":\"西山县（新）\"}}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.region").value("西山县（新）"));
        Committee changed = committee("示例市西山县政协");
        mvc.perform(put("/api/v1/committees/" + west.id()).header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + changed.version() + ",\"data\":{\"name\":\"" + west.name() + "\",\"region\":\"" + west.region() + "\"}}"))
                .andExpect(status().isOk());
    }
}
