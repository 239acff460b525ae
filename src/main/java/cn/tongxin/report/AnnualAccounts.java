package cn.tongxin.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.activity.ActivityType;
import cn.tongxin.activity.OutputKind;
import cn.tongxin.activity.SpeechHeadlines;
import cn.tongxin.opinion.CorrespondentAppointments;
import cn.tongxin.opinion.ForwardHeadlines;
import cn.tongxin.opinion.OpinionSource;
import cn.tongxin.organization.CommitteeView;
import cn.tongxin.organization.Dictionaries;
import cn.tongxin.outcome.InstructionKind;
import cn.tongxin.outcome.InstructionLevel;
import cn.tongxin.proposal.KeyAppraisals;
import cn.tongxin.organization.DictionaryKind;
import cn.tongxin.organization.StudioLevel;
import cn.tongxin.outcome.AdoptionLevel;
import cn.tongxin.report.AnnualAccount.Line;
import cn.tongxin.report.AnnualAccount.RateLine;
import cn.tongxin.report.internal.AnnualScope;
import cn.tongxin.report.internal.AnnualSnapshots;
import cn.tongxin.report.internal.AnnualValues;
import cn.tongxin.report.internal.FigureKeys;
import cn.tongxin.report.internal.PeopleFigures;
import cn.tongxin.rollup.Figure;
import cn.tongxin.rollup.Rate;

/**
 * The annual figures page and API: every figure with its definition, last year's value (its locked snapshot when
 * there is one, else the records) and the change; when the year is locked, the published value and any difference
 * since. Staff, administrators and leaders; a lower committee's figures as aggregates only.
 */
@Service
@Transactional
public class AnnualAccounts {

    static final String MEMBERS_DEFINITION = "截至今日名册上的委员（不含已离任的）；系统合计为各政协名册之和";
    static final String STUDIOS_DEFINITION = "截至今日在册的委员工作室";

    private final AnnualScope scopes;
    private final AnnualValues values;
    private final AnnualSnapshots snapshots;
    private final Dictionaries dictionaries;
    private final PeopleFigures people;

    AnnualAccounts(AnnualScope scopes, AnnualValues values, AnnualSnapshots snapshots, Dictionaries dictionaries, PeopleFigures people) {
        this.people = people;
        this.scopes = scopes;
        this.values = values;
        this.snapshots = snapshots;
        this.dictionaries = dictionaries;
    }

    public AnnualAccount account(AnnualRequest request) {
        return build(scopes.resolve(request));
    }

    AnnualAccount build(AnnualScope.Resolved r) {
        long committee = r.committee().id();
        Map<String, Long> now = values.of(r.ids(), r.range());
        AnnualAccount.Lock lock = r.year() == null ? null : snapshots.lock(committee, r.year()).orElse(null);
        Map<String, Long> published = lock == null ? null : snapshots.figures(committee, r.year(), r.scope());
        var lastLock = r.year() == null ? null : snapshots.lock(committee, r.year() - 1).orElse(null);
        Map<String, Long> previous;
        String previousSource;
        if (lastLock != null) {
            previous = snapshots.figures(committee, r.year() - 1, r.scope());
            previousSource = "上年公布数（" + lastLock.adoptedOn() + " 通过工作报告时锁定）";
        } else {
            previous = values.ofPast(r.ids(), r.previousYear().range());
            previousSource = "上年记录（上年尚未锁定）";
        }
        Lines lines = new Lines(now, published, previous, r.readsRecords() ? link(r) : null);
        List<Line> figures = new ArrayList<>();
        figures.add(lines.line(FigureKeys.MEMBERS, "委员", "委员人数", MEMBERS_DEFINITION, null));
        figures.addAll(persons(r, lines));
        figures.add(lines.line(FigureKeys.STUDIOS, "委员", "委员工作室", STUDIOS_DEFINITION, null));
        for (Figure f : Figure.values()) {
            figures.add(lines.line(f.name(), f.area(), f.label(), f.definition(), null));
        }
        figures.addAll(training(lines));
        List<RateLine> rates = Arrays.stream(Rate.values()).map(rate -> new RateLine(rate.name(), rate.area(), rate.label(),
                rate.definition(), rate(now, rate), published == null ? null : rate(published, rate), rate(previous, rate),
                points(now, previous, rate))).toList();
        return new AnnualAccount(committee, r.committee().name(), r.scope(), r.range().from(), r.range().to(), r.year(), lock,
                previousSource, r.readsRecords(), figures, rates, categories(r, lines), activityTypes(lines),
                withForwards(outputs(lines), lines), rows(r), people(lines));
    }

