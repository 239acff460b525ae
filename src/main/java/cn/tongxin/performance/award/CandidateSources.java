package cn.tongxin.performance.award;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.tongxin.member.MemberView;
import cn.tongxin.member.Members;
import cn.tongxin.performance.MemberRole;
import cn.tongxin.performance.Scores;
import cn.tongxin.performance.Scoring;
import cn.tongxin.performance.internal.ScoreStore;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/**
 * Candidates proposed from the records, each with the figures that put it forward: 优秀委员 by the year's total (up to
 * twice the quota), 优秀提案 from the filed proposals (key ones first), 优秀调研报告 from research reports written,
 * 反映社情民意信息先进 by reports issued and adopted, 先进界别 by the average total of its members. 优秀理论文章 has no
 * record: its candidates are nominated.
 */
@Component
class CandidateSources {

    static final int RECORD_LIMIT = 50;
    static final int MEMBER_LIMIT = 30;

    private final AwardRecords records;
    private final Scores scores;
    private final ScoreStore scoreStore;
    private final Members members;

    CandidateSources(AwardRecords records, Scores scores, ScoreStore scoreStore, Members members) {
        this.records = records;
        this.scores = scores;
        this.scoreStore = scoreStore;
        this.members = members;
    }

    List<Candidate.Draft> propose(AwardCampaign c) {
        return switch (c.kind()) {
            case OUTSTANDING_MEMBER -> topMembers(c);
            case OPINION_ADVANCED -> opinionMembers(c);
            case OUTSTANDING_PROPOSAL -> proposals(c);
            case OUTSTANDING_RESEARCH_REPORT -> researchReports(c);
            case ADVANCED_SECTOR -> sectors(c);
            case OUTSTANDING_ARTICLE -> List.of();
        };
    }

    static String memberKey(long memberId) {
        return "M:" + memberId;
    }

    static String recordKey(SubjectRef ref) {
        return ref.type().name() + ":" + ref.id();
    }

    static String sectorKey(long sectorId) {
        return "S:" + sectorId;
    }

    static String memberLink(long memberId) {
        return "/members/" + memberId;
    }

    private List<Candidate.Draft> topMembers(AwardCampaign c) {
        var rules = scores.effective(c.committeeId(), c.year());
        Map<Long, MemberView> active = active();
        Map<String, String> categoryLabels = new LinkedHashMap<>();
        categoryLabels.put(Scoring.BASE_CATEGORY, "基础分");
        rules.rules().categories().forEach(cat -> categoryLabels.put(cat.code(), cat.label()));
        int limit = c.quota() == null ? MEMBER_LIMIT : c.quota() * 2;
        List<Candidate.Draft> drafts = new ArrayList<>();
        for (ScoreStore.Row row : scoreStore.all(c.committeeId(), c.year(), rules.id())) {
            MemberView m = active.get(row.memberId());
            if (m == null) {
                continue;
            }
            Map<String, String> figures = new LinkedHashMap<>();
            figures.put("总分", points(row.total()));
            figures.put("等级", row.grade() == null ? "—" : row.grade());
            row.categories().forEach((code, value) -> figures.put(categoryLabels.getOrDefault(code, code), points(value)));
            figures.put("积分规则", rules.name());
            drafts.add(new Candidate.Draft(memberKey(m.id()), m.name(), List.of(m.id()), null, null, memberLink(m.id()),
                    figures, Candidate.Origin.RECORDS, null));
            if (drafts.size() == limit) {
                break;
            }
        }
        return drafts;
    }

    private List<Candidate.Draft> opinionMembers(AwardCampaign c) {
        Map<Long, MemberView> active = active();
        return records.opinionMembers(c.committeeId(), c.year(), MEMBER_LIMIT).stream()
                .filter(r -> active.containsKey(r.memberId()))
                .map(r -> {
                    MemberView m = active.get(r.memberId());
                    Map<String, String> figures = new LinkedHashMap<>();
                    figures.put("编发", r.issued() + "篇");
                    figures.put("被采用", r.adopted() + "次");
                    return new Candidate.Draft(memberKey(m.id()), m.name(), List.of(m.id()), null, null, memberLink(m.id()),
                            figures, Candidate.Origin.RECORDS, null);
                }).toList();
    }

