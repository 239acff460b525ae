package cn.tongxin.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.outcome.AdoptionLevel;
import cn.tongxin.outcome.InstructionLevel;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/** An item's outcomes reach each report's authors; a year's report facts read back equal what the live flow published. */
@IntegrationTest
@RecordApplicationEvents
class OpinionFactsReplayTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    OpinionFacts facts;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    long memberId(String username) {
        return jdbc.sql("select member_id from user_account where username = ?").param(username).query(Long.class).single();
    }

    long report(String user, String title) throws Exception {
        var r = api.post(user, "/api/v1/opinions", """
                {"requestKey":"%s","title":"%s","body":"情况反映","category":"SOCIETY"}""".formatted(UUID.randomUUID(), title))
                .andExpect(status().isCreated());
        return ((Number) api.read(r, "$.report.id")).longValue();
    }

    long committee(long report) {
        return jdbc.sql("select committee_id from opinion_report where id = ?").param(report).query(Long.class).single();
    }

    /** Two reports edited into one item, issued today. */
    long issuedItem(long... reports) throws Exception {
        StringBuilder ids = new StringBuilder();
        for (long id : reports) {
            api.post("staff", "/api/v1/opinions/" + id + "/accept", "{}").andExpect(status().isOk());
            ids.append(ids.isEmpty() ? "" : ",").append(id);
        }
        var item = api.post("staff", "/api/v1/opinion-items", "{\"reportIds\":[" + ids + "],\"title\":\"重演\",\"text\":\"稿\"}");
        long itemId = ((Number) api.read(item, "$.itemId")).longValue();
        var b = api.post("staff", "/api/v1/bulletins", "{\"title\":\"重演专题\",\"recipients\":\"市委\"}");
        long bulletin = ((Number) api.read(b, "$.id")).longValue();
        api.post("staff", "/api/v1/bulletins/" + bulletin + "/items", "{\"itemId\":" + itemId + "}").andExpect(status().isOk());
        api.post("staff", "/api/v1/bulletins/" + bulletin + "/issue", "{\"issuedOn\":\"" + TODAY + "\"}").andExpect(status().isOk());
        return itemId;
    }

    List<Object> published(long report) {
        return events.stream().map(e -> e instanceof PayloadApplicationEvent<?> p ? p.getPayload() : (Object) e)
                .filter(e -> e instanceof OpinionEvents.ReportSubmitted || e instanceof OpinionEvents.ReportAccepted
                        || e instanceof OpinionEvents.ReportIssued || e instanceof OpinionEvents.ReportAdopted
                        || e instanceof OpinionEvents.ReportInstructed)
                .filter(e -> reportOf(e) == report).toList();
    }

    List<Object> replayed(long report) {
        return facts.replay(committee(report), TODAY.getYear()).stream().filter(e -> reportOf(e) == report).toList();
    }

    static long reportOf(Object e) {
        return switch (e) {
            case OpinionEvents.ReportSubmitted s -> s.reportId();
            case OpinionEvents.ReportAccepted a -> a.reportId();
            case OpinionEvents.ReportIssued i -> i.reportId();
            case OpinionEvents.ReportAdopted a -> a.reportId();
            case OpinionEvents.ReportInstructed i -> i.reportId();
            default -> -1;
        };
    }

    @Test
    void anAdoptionOfAnItemIsPublishedForEachOfItsReportsWithTheirAuthors() throws Exception {
        long mine = report("member", "采用事实一");
        long theirs = report("member2", "采用事实二");
        long item = issuedItem(mine, theirs);
        api.post("staff", "/api/v1/opinion-items/" + item + "/adoptions", "{\"level\":\"CITY_PARTY_GOVERNMENT\",\"combined\":true,\"on\":\"" + TODAY + "\"}")
                .andExpect(status().isOk());
        long c = committee(mine);
        assertThat(events.stream(OpinionEvents.ReportAdopted.class)).containsExactly(
                new OpinionEvents.ReportAdopted(mine, c, List.of(memberId("member")), AdoptionLevel.CITY_PARTY_GOVERNMENT, true, TODAY),
                new OpinionEvents.ReportAdopted(theirs, c, List.of(memberId("member2")), AdoptionLevel.CITY_PARTY_GOVERNMENT, true, TODAY));
    }

    @Test
    void anInstructionOnAnItemIsPublishedForEachOfItsReportsWithTheLeader() throws Exception {
        long mine = report("member", "批示事实");
        long item = issuedItem(mine);
        api.post("staff", "/api/v1/opinion-items/" + item + "/instructions", """
                {"leader":" 李市长 ","level":"CITY","instructedOn":"%s","text":"请研究"}""".formatted(TODAY)).andExpect(status().isOk());
        assertThat(events.stream(OpinionEvents.ReportInstructed.class)).containsExactly(new OpinionEvents.ReportInstructed(mine,
                committee(mine), List.of(memberId("member")), InstructionLevel.CITY, "李市长", TODAY));
    }

    @Test
    void anIssuedAdoptedInstructedReportIsReplayedAsItWasPublished() throws Exception {
        long mine = report("member", "重演事实");
        long item = issuedItem(mine);
        api.post("staff", "/api/v1/opinion-items/" + item + "/adoptions", "{\"level\":\"CITY_CPPCC\",\"on\":\"" + TODAY + "\"}")
                .andExpect(status().isOk());
        api.post("staff", "/api/v1/opinion-items/" + item + "/instructions", """
                {"leader":"李市长","level":"CITY","instructedOn":"%s","text":"请研究"}""".formatted(TODAY)).andExpect(status().isOk());

        List<Object> live = published(mine);
        assertThat(live).hasExactlyElementsOfTypes(OpinionEvents.ReportSubmitted.class, OpinionEvents.ReportAccepted.class,
                OpinionEvents.ReportIssued.class, OpinionEvents.ReportAdopted.class, OpinionEvents.ReportInstructed.class);
        assertThat(replayed(mine)).containsExactlyElementsOf(live);
    }

    @Test
    void aCorrespondentsReportIsReplayedWithTheCorrespondent() throws Exception {
        long id = report("correspondent", "信息员重演");
        List<Object> live = published(id);
        assertThat(live).hasSize(1);
        assertThat(replayed(id)).containsExactlyElementsOf(live);
    }

    @Test
    void aReportResubmittedAfterReturnIsReplayedWithItsFirstSubmission() throws Exception {
        long id = report("member", "首次报送");
        api.post("staff", "/api/v1/opinions/" + id + "/return", "{\"note\":\"请补充具体事例\"}").andExpect(status().isOk());
        int version = jdbc.sql("select version from opinion_report where id = ?").param(id).query(Integer.class).single();
        api.post("member", "/api/v1/opinions/" + id + "/resubmit",
                "{\"title\":\"首次报送（补充）\",\"body\":\"补充了具体事例\",\"version\":" + version + "}").andExpect(status().isOk());
        api.post("staff", "/api/v1/opinions/" + id + "/accept", "{}").andExpect(status().isOk());
        List<Object> live = published(id);
        assertThat(live).hasExactlyElementsOfTypes(OpinionEvents.ReportSubmitted.class, OpinionEvents.ReportAccepted.class);
        assertThat(replayed(id)).containsExactlyElementsOf(live);
    }

    @Test
    void aWithdrawnReportLeavesNoFacts() throws Exception {
        long id = report("member", "撤回不计");
        api.post("member", "/api/v1/opinions/" + id + "/withdraw", null).andExpect(status().isOk());
        assertThat(events.stream(OpinionEvents.ReportWithdrawn.class)).containsExactly(new OpinionEvents.ReportWithdrawn(id, committee(id)));
        assertThat(replayed(id)).isEmpty();
    }
}
