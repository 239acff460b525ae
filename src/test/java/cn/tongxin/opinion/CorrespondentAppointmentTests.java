package cn.tongxin.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/** 特聘信息员: a correspondent with a term counts in the years the term overlaps; only correspondents can be appointed. */
@IntegrationTest
class CorrespondentAppointmentTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    Api api;
    final int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    @Test
    void aCorrespondentCountsInTheYearsTheirTermOverlaps() throws Exception {
        long correspondent = account("correspondent");
        jdbc.sql("delete from correspondent_appointment where user_account_id = ?").param(correspondent).update();
        long before = figure(year), lastYear = figure(year - 1), nextYear = figure(year + 1);
        appoint("staff", correspondent, "{\"startsOn\":\"" + year + "-03-01\",\"endsOn\":\"" + (year + 1) + "-02-28\"}").andExpect(status().isOk());
        assertThat(figure(year)).isEqualTo(before + 1);
        assertThat(figure(year - 1)).isEqualTo(lastYear);
        assertThat(figure(year + 1)).isEqualTo(nextYear + 1);
        List<Map<String, Object>> list = api.read(api.get("staff", "/api/v1/opinion-correspondents").andExpect(status().isOk()), "$");
        assertThat(list).anySatisfy(c -> {
            assertThat(((Number) c.get("accountId")).longValue()).isEqualTo(correspondent);
            assertThat(c.get("startsOn")).isEqualTo(year + "-03-01");
        });
        mvc.perform(delete("/api/v1/opinion-correspondents/" + correspondent + "/appointment")
                .header("Authorization", "Bearer " + api.token("staff"))).andExpect(status().isNoContent());
        assertThat(figure(year)).isEqualTo(before);
    }

    @Test
    void onlyACorrespondentAccountCanBeAppointedAndOnlyByTheOffice() throws Exception {
        appoint("staff", account("member"), "{\"startsOn\":\"" + year + "-01-01\"}").andExpect(status().isUnprocessableContent());
        appoint("staff", account("correspondent"), "{\"startsOn\":\"" + year + "-05-01\",\"endsOn\":\"" + year + "-04-01\"}")
                .andExpect(status().isUnprocessableContent());
        appoint("member", account("correspondent"), "{\"startsOn\":\"" + year + "-01-01\"}").andExpect(status().isForbidden());
        appoint("dc_staff", account("correspondent"), "{\"startsOn\":\"" + year + "-01-01\"}").andExpect(status().isUnprocessableContent());
    }

    private ResultActions appoint(String user, long account, String json) throws Exception {
        return mvc.perform(put("/api/v1/opinion-correspondents/" + account + "/appointment")
                .header("Authorization", "Bearer " + api.token(user)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private long figure(int y) throws Exception {
        List<Map<String, Object>> figures = api.read(api.get("staff", "/api/v1/opinions/statistics?year=" + y).andExpect(status().isOk()),
                "$.figures");
        return figures.stream().filter(f -> f.get("label").equals("特聘信息员")).mapToLong(f -> ((Number) f.get("value")).longValue())
                .findFirst().orElseThrow();
    }

    private long account(String username) {
        return jdbc.sql("select id from user_account where username = ?").param(username).query(Long.class).single();
    }
}
