package cn.tongxin.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/** A year's proposal facts read back from the rows equal the events the live flow published and left standing. */
@IntegrationTest
@RecordApplicationEvents
class ProposalFactsTests {

    static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    ProposalFacts facts;
    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc);
    }

    long memberId(String username) {
        return jdbc.sql("select member_id from user_account where username = ?").param(username).query(Long.class).single();
    }

    long committee(long proposal) {
        return jdbc.sql("select committee_id from proposal where id = ?").param(proposal).query(Long.class).single();
    }

    long submitted(String title, boolean cosigned) throws Exception {
        var result = api.post("member", "/api/v1/proposals", """
                {"requestKey":"%s","kind":"INDIVIDUAL","title":"%s","situation":"情况说明","analysis":"原因分析",
                 "suggestions":"具体建议","category":"SOCIETY","publishable":true}""".formatted(UUID.randomUUID(), title))
                .andExpect(status().isCreated());
        long id = ((Number) api.read(result, "$.proposal.id")).longValue();
        if (cosigned) {
            api.post("member", "/api/v1/proposals/" + id + "/invitations", "{\"memberIds\":[" + memberId("member2") + "]}")
                    .andExpect(status().isOk());
            api.post("member2", "/api/v1/proposals/" + id + "/cosign", "{\"confirm\":true}").andExpect(status().isOk());
        }
        api.post("member", "/api/v1/proposals/" + id + "/submit", null).andExpect(status().isOk());
        return id;
    }

    /** The live events about one proposal, in order, of the kinds a replay gives. */
    List<Object> published(long id) {
        return events.stream().map(e -> e instanceof org.springframework.context.PayloadApplicationEvent<?> p ? p.getPayload() : e)
                .filter(e -> e.getClass().getEnclosingClass() == ProposalEvents.class)
                .filter(e -> !(e instanceof ProposalEvents.CoSigned))
                .filter(e -> proposalOf(e) == id).map(Object.class::cast).toList();
    }

    List<Object> replayed(long id) {
        return facts.replay(committee(id), YEAR).stream().filter(e -> proposalOf(e) == id).toList();
    }

    static long proposalOf(Object e) {
        return switch (e) {
            case ProposalEvents.Submitted s -> s.proposalId();
            case ProposalEvents.Filed f -> f.proposalId();
            case ProposalEvents.Rejected r -> r.proposalId();
            case ProposalEvents.Merged m -> m.proposalId();
            case ProposalEvents.ConvertedToOpinionReport c -> c.proposalId();
            case ProposalEvents.MarkedKey k -> k.proposalId();
            case ProposalEvents.MarkedOutstanding o -> o.proposalId();
            case ProposalEvents.Closed c -> c.proposalId();
            case ProposalEvents.Returned r -> r.proposalId();
            case ProposalEvents.Withdrawn w -> w.proposalId();
            default -> -1;
        };
    }

    @Test
    void aFiledKeyOutstandingProposalIsReplayedAsItWasPublished() throws Exception {
        long id = submitted("关于重演履职事实的建议", true);
        api.post("staff", "/api/v1/proposals/" + id + "/file", "{}").andExpect(status().isOk());
        api.post("staff", "/api/v1/proposals/" + id + "/key", "{\"leaders\":[\"王副主席\"]}").andExpect(status().isOk());
        long unit = jdbc.sql("select unit_id from user_account where username = 'unit'").query(Long.class).single();
        api.post("staff", "/api/v1/proposals/" + id + "/assign", "{\"mode\":\"SOLE\",\"responsibleUnits\":[" + unit + "]}")
                .andExpect(status().isOk());
        api.post("staff", "/api/v1/proposals/" + id + "/outstanding", "{\"year\":" + YEAR + ",\"outstanding\":true}")
                .andExpect(status().isOk());

        List<Object> live = published(id);
        assertThat(live).hasExactlyElementsOfTypes(ProposalEvents.Submitted.class, ProposalEvents.Filed.class,
                ProposalEvents.MarkedKey.class, ProposalEvents.MarkedOutstanding.class);
        assertThat(replayed(id)).containsExactlyElementsOf(live);
    }

    @Test
    void markingKeyIsPublishedWithTheLeadTheCosignersAndTheDay() throws Exception {
        long id = submitted("关于重点提案事实的建议", true);
        api.post("staff", "/api/v1/proposals/" + id + "/file", "{}").andExpect(status().isOk());
        api.post("staff", "/api/v1/proposals/" + id + "/key", "{\"leaders\":[\"王副主席\"]}").andExpect(status().isOk());
        assertThat(events.stream(ProposalEvents.MarkedKey.class).filter(e -> e.proposalId() == id)).containsExactly(
                new ProposalEvents.MarkedKey(committee(id), id, memberId("member"), Set.of(memberId("member2")),
                        LocalDate.now(ZoneId.of("Asia/Shanghai"))));
    }

    @Test
    void markingOutstandingAndTakingItBackArePublishedAndOnlyAStandingMarkIsReplayed() throws Exception {
        long id = submitted("关于优秀提案事实的建议", false);
        api.post("staff", "/api/v1/proposals/" + id + "/file", "{}").andExpect(status().isOk());
        long unit = jdbc.sql("select unit_id from user_account where username = 'unit'").query(Long.class).single();
        api.post("staff", "/api/v1/proposals/" + id + "/assign", "{\"mode\":\"SOLE\",\"responsibleUnits\":[" + unit + "]}")
                .andExpect(status().isOk());
        api.post("staff", "/api/v1/proposals/" + id + "/outstanding", "{\"year\":" + YEAR + ",\"outstanding\":true}")
                .andExpect(status().isOk());
        api.post("staff", "/api/v1/proposals/" + id + "/outstanding", "{\"year\":" + YEAR + ",\"outstanding\":false}")
                .andExpect(status().isOk());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(events.stream(ProposalEvents.MarkedOutstanding.class).filter(e -> e.proposalId() == id)).containsExactly(
                new ProposalEvents.MarkedOutstanding(committee(id), id, memberId("member"), Set.of(), YEAR, true, today),
                new ProposalEvents.MarkedOutstanding(committee(id), id, memberId("member"), Set.of(), YEAR, false, today));
        assertThat(replayed(id)).noneMatch(ProposalEvents.MarkedOutstanding.class::isInstance);
    }

    @Test
    void aRejectedProposalConvertedToAReportIsReplayedWithTheConversionDay() throws Exception {
        long id = submitted("关于转为社情民意的建议", false);
        api.post("staff", "/api/v1/proposals/" + id + "/reject", "{\"reason\":\"VAGUE\",\"conversion\":\"OPINION_REPORT\"}")
                .andExpect(status().isOk());
        List<Object> live = published(id);
        assertThat(live).hasExactlyElementsOfTypes(ProposalEvents.Submitted.class, ProposalEvents.Rejected.class,
                ProposalEvents.ConvertedToOpinionReport.class);
        assertThat(((ProposalEvents.ConvertedToOpinionReport) live.get(2)).convertedOn())
                .isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")));
        assertThat(replayed(id)).containsExactlyElementsOf(live);
    }

    @Test
    void aMergedProposalIsReplayedAsSubmittedAndMerged() throws Exception {
        long target = submitted("关于并案目标的建议", false);
        api.post("staff", "/api/v1/proposals/" + target + "/file", "{}").andExpect(status().isOk());
        long id = submitted("关于被并案的建议", false);
        api.post("staff", "/api/v1/proposals/" + id + "/merge", "{\"targetId\":" + target + "}").andExpect(status().isOk());
        List<Object> live = published(id);
        assertThat(live).hasExactlyElementsOfTypes(ProposalEvents.Submitted.class, ProposalEvents.Merged.class);
        assertThat(replayed(id)).containsExactlyElementsOf(live);
    }

    @Test
    void withdrawnAndReturnedProposalsLeaveNoFacts() throws Exception {
        long withdrawn = submitted("关于撤回后不计的建议", false);
        api.post("member", "/api/v1/proposals/" + withdrawn + "/withdraw", null).andExpect(status().isOk());
        long returned = submitted("关于退回后不计的建议", false);
        api.post("staff", "/api/v1/proposals/" + returned + "/return", "{\"note\":\"请补充数据\"}").andExpect(status().isOk());
        assertThat(replayed(withdrawn)).isEmpty();
        assertThat(replayed(returned)).isEmpty();
    }
}
