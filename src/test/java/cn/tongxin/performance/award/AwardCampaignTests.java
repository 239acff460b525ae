package cn.tongxin.performance.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tongxin.account.RunAs;
import cn.tongxin.member.MemberView;
import cn.tongxin.member.Members;
import cn.tongxin.performance.DefaultRuleSets;
import cn.tongxin.performance.Fact;
import cn.tongxin.performance.FactKind;
import cn.tongxin.performance.MemberRole;
import cn.tongxin.performance.RuleSet;
import cn.tongxin.performance.Scores;
import cn.tongxin.performance.Scoring;
import cn.tongxin.performance.internal.Ledger.MemberYear;
import cn.tongxin.performance.internal.Recorder;
import cn.tongxin.performance.internal.RuleSetStore;
import cn.tongxin.performance.internal.ScoreStore;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.support.Api;
import cn.tongxin.support.IntegrationTest;

/**
 * A campaign through every step on real PostgreSQL, with candidates from entries made for the test: the figures that
 * put them forward, the quota, winners entering the record with their points, and who may do what.
 */
@IntegrationTest
class AwardCampaignTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Recorder recorder;
    @Autowired
    Scores scores;
    @Autowired
    ScoreStore scoreStore;
    @Autowired
    RuleSetStore ruleSets;
    @Autowired
    Members members;
    @Autowired
    RunAs runAs;
    @Autowired
    TransactionTemplate transactions;
    Api api;
    long committee;
    List<MemberView> active;

    @BeforeEach
    void setUp() {
        api = new Api(mvc);
        committee = jdbc.sql("select committee_id from user_account where username = 'staff'").query(Long.class).single();
        active = runAs.user("staff", () -> members.active());
    }

    /** Active members of the city far down the roster (the demo's own accounts are the first ones). */
    List<MemberView> someMembers(int from, int count) {
        return active.subList(from, from + count);
    }

    /** Records facts as the listeners would, and recomputes the members' points. */
    void record(List<Fact> facts) {
        transactions.executeWithoutResult(t -> {
            Set<MemberYear> touched = recorder.put(facts);
            scores.refresh(committee, touched);
        });
    }

    Fact attended(long member, int year, long activity) {
        var ref = SubjectRef.of(SubjectType.ACTIVITY, activity);
        return new Fact(committee, member, LocalDate.of(year, 5, 1), FactKind.ATTENDED, "RESEARCH", MemberRole.INDIVIDUAL, 0, ref,
                "出席调研", "/activities/" + activity);
    }

    Fact fact(long member, int year, FactKind kind, String qualifier, MemberRole role, int sharers, SubjectRef ref) {
        return new Fact(committee, member, LocalDate.of(year, 6, 1), kind, qualifier, role, sharers, ref, kind.label(), null);
    }

    long create(int year, AwardKind kind) throws Exception {
        var result = api.post("staff", "/api/v1/awards", "{\"year\":%d,\"kind\":\"%s\"}".formatted(year, kind)).andExpect(status().isCreated());
        return ((Number) api.read(result, "$.id")).longValue();
    }

    String candidates(long campaign) {
        return "/api/v1/awards/" + campaign;
    }

    long candidateOf(long campaign, long memberId) {
        return jdbc.sql("select id from award_candidate where campaign_id = ? and ? = any(member_ids)").params(campaign, memberId)
                .query(Long.class).single();
    }

    int awardedEntries(long memberId, long candidateId) {
        return jdbc.sql("""
                select count(*) from performance_entry where committee_id = ? and member_id = ? and kind = ? and source_type = ?
                   and source_id = ?""").params(committee, memberId, FactKind.AWARDED.name(), SubjectType.AWARD_CANDIDATE.name(), candidateId)
                .query(Integer.class).single();
    }

    BigDecimal totalNow(long memberId) {
        int year = LocalDate.now().getYear();
        var rules = runAs.user("staff", () -> scores.effective(committee, year));
        return scoreStore.of(committee, year, rules.id(), memberId).map(ScoreStore.Row::total).orElse(BigDecimal.ZERO.setScale(2));
    }

    /** What the set in force gives one 获评表彰 entry: the accumulate set's AWARDED item, or nothing (base-and-deduct). */
    BigDecimal awardPoints() {
        RuleSet rules = runAs.user("staff", () -> scores.effective(committee, LocalDate.now().getYear())).rules();
        return rules.items().stream().filter(i -> i.matches(FactKind.AWARDED, AwardKind.OUTSTANDING_MEMBER.name())).findFirst()
                .map(i -> i.points().getOrDefault(MemberRole.INDIVIDUAL, BigDecimal.ZERO)).orElse(BigDecimal.ZERO);
    }

    @Test
    void outstandingMembersAreProposedByTheYearsTotalsDecidedAndPublishedIntoTheirRecords() throws Exception {
        int year = 2012;
        transactions.executeWithoutResult(t -> ruleSets.insertPublished(committee, year, DefaultRuleSets.accumulate(), null, "test"));
        var three = someMembers(100, 3);
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            for (int a = 0; a < 3 - i; a++) {
                facts.add(attended(three.get(i).id(), year, 9_120_000 + a));
            }
        }
        record(facts);
        long top = three.get(0).id();
        long nominated = someMembers(110, 1).getFirst().id();

        long id = create(year, AwardKind.OUTSTANDING_MEMBER);
        api.get("staff", candidates(id)).andExpect(status().isOk()).andExpect(jsonPath("$.campaign.status").value("DRAFT"))
                .andExpect(jsonPath("$.campaign.quota").value(AwardCampaignSteps.quota(active.size(), 8)))
                .andExpect(jsonPath("$.actions[0]").value("OPEN"));
        api.post("staff", candidates(id) + "/open", null).andExpect(status().isOk()).andExpect(jsonPath("$.proposed").value(3));
        api.get("staff", candidates(id)).andExpect(jsonPath("$.candidates[0].title").value(three.get(0).name()))
                .andExpect(jsonPath("$.candidates[0].figures['总分']").value("15"))
                .andExpect(jsonPath("$.candidates[0].figures['等级']").value("不称职"))
                .andExpect(jsonPath("$.candidates[0].figures['会议和活动']").value("15"))
                .andExpect(jsonPath("$.candidates[1].figures['总分']").value("10"))
                .andExpect(jsonPath("$.candidates[2].title").value(three.get(2).name()))
                .andExpect(jsonPath("$.candidates[0].origin").value("RECORDS"));

        api.post("staff", candidates(id) + "/nominations", "{\"memberId\":%d,\"reason\":\"长期坚持调研\"}".formatted(nominated))
                .andExpect(status().isCreated());
        api.post("staff", candidates(id) + "/nominations", "{\"memberId\":%d,\"reason\":\"再次提名\"}".formatted(top))
                .andExpect(status().isConflict());
        api.post("staff", candidates(id) + "/nominations", "{\"memberId\":%d}".formatted(top)).andExpect(status().isUnprocessableContent());

        api.post("staff", candidates(id) + "/review", null).andExpect(status().isOk());
        long topCandidate = candidateOf(id, top);
        long third = candidateOf(id, three.get(2).id());
        api.post("staff", candidates(id) + "/candidates/" + topCandidate + "/shortlist", "{\"note\":\"全年出勤最多\"}").andExpect(status().isOk());
        api.post("staff", candidates(id) + "/candidates/" + third + "/remove", "{\"note\":\"未达条件\"}").andExpect(status().isOk());
        api.post("staff", candidates(id) + "/decision", "{\"winnerIds\":[%d]}".formatted(third)).andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("select count(*) from timeline_entry where subject_type = ? and subject_id = ?")
                .params(SubjectType.AWARD_CANDIDATE.name(), topCandidate).query(Integer.class).single()).isEqualTo(1);

        long nominatedCandidate = candidateOf(id, nominated);
        api.post("staff", candidates(id) + "/decision", "{\"winnerIds\":[%d,%d],\"note\":\"主任会议决定\"}".formatted(topCandidate, nominatedCandidate))
                .andExpect(status().isOk());
        api.get("member", candidates(id)).andExpect(status().isNotFound());

        BigDecimal before = totalNow(top);
        api.post("staff", candidates(id) + "/publication", null).andExpect(status().isOk());

        assertThat(awardedEntries(top, topCandidate)).isEqualTo(1);
        assertThat(awardedEntries(nominated, nominatedCandidate)).isEqualTo(1);
        assertThat(awardedEntries(three.get(1).id(), candidateOf(id, three.get(1).id()))).isZero();
        assertThat(totalNow(top).subtract(before)).isEqualByComparingTo(awardPoints());
        var line = Scoring.score(runAs.user("staff", () -> scores.effective(committee, LocalDate.now().getYear())).rules(),
                        recorder.ledger().of(committee, top, LocalDate.now().getYear())).lines().stream()
                .filter(l -> l.entry().kind() == FactKind.AWARDED).findFirst().orElseThrow();
        assertThat(line.entry().qualifier()).isEqualTo(AwardKind.OUTSTANDING_MEMBER.name());
        assertThat(line.points()).isEqualByComparingTo(awardPoints());

        api.post("staff", candidates(id) + "/publication", null).andExpect(status().isConflict());
        api.post("staff", candidates(id) + "/cancel", "{\"note\":\"误操作\"}").andExpect(status().isConflict());
        assertThat(awardedEntries(top, topCandidate)).isEqualTo(1);

        api.get("member", candidates(id)).andExpect(status().isOk()).andExpect(jsonPath("$.candidates.length()").value(2))
                .andExpect(jsonPath("$.actions.length()").value(0));
        assertThat(jdbc.sql("select count(*) from audit_log where target_type = ? and target_id = ?")
                .params(AwardCampaignSteps.AUDIT_TARGET, String.valueOf(id)).query(Integer.class).single()).isEqualTo(5);
    }

    @Test
    void outstandingMembersBeyondTheQuotaAreRefused() throws Exception {
        long id = create(2013, AwardKind.OUTSTANDING_MEMBER);
        int quota = AwardCampaignSteps.quota(active.size(), 8);
        api.post("staff", "/api/v1/awards/" + id + "/open", null).andExpect(status().isOk());
        List<Long> candidateIds = new ArrayList<>();
        for (MemberView m : someMembers(60, quota + 1)) {
            var r = api.post("staff", "/api/v1/awards/" + id + "/nominations", "{\"memberId\":%d,\"reason\":\"表现突出\"}".formatted(m.id()))
                    .andExpect(status().isCreated());
            candidateIds.add(((Number) api.read(r, "$.id")).longValue());
        }
        api.get("staff", "/api/v1/awards/" + id).andExpect(jsonPath("$.candidates[0].origin").value("NOMINATION"))
                .andExpect(jsonPath("$.candidates[0].figures['总分']").value("0"));
        api.post("staff", "/api/v1/awards/" + id + "/review", null).andExpect(status().isOk());
        String all = candidateIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        api.post("staff", "/api/v1/awards/" + id + "/decision", "{\"winnerIds\":[" + all + "]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("优秀委员名额为" + quota + "名，已选" + (quota + 1) + "名，超出名额"));
        api.get("staff", "/api/v1/awards/" + id).andExpect(jsonPath("$.campaign.status").value("REVIEWING"));
        String within = candidateIds.subList(0, quota).stream().map(String::valueOf).collect(Collectors.joining(","));
        api.post("staff", "/api/v1/awards/" + id + "/decision", "{\"winnerIds\":[" + within + "]}").andExpect(status().isOk());
        api.get("staff", "/api/v1/awards/" + id).andExpect(jsonPath("$.campaign.winners").value(quota));
    }

    @Test
    void onlyTheOfficeRunsACampaignAndOtherCommitteesDoNotFindIt() throws Exception {
        api.post("member", "/api/v1/awards", "{\"year\":2014,\"kind\":\"OUTSTANDING_ARTICLE\"}").andExpect(status().isForbidden());
        long id = create(2014, AwardKind.OUTSTANDING_ARTICLE);
        api.post("staff", "/api/v1/awards", "{\"year\":2014,\"kind\":\"OUTSTANDING_ARTICLE\"}").andExpect(status().isConflict());
        api.post("member", "/api/v1/awards/" + id + "/open", null).andExpect(status().isForbidden());
        api.post("leader", "/api/v1/awards/" + id + "/open", null).andExpect(status().isForbidden());
        api.get("leader", "/api/v1/awards/" + id).andExpect(status().isOk()).andExpect(jsonPath("$.actions.length()").value(0));
        api.get("member", "/api/v1/awards/" + id).andExpect(status().isNotFound());
        api.get("dc_staff", "/api/v1/awards/" + id).andExpect(status().isNotFound());
        api.post("dc_staff", "/api/v1/awards/" + id + "/open", null).andExpect(status().isNotFound());
        api.post("unit", "/api/v1/awards/" + id + "/open", null).andExpect(status().isForbidden());
        api.get("unit", "/api/v1/awards").andExpect(status().isForbidden());

        long author = someMembers(70, 1).getFirst().id();
        api.post("staff", "/api/v1/awards/" + id + "/nominations", "{\"memberId\":%d,\"title\":\"论新时代协商民主\",\"reason\":\"见解深刻\"}"
                .formatted(author)).andExpect(status().isCreated());
        api.post("staff", "/api/v1/awards/" + id + "/open", null).andExpect(status().isOk()).andExpect(jsonPath("$.proposed").value(0));
        api.post("staff", "/api/v1/awards/" + id + "/cancel", "{\"note\":\"改期举行\"}").andExpect(status().isOk());
        api.get("staff", "/api/v1/awards?year=2014").andExpect(jsonPath("$[0].status").value("CANCELLED"));
        create(2014, AwardKind.OUTSTANDING_ARTICLE);
    }

    @Test
    void filedProposalsAreProposedWithTheirProposersKeyProposalsFirst() throws Exception {
        int year = 2015;
        var m = someMembers(80, 3);
        var plain = SubjectRef.of(SubjectType.PROPOSAL, 9_150_001);
        var key = SubjectRef.of(SubjectType.PROPOSAL, 9_150_002);
        var merged = SubjectRef.of(SubjectType.PROPOSAL, 9_150_003);
        record(List.of(
                fact(m.get(1).id(), year, FactKind.PROPOSAL_FILED, null, MemberRole.CO_SIGNER, 1, plain),
                fact(m.get(0).id(), year, FactKind.PROPOSAL_FILED, null, MemberRole.LEAD, 1, plain),
                fact(m.get(2).id(), year, FactKind.PROPOSAL_FILED, null, MemberRole.INDIVIDUAL, 0, key),
                fact(m.get(2).id(), year, FactKind.PROPOSAL_KEY, null, MemberRole.INDIVIDUAL, 0, key),
                fact(m.get(2).id(), year, FactKind.PROPOSAL_FILED, "MERGED", MemberRole.INDIVIDUAL, 0, merged)));

        long id = create(year, AwardKind.OUTSTANDING_PROPOSAL);
        api.post("staff", "/api/v1/awards/" + id + "/open", null).andExpect(jsonPath("$.proposed").value(2));
        api.get("staff", "/api/v1/awards/" + id)
                .andExpect(jsonPath("$.candidates[0].source.id").value(key.id()))
                .andExpect(jsonPath("$.candidates[0].figures['重点提案']").value("是"))
                .andExpect(jsonPath("$.candidates[1].source.id").value(plain.id()))
                .andExpect(jsonPath("$.candidates[1].memberIds[0]").value(m.get(0).id()))
                .andExpect(jsonPath("$.candidates[1].memberIds[1]").value(m.get(1).id()))
                .andExpect(jsonPath("$.candidates[1].figures['提案人']")
                        .value(m.get(0).name() + "（第一提案人）、" + m.get(1).name() + "（联名）"));
        api.post("staff", "/api/v1/awards/" + id + "/nominations", "{\"recordId\":9159999,\"reason\":\"质量高\"}")
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void researchReportsAndOpinionMembersAreProposedFromTheirRecords() throws Exception {
        int year = 2016;
        var m = someMembers(90, 3);
        var report = SubjectRef.of(SubjectType.ACTIVITY_OUTPUT, 9_160_001);
        var inspection = SubjectRef.of(SubjectType.ACTIVITY_OUTPUT, 9_160_002);
        var issued = SubjectRef.of(SubjectType.OPINION_ITEM, 9_160_003);
        var adopted = SubjectRef.of(SubjectType.OPINION_ITEM, 9_160_004);
        record(List.of(
                fact(m.get(0).id(), year, FactKind.AUTHORED, "RESEARCH_REPORT", MemberRole.INDIVIDUAL, 0, report),
                fact(m.get(1).id(), year, FactKind.AUTHORED, "INSPECTION_REPORT", MemberRole.INDIVIDUAL, 0, inspection),
                fact(m.get(1).id(), year, FactKind.REPORT_ISSUED, null, MemberRole.INDIVIDUAL, 0, issued),
                fact(m.get(2).id(), year, FactKind.REPORT_ISSUED, null, MemberRole.INDIVIDUAL, 0, adopted),
                fact(m.get(2).id(), year, FactKind.REPORT_ADOPTED, "PROVINCIAL_CPPCC", MemberRole.INDIVIDUAL, 0, adopted)));

        long reports = create(year, AwardKind.OUTSTANDING_RESEARCH_REPORT);
        api.post("staff", "/api/v1/awards/" + reports + "/open", null).andExpect(jsonPath("$.proposed").value(1));
        api.get("staff", "/api/v1/awards/" + reports).andExpect(jsonPath("$.candidates[0].source.id").value(report.id()))
                .andExpect(jsonPath("$.candidates[0].figures['作者']").value(m.get(0).name()));

        long opinion = create(year, AwardKind.OPINION_ADVANCED);
        api.post("staff", "/api/v1/awards/" + opinion + "/open", null).andExpect(jsonPath("$.proposed").value(2));
        api.get("staff", "/api/v1/awards/" + opinion).andExpect(jsonPath("$.candidates[0].title").value(m.get(2).name()))
                .andExpect(jsonPath("$.candidates[0].figures['被采用']").value("1次"))
                .andExpect(jsonPath("$.candidates[1].title").value(m.get(1).name()));

        long sectors = create(year, AwardKind.ADVANCED_SECTOR);
        api.post("staff", "/api/v1/awards/" + sectors + "/open", null).andExpect(status().isOk());
        api.get("staff", "/api/v1/awards/" + sectors).andExpect(jsonPath("$.candidates[0].figures['人均积分']").exists());
    }

    @Test
    void aWinningProposalIsMarkedOutstandingAndItsProposerGetsTheAward() throws Exception {
        int year = LocalDate.now().getYear();
        long proposer = someMembers(120, 1).getFirst().id();
        var created = api.post("staff", "/api/v1/proposals", """
                {"requestKey":"%s","title":"关于评选优秀提案的测试","body":"正文，建议如下","category":"ECONOMY","leadMemberId":%d}"""
                .formatted(java.util.UUID.randomUUID(), proposer)).andExpect(status().isCreated());
        long proposal = ((Number) api.read(created, "$.proposal.id")).longValue();
        api.post("staff", "/api/v1/proposals/" + proposal + "/submit", null).andExpect(status().isOk());
        api.post("staff", "/api/v1/proposals/" + proposal + "/file", "{}").andExpect(status().isOk());
        long unit = jdbc.sql("select unit_id from user_account where username = 'unit'").query(Long.class).single();
        api.post("staff", "/api/v1/proposals/" + proposal + "/assign", "{\"mode\":\"SOLE\",\"responsibleUnits\":[" + unit + "]}")
                .andExpect(status().isOk());
        record(List.of(fact(proposer, year, FactKind.PROPOSAL_FILED, null, MemberRole.INDIVIDUAL, 0,
                SubjectRef.of(SubjectType.PROPOSAL, proposal))));

        long id = create(year, AwardKind.OUTSTANDING_PROPOSAL);
        api.post("staff", "/api/v1/awards/" + id + "/open", null).andExpect(status().isOk());
        long candidate = jdbc.sql("select id from award_candidate where campaign_id = ? and source_id = ?").params(id, proposal)
                .query(Long.class).single();
        api.post("staff", "/api/v1/awards/" + id + "/review", null).andExpect(status().isOk());
        api.post("staff", "/api/v1/awards/" + id + "/decision", "{\"winnerIds\":[%d]}".formatted(candidate)).andExpect(status().isOk());
        api.post("staff", "/api/v1/awards/" + id + "/publication", null).andExpect(status().isOk());

        assertThat(jdbc.sql("select outstanding_year from proposal where id = ?").param(proposal).query(Integer.class).single())
                .isEqualTo(year);
        // the proposers are credited once, by the proposal's outstanding mark (its module's fact), not by a second award entry
        assertThat(awardedEntries(proposer, candidate)).isZero();
        long outstanding = 0;
        for (int i = 0; i < 100 && outstanding == 0; i++) {
            outstanding = jdbc.sql("""
                    select count(*) from performance_entry where member_id = ? and kind = ? and source_type = ? and source_id = ?""")
                    .params(proposer, FactKind.PROPOSAL_OUTSTANDING.name(), SubjectType.PROPOSAL.name(), proposal).query(Long.class).single();
            if (outstanding == 0) {
                Thread.sleep(50);
            }
        }
        assertThat(outstanding).isEqualTo(1);
    }
}