    private List<Line> categories(AnnualScope.Resolved r, Lines lines) {
        Map<String, String> labels = new LinkedHashMap<>();
        dictionaries.entries(r.committee().id(), DictionaryKind.PROPOSAL_CATEGORY).forEach(e -> labels.put(e.code(), e.label()));
        Set<String> codes = new LinkedHashSet<>();
        lines.keys().stream().filter(k -> k.startsWith(FigureKeys.CATEGORY_RECEIVED))
                .forEach(k -> codes.add(k.substring(FigureKeys.CATEGORY_RECEIVED.length())));
        long received = lines.now(Figure.PROPOSALS_RECEIVED.name());
        long filed = lines.now(Figure.PROPOSALS_FILED.name());
        List<Line> out = new ArrayList<>();
        for (String code : codes) {
            String label = labels.getOrDefault(code, code);
            out.add(lines.line(FigureKeys.CATEGORY_RECEIVED + code, label, "收到",
                    "期间内提交的提案（不含草稿和已撤回）中分类为“" + label + "”的；占比 = 该类 ÷ 收到总数", received));
            out.add(lines.line(FigureKeys.CATEGORY_FILED + code, label, "立案",
                    "其中经审查立案的（并案的计入主提案）；占比 = 该类 ÷ 立案总数", filed));
        }
        return out;
    }

    /** Members' training (DOMAIN.md §7): 举办培训班 N 期 and 培训委员 N 人次, beside the activity figures. */
    private static List<Line> training(Lines lines) {
        List<Line> out = new ArrayList<>();
        for (ActivityType type : FigureKeys.TRAINING_TYPES) {
            out.add(lines.line(FigureKeys.ACTIVITY_TYPE + type.name(), "学习培训", "举办" + type.label() + "（期）",
                    "期间内开始的" + type.label() + "活动（不含取消的），每次活动计一期，按活动日期", null));
            out.add(lines.line(FigureKeys.ACTIVITY_PERSON_TIMES + type.name(), "学习培训", type.label() + "委员（人次）",
                    "上述" + type.label() + "活动的出席和列席人次（每位委员每期计一人次）", null));
        }
        return out;
    }

    private List<Line> activityTypes(Lines lines) {
        List<Line> out = new ArrayList<>();
        for (ActivityType type : ActivityType.values()) {
            String key = FigureKeys.ACTIVITY_TYPE + type.name();
            boolean always = type.category() == ActivityType.Category.CONSULTATION || FigureKeys.TRAINING_TYPES.contains(type);
            if (always || lines.keys().contains(key)) {
                out.add(lines.line(key, type.category().label(), type.label(), "期间内开始的" + type.label() + "（不含取消的）", null));
            }
        }
        return out;
    }

    private List<Line> outputs(Lines lines) {
        List<Line> out = new ArrayList<>();
        for (OutputKind kind : OutputKind.values()) {
            out.add(lines.line(FigureKeys.OUTPUT_KIND + kind.name(), "履职成果", kind.label(),
                    "期间内开始的活动（不含取消的）所形成的" + kind.label() + "，按活动日期", null));
        }
        out.add(lines.line(FigureKeys.SUPERVISION_GROUPS, "民主监督", "民主监督小组", "派驻期与统计期间有重叠的民主监督小组", null));
        out.add(lines.line(FigureKeys.PARTY_PROPOSALS, "党派团体", "党派团体提案",
                "期间内提交的提案（不含草稿和已撤回）中以民主党派、人民团体或无党派人士名义提出的集体提案", null));
        out.add(lines.line(FigureKeys.PARTY_REPORTS, "党派团体", "党派团体报送社情民意",
                "期间内报送的社情民意信息（不含已撤回）中来源为党派团体的", null));
        out.addAll(proposalSide(lines));
        return out;
    }

    static final String PARTY_DEFINITION = "期间内提交的提案（不含草稿和已撤回）中由该党派团体提出的：以其名义的集体提案，"
            + "或领衔委员属该党派的";

