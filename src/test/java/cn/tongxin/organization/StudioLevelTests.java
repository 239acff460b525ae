package cn.tongxin.organization;

import static cn.tongxin.support.Logins.login;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/** A studio's level (省级示范性 …) is set on the studio form and API and counted per level; other kinds have none. */
@IntegrationTest
class StudioLevelTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StudioHeadlines studios;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    @Test
    void aStudiosLevelIsSetChangedAndCountedPerLevel() throws Exception {
        // in a county: the city's demo directory keeps its size for the other tests
        long committee = jdbc.sql("select committee_id from user_account where username = 'dc_admin'").query(Long.class).single();
        long provincial = studios.byLevel(List.of(committee)).getOrDefault(StudioLevel.PROVINCIAL_MODEL, 0L);
        long city = studios.byLevel(List.of(committee)).getOrDefault(StudioLevel.CITY_MODEL, 0L);
        String name = "示范工作室" + UUID.randomUUID().toString().substring(0, 8);
        var r = api.post("dc_admin", "/api/v1/org-units/studios", "{\"name\":\"" + name + "\",\"level\":\"PROVINCIAL_MODEL\"}")
                .andExpect(status().isCreated());
        assertThat((String) api.read(r, "$.level")).isEqualTo("PROVINCIAL_MODEL");
        long id = ((Number) api.read(r, "$.id")).longValue();
        assertThat(studios.byLevel(List.of(committee)).get(StudioLevel.PROVINCIAL_MODEL)).isEqualTo(provincial + 1);
        assertThat(studios.records(List.of(committee), StudioLevel.PROVINCIAL_MODEL, cn.tongxin.shared.PageQuery.of(1, 200)).items())
                .extracting(cn.tongxin.shared.CountedRecord::title).contains(name);

        mvc.perform(put("/api/v1/org-units/studios/" + id).header("Authorization", "Bearer " + api.token("dc_admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"data\":{\"name\":\"" + name + "\",\"level\":\"CITY_MODEL\",\"active\":true}}"))
                .andExpect(status().isOk());
        assertThat(studios.byLevel(List.of(committee)).getOrDefault(StudioLevel.PROVINCIAL_MODEL, 0L)).isEqualTo(provincial);
        assertThat(studios.byLevel(List.of(committee)).get(StudioLevel.CITY_MODEL)).isEqualTo(city + 1);

        String page = mvc.perform(get("/org/dir/studios").session(login(mvc, "dc_admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(name, "市级示范性", "省级示范性");
    }

    @Test
    void onlyAStudioHasALevel() throws Exception {
        api.post("dc_admin", "/api/v1/org-units/sectors", "{\"name\":\"界别" + UUID.randomUUID().toString().substring(0, 8)
                + "\",\"level\":\"ORDINARY\"}").andExpect(status().isUnprocessableContent());
    }
}
