package cn.tongxin.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import cn.tongxin.support.Logins;
import cn.tongxin.support.IntegrationTest;

/**
 * The calendar's API: a year under {@code years/}, a day under {@code days/} (one path shape for both was ambiguous);
 * the former paths still answer for existing clients, marked deprecated with their successor.
 */
@IntegrationTest
class CalendarApiTests {

    @Autowired
    MockMvc mvc;

    String bearer(String user) throws Exception {
        return "Bearer " + Logins.apiToken(mvc, user);
    }

    @Test
    void aDayIsSetReadAndRemovedUnderItsOwnSegment() throws Exception {
        mvc.perform(put("/api/v1/calendar/days/2031-10-08").header("Authorization", bearer("staff"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"working\":false,\"note\":\"国庆节\"}")).andExpect(status().isOk());
        String year = mvc.perform(get("/api/v1/calendar/years/2031").header("Authorization", bearer("staff")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> notes = JsonPath.read(year, "$[*].note");
        assertThat(notes).contains("国庆节");
        mvc.perform(delete("/api/v1/calendar/days/2031-10-08").header("Authorization", bearer("staff"))).andExpect(status().isOk());
        String after = mvc.perform(get("/api/v1/calendar/years/2031").header("Authorization", bearer("staff")))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(after, "$[*].note")).doesNotContain("国庆节");
    }

    @Test
    void theFormerPathsStillAnswerMarkedDeprecated() throws Exception {
        mvc.perform(put("/api/v1/calendar/2032-05-06").header("Authorization", bearer("staff"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"working\":true,\"note\":\"调休上班\"}"))
                .andExpect(status().isOk()).andExpect(header().string("Deprecation", "true"))
                .andExpect(header().string("Link", "</api/v1/calendar/days/2032-05-06>; rel=\"successor-version\""));
        String year = mvc.perform(get("/api/v1/calendar/2032").header("Authorization", bearer("staff")))
                .andExpect(status().isOk()).andExpect(header().string("Deprecation", "true"))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(year, "$[*].note")).contains("调休上班");
        mvc.perform(delete("/api/v1/calendar/2032-05-06").header("Authorization", bearer("staff"))).andExpect(status().isOk());
    }

    @Test
    void aDayThatIsNotADateIsA400NamingIt() throws Exception {
        mvc.perform(put("/api/v1/calendar/days/2031").header("Authorization", bearer("staff"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"working\":false}")).andExpect(status().isBadRequest());
    }
}