    /** 党派提案 per party and those made key, leaders' 签批 / 批示 on proposals, 民主评议 of the units handling key proposals. */
    private List<Line> proposalSide(Lines lines) {
        List<Line> out = new ArrayList<>();
        lines.keys().stream().filter(k -> k.startsWith(FigureKeys.BY_PARTY)).forEach(k -> {
            String party = k.substring(FigureKeys.BY_PARTY.length());
            out.add(lines.line(k, "党派提案", party + "提出", PARTY_DEFINITION, null));
            out.add(lines.line(FigureKeys.KEY_BY_PARTY + party, "党派提案", party + "提案列为重点提案",
                    "其中经主席会议确定为重点提案的；占比 = 重点 ÷ 该党派团体提出的", lines.now(k)));
        });
        for (InstructionKind kind : List.of(InstructionKind.SIGN_OFF, InstructionKind.INSTRUCTION)) {
            for (InstructionLevel level : InstructionLevel.values()) {
                out.add(lines.line(FigureKeys.proposalOutcome(kind, level), "领导" + kind.label() + "提案", level.label() + kind.label(),
                        "期间内获" + level.label() + kind.label() + "的提案，按" + kind.label() + "日期（同一提案同一层级计一次）", null));
            }
        }
        out.add(lines.line(FigureKeys.KEY_APPRAISAL_UNITS, "重点提案承办单位民主评议", "评议单位",
                "期间内开启的重点提案承办单位民主评议所评议的承办单位（每次评议每个单位计一次）", null));
        long ratings = lines.now(FigureKeys.KEY_APPRAISAL_RATINGS);
        out.add(lines.line(FigureKeys.KEY_APPRAISAL_RATINGS, "重点提案承办单位民主评议", "评议票数",
                "委员对各承办单位作出的评议（每位委员对每个单位一票）", null));
        for (KeyAppraisals.Verdict v : KeyAppraisals.Verdict.values()) {
            out.add(lines.line(FigureKeys.KEY_APPRAISAL + v.name(), "重点提案承办单位民主评议", v.label(),
                    "评议为“" + v.label() + "”的票数；占比 = 该项 ÷ 评议票数", ratings));
        }
        return out;
    }

    // ---- people-side figures (issue 12): persons counted once, studios by level, 特聘信息员, reports by source, speeches ----

    static final String PERSONS_DEFINITION = "本级及下级政协名册上的在任委员，同一人在多级政协任委员的只计一次（按手机号识别同一人：名册不登记身份证号）；"
            + "上一行“委员人数”为各名册之和";

    /** Beside the sum of the rolls, in the system scope: the persons, each once. */
    private static List<Line> persons(AnnualScope.Resolved r, Lines lines) {
        if (!r.scope().equals(AnnualScope.SYSTEM)) {
            return List.of();
        }
        return List.of(lines.line(PeopleFigures.MEMBER_PERSONS, "委员", "委员人数（同一人计一次）", PERSONS_DEFINITION, null));
    }

    private List<Line> people(Lines lines) {
        List<Line> out = new ArrayList<>();
        long studios = lines.now(FigureKeys.STUDIOS);
        for (StudioLevel level : StudioLevel.values()) {
            out.add(lines.line(PeopleFigures.STUDIO_LEVEL + level.name(), "委员工作室", level.label(),
                    "截至今日在册的委员工作室中级别为“" + level.label() + "”的；占比 = 该级 ÷ 工作室总数", studios));
        }
        out.add(lines.line(PeopleFigures.STUDIO_LEVEL + PeopleFigures.NO_LEVEL, "委员工作室", StudioLevel.NONE_LABEL,
                "截至今日在册、尚未登记级别的委员工作室", studios));
        out.add(lines.line(PeopleFigures.SPECIAL_CORRESPONDENTS, "社情民意", "特聘信息员", CorrespondentAppointments.DEFINITION, null));
        long received = lines.now(Figure.OPINIONS_RECEIVED.name());
        for (OpinionSource source : OpinionSource.values()) {
            out.add(lines.line(PeopleFigures.OPINION_SOURCE + source.name(), "社情民意来源", source.label(),
                    "期间内报送的信息（不含已撤回）中来源为“" + source.label() + "”的；占比 = 该来源 ÷ 收到总数", received));
        }
        out.addAll(speeches(lines, PeopleFigures.SPEECHES_PARTY, "会议发言（按党派团体）", "党派团体"));
        out.addAll(speeches(lines, PeopleFigures.SPEECHES_SECTOR, "会议发言（按界别）", "界别"));
        people.contributed().forEach(d -> out.add(lines.line(d.key(), d.area(), d.label(), d.definition(), null)));
        return out;
    }

    private static List<Line> speeches(Lines lines, String prefix, String area, String by) {
        return lines.keys().stream().filter(k -> k.startsWith(prefix)).map(k -> {
            String name = k.substring(prefix.length());
            return lines.line(k, area, name, "期间内开始的活动（不含取消的）中每篇口头或书面发言的每位发言委员计一人次，按其名册上的" + by
                    + "（未填的计入“" + SpeechHeadlines.NONE + "”）", null);
        }).toList();
    }