    private List<Candidate.Draft> proposals(AwardCampaign c) {
        Map<Long, String> names = names();
        return records.filedProposals(c.committeeId(), c.year(), RECORD_LIMIT).stream().map(r -> {
            var ref = SubjectRef.of(SubjectType.PROPOSAL, r.sourceId());
            Map<String, String> figures = new LinkedHashMap<>();
            figures.put("提案人", proposers(r, names));
            figures.put("重点提案", r.key() ? "是" : "否");
            figures.put("立案日期", r.on().toString());
            return new Candidate.Draft(recordKey(ref), "提案（" + lead(r, names) + "）", r.memberIds(), ref, null, r.link(), figures,
                    Candidate.Origin.RECORDS, null);
        }).toList();
    }

    private List<Candidate.Draft> researchReports(AwardCampaign c) {
        Map<Long, String> names = names();
        return records.researchReports(c.committeeId(), c.year(), RECORD_LIMIT).stream().map(r -> {
            var ref = SubjectRef.of(SubjectType.ACTIVITY_OUTPUT, r.sourceId());
            Map<String, String> figures = new LinkedHashMap<>();
            figures.put("作者", r.memberIds().stream().map(id -> names.getOrDefault(id, "委员" + id)).collect(Collectors.joining("、")));
            figures.put("成文日期", r.on().toString());
            figures.put("被采用", r.adopted() + "次");
            figures.put("获批示", r.instructed() + "次");
            return new Candidate.Draft(recordKey(ref), r.title() + "（" + lead(r, names) + "）", r.memberIds(), ref, null, r.link(),
                    figures, Candidate.Origin.RECORDS, null);
        }).toList();
    }

    private List<Candidate.Draft> sectors(AwardCampaign c) {
        var rules = scores.effective(c.committeeId(), c.year());
        BigDecimal none = Scoring.score(rules.rules(), List.of()).total();
        Map<Long, BigDecimal> totals = scoreStore.all(c.committeeId(), c.year(), rules.id()).stream()
                .collect(Collectors.toMap(ScoreStore.Row::memberId, ScoreStore.Row::total));
        Map<Long, List<MemberView>> bySector = members.active().stream().filter(m -> m.sectorId() != null)
                .collect(Collectors.groupingBy(MemberView::sectorId, LinkedHashMap::new, Collectors.toList()));
        record Sector(long id, String name, int members, BigDecimal average) {
        }
        return bySector.entrySet().stream().map(e -> {
            BigDecimal sum = e.getValue().stream().map(m -> totals.getOrDefault(m.id(), none)).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new Sector(e.getKey(), e.getValue().getFirst().sectorName(), e.getValue().size(),
                    sum.divide(BigDecimal.valueOf(e.getValue().size()), 2, RoundingMode.HALF_UP));
        }).sorted((a, b) -> b.average().compareTo(a.average()) != 0 ? b.average().compareTo(a.average()) : Long.compare(a.id(), b.id()))
                .map(s -> {
                    Map<String, String> figures = new LinkedHashMap<>();
                    figures.put("委员人数", s.members() + "人");
                    figures.put("人均积分", points(s.average()));
                    figures.put("积分规则", rules.name());
                    return new Candidate.Draft(sectorKey(s.id()), s.name(), List.of(), null, s.id(), null, figures,
                            Candidate.Origin.RECORDS, null);
                }).toList();
    }

    private Map<Long, MemberView> active() {
        return members.active().stream().collect(Collectors.toMap(MemberView::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** Names of the committee's active members (a left member shows by number). */
    Map<Long, String> names() {
        return members.active().stream().collect(Collectors.toMap(MemberView::id, MemberView::name, (a, b) -> a));
    }

    private static String proposers(AwardRecords.RecordRow r, Map<Long, String> names) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < r.memberIds().size(); i++) {
            String role = MemberRole.valueOf(r.roles().get(i)).label();
            parts.add(names.getOrDefault(r.memberIds().get(i), "委员" + r.memberIds().get(i)) + "（" + role + "）");
        }
        return String.join("、", parts);
    }

    private static String lead(AwardRecords.RecordRow r, Map<Long, String> names) {
        if (r.memberIds().isEmpty()) {
            return "—";
        }
        String lead = names.getOrDefault(r.memberIds().getFirst(), "委员" + r.memberIds().getFirst());
        return r.memberIds().size() > 1 ? lead + "等" + r.memberIds().size() + "人" : lead;
    }

    static String points(BigDecimal value) {
        return Objects.requireNonNull(value).stripTrailingZeros().toPlainString();
    }
}
