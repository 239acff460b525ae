package cn.tongxin.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/** Recording an outcome publishes it with the subject, so the subject's authors can be credited elsewhere. */
@IntegrationTest
@RecordApplicationEvents
class OutcomeEventsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEvents events;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    long issuedItem() throws Exception {
        var r = api.post("member", "/api/v1/opinions", """
                {"requestKey":"%s","title":"成果事项","body":"情况反映","category":"SOCIETY"}""".formatted(UUID.randomUUID()));
        long id = ((Number) api.read(r, "$.report.id")).longValue();
        api.post("staff", "/api/v1/opinions/" + id + "/accept", "{}").andExpect(status().isOk());
        var item = api.post("staff", "/api/v1/opinion-items", "{\"reportIds\":[" + id + "],\"title\":\"成果\",\"text\":\"编辑稿\"}");
        long itemId = ((Number) api.read(item, "$.itemId")).longValue();
        var b = api.post("staff", "/api/v1/bulletins", "{\"title\":\"成果专题\",\"recipients\":\"市委\"}");
        long bulletin = ((Number) api.read(b, "$.id")).longValue();
        api.post("staff", "/api/v1/bulletins/" + bulletin + "/items", "{\"itemId\":" + itemId + "}").andExpect(status().isOk());
        api.post("staff", "/api/v1/bulletins/" + bulletin + "/issue", "{\"issuedOn\":\"2026-01-10\"}").andExpect(status().isOk());
        return itemId;
    }

    @Test
    void anAdoptionIsPublishedWithItsSubjectLevelModeAndDate() throws Exception {
        long item = issuedItem();
        api.post("staff", "/api/v1/opinion-items/" + item + "/adoptions", "{\"level\":\"PROVINCIAL_CPPCC\",\"combined\":true,\"on\":\"2026-01-20\"}")
                .andExpect(status().isOk());
        assertThat(events.stream(OutcomeEvents.Adopted.class)).singleElement().satisfies(a -> {
            assertThat(a.subject()).isEqualTo(SubjectRef.of(SubjectType.OPINION_ITEM, item));
            assertThat(a.level()).isEqualTo(AdoptionLevel.PROVINCIAL_CPPCC);
            assertThat(a.combined()).isTrue();
            assertThat(a.adoptedOn()).isEqualTo(LocalDate.of(2026, 1, 20));
        });
    }

    @Test
    void aSecondAdoptionAtTheSameLevelIsRefusedAndNotPublished() throws Exception {
        long item = issuedItem();
        api.post("staff", "/api/v1/opinion-items/" + item + "/adoptions", "{\"level\":\"CITY_CPPCC\",\"on\":\"2026-01-20\"}")
                .andExpect(status().isOk());
        api.post("staff", "/api/v1/opinion-items/" + item + "/adoptions", "{\"level\":\"CITY_CPPCC\",\"on\":\"2026-01-21\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value("已登记市政协采用"));
        assertThat(events.stream(OutcomeEvents.Adopted.class)).hasSize(1);
    }

    @Test
    void anInstructionIsPublishedWithItsSubjectLeaderLevelAndDate() throws Exception {
        long item = issuedItem();
        api.post("staff", "/api/v1/opinion-items/" + item + "/instructions", """
                {"leader":"李市长","level":"CITY","instructedOn":"2026-01-25","text":"请研究落实","followUpDepartment":"市交通局"}""")
                .andExpect(status().isOk());
        assertThat(events.stream(OutcomeEvents.Instructed.class)).singleElement()
                .isEqualTo(new OutcomeEvents.Instructed(SubjectRef.of(SubjectType.OPINION_ITEM, item), committee(), "李市长",
                        InstructionLevel.CITY, LocalDate.of(2026, 1, 25)));
    }

    @Test
    void anIncompleteInstructionIsRefusedAndNotPublished() throws Exception {
        long item = issuedItem();
        api.post("staff", "/api/v1/opinion-items/" + item + "/instructions", "{\"leader\":\"李市长\",\"level\":\"CITY\"}")
                .andExpect(status().isUnprocessableContent());
        assertThat(events.stream(OutcomeEvents.Instructed.class)).isEmpty();
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private long committee() {
        return jdbc.sql("select id from committee where name = '示例市政协'").query(Long.class).single();
    }
}