    /** The 报送 lines after the outputs: items 报送 per level, and 报送上级 of reports and outputs with their outcome above. */
    private static List<Line> withForwards(List<Line> outputs, Lines lines) {
        List<Line> out = new ArrayList<>(outputs);
        for (AdoptionLevel level : AdoptionLevel.values()) {
            out.add(lines.line(FigureKeys.FORWARDED + level.name(), "报送", "报送" + level.label(),
                    "期间内报送" + level.label() + "的编发稿篇数（按报送日期；同一篇报送同一层级只计一次）", null));
        }
        for (ForwardHeadlines.Sent sent : ForwardHeadlines.Sent.values()) {
            String what = sent == ForwardHeadlines.Sent.REPORTS ? "社情民意信息" : "履职成果（调研报告、协商成果等）";
            for (ForwardHeadlines.Upward measure : ForwardHeadlines.Upward.values()) {
                String definition = switch (measure) {
                    case SUBMITTED -> "期间内报送上级政协的本会" + what + "（按报送日期），进入上级政协的信息受理";
                    case ADOPTED -> "本会报送上级政协的" + what + "中，期间内被上级政协采用的（按采用日期）";
                    case INSTRUCTED -> "本会报送上级政协的" + what + "中，期间内经上级政协报送后获领导批示的（按批示日期）";
                };
                out.add(lines.line(FigureKeys.upward(sent, measure), "报送上级",
                        (sent == ForwardHeadlines.Sent.REPORTS ? "信息" : "成果") + measure.label(), definition, null));
            }
        }
        return out;
    }

    private List<AnnualAccount.CommitteeRow> rows(AnnualScope.Resolved r) {
        if (!r.scope().equals(AnnualScope.SYSTEM)) {
            return List.of();
        }
        var per = values.perCommittee(r.ids(), r.range());
        List<AnnualAccount.CommitteeRow> rows = new ArrayList<>();
        for (CommitteeView c : r.committees()) {
            Map<String, Long> v = new LinkedHashMap<>();
            per.get(c.id()).forEach((f, n) -> v.put(f.name(), n));
            rows.add(new AnnualAccount.CommitteeRow(c.id(), c.name(), c.level().label(), v));
        }
        return rows;
    }

    private static String link(AnnualScope.Resolved r) {
        return "/reports/annual/records?from=" + r.range().from() + "&to=" + r.range().to()
                + (r.across() == null ? "" : "&committeeId=" + r.across()) + "&figure=";
    }

    static String rate(Map<String, Long> values, Rate rate) {
        long d = values.getOrDefault(rate.denominator().name(), 0L);
        return d == 0 ? "—" : String.format("%.1f%%", values.getOrDefault(rate.numerator().name(), 0L) * 100.0 / d);
    }

    private static String points(Map<String, Long> now, Map<String, Long> previous, Rate rate) {
        long d0 = now.getOrDefault(rate.denominator().name(), 0L);
        long d1 = previous.getOrDefault(rate.denominator().name(), 0L);
        if (d0 == 0 || d1 == 0) {
            return "—";
        }
        double p0 = now.getOrDefault(rate.numerator().name(), 0L) * 100.0 / d0;
        double p1 = previous.getOrDefault(rate.numerator().name(), 0L) * 100.0 / d1;
        return String.format("%+.1f 个百分点", p0 - p1);
    }

    /** Builds the lines from the three sets of values: now, as published (if locked), last year. */
    private record Lines(Map<String, Long> now, Map<String, Long> published, Map<String, Long> previous, String link) {

        Set<String> keys() {
            Set<String> keys = new LinkedHashSet<>(now.keySet());
            keys.addAll(previous.keySet());
            if (published != null) {
                keys.addAll(published.keySet());
            }
            return keys;
        }

        long now(String key) {
            return now.getOrDefault(key, 0L);
        }

        Line line(String key, String area, String label, String definition, Long shareOf) {
            long value = now(key);
            Long pub = published == null ? null : published.getOrDefault(key, 0L);
            Long prev = previous.containsKey(key) || !FigureKeys.asOfToday(key) ? previous.getOrDefault(key, 0L) : null;
            Long change = prev == null ? null : value - prev;
            String percent = prev == null || prev == 0 ? "—" : String.format("%+.1f%%", (value - prev) * 100.0 / prev);
            String share = shareOf == null ? null : shareOf == 0 ? "—" : String.format("%.1f%%", value * 100.0 / shareOf);
            String records = link == null ? null : link + URLEncoder.encode(key, StandardCharsets.UTF_8);
            return new Line(key, area, label, definition, value, pub, pub == null ? null : value - pub, prev, change, percent, share,
                    records);
        }
    }
}
