package cn.tongxin.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.tongxin.account.RunAs;
import cn.tongxin.activity.ActivityForm;
import cn.tongxin.activity.ActivityType;
import cn.tongxin.activity.OrganiserKind;
import cn.tongxin.activity.PlanActivities;
import cn.tongxin.member.MemberView;
import cn.tongxin.member.Members;
import cn.tongxin.reading.GroupRole;
import cn.tongxin.reading.NoteReactions;
import cn.tongxin.reading.PostNotes;
import cn.tongxin.reading.ReadingGroups;
import cn.tongxin.reading.ReadingThemes;

/**
 * The city's 书香政协: two reading groups ("member" leads the first, "member2" reads in both), three themes with book
 * lists, a 导读, an offline session linked to a theme, and notes with a like and a comment.
 */
@Component
class DemoReading {

    private final RunAs runAs;
    private final Members members;
    private final ReadingGroups groups;
    private final ReadingThemes themes;
    private final PostNotes notes;
    private final NoteReactions reactions;
    private final PlanActivities plan;
    private final Clock clock;

    DemoReading(RunAs runAs, Members members, ReadingGroups groups, ReadingThemes themes, PostNotes notes, NoteReactions reactions,
                PlanActivities plan, Clock clock) {
        this.runAs = runAs;
        this.members = members;
        this.groups = groups;
        this.themes = themes;
        this.notes = notes;
        this.reactions = reactions;
        this.plan = plan;
        this.clock = clock;
    }

    void add() {
        LocalDate today = LocalDate.now(clock);
        long[] ids = runAs.user("staff", () -> {
            List<Long> all = members.active().stream().map(MemberView::id).sorted(Comparator.naturalOrder()).toList();
            long history = groups.create(new ReadingGroups.GroupForm("党史学习读书群", "学党史、悟思想，每周至少读书打卡一次。", all.get(2)));
            groups.setMember(history, new ReadingGroups.RosterEntry(all.get(0), GroupRole.LEADER));
            groups.setMember(history, new ReadingGroups.RosterEntry(all.get(1), GroupRole.READER));
            groups.setMember(history, new ReadingGroups.RosterEntry(all.get(3), GroupRole.LIAISON));
            long culture = groups.create(new ReadingGroups.GroupForm("文化传承读书群", "读经典、谈传承，文化文史和学习委员会联系。", all.get(4)));
            groups.setMember(culture, new ReadingGroups.RosterEntry(all.get(1), GroupRole.LEADER));
            groups.setMember(culture, new ReadingGroups.RosterEntry(all.get(5), GroupRole.READER));
            long theme = themes.create(history, new ReadingThemes.ThemeForm("人民政协理论专题", "围绕人民政协制度读原著、谈体会。",
                    today.minusMonths(1), today.plusMonths(2), List.of(new ReadingThemes.BookForm("中国共产党简史", null),
                    new ReadingThemes.BookForm("人民政协重要文献选编", "全国政协办公厅"))));
            themes.writeGuide(theme, new ReadingThemes.GuideForm("怎样读《中国共产党简史》",
                    "建议按时间顺序通读，每周一章，边读边记。\n读后请在群里打卡，谈一点自己的体会。"));
            themes.create(history, new ReadingThemes.ThemeForm("党的二十大报告学习", null, today.minusMonths(6), today.minusMonths(3),
                    List.of(new ReadingThemes.BookForm("党的二十大报告辅导读本", null))));
            long classics = themes.create(culture, new ReadingThemes.ThemeForm("乡土中国", "费孝通先生的经典之作。", today.minusWeeks(2),
                    today.plusMonths(1), List.of(new ReadingThemes.BookForm("乡土中国", "费孝通"))));
            LocalDateTime at = LocalDateTime.now(clock).truncatedTo(ChronoUnit.HOURS).minusDays(7);
            long session = plan.create(new ActivityForm("“人民政协理论”线下读书分享会", ActivityType.READING, OrganiserKind.OFFICE, null,
                    "文化文史和学习委员会", at, at.plusHours(2), "政协机关三楼会议室", false, null, null, false, List.of(all.get(0), all.get(1)),
                    List.of(), List.of(), List.of(), false, List.of(), List.of()));
            themes.linkActivity(theme, new ReadingThemes.LinkActivity(session));
            return new long[] {history, culture, theme, classics};
        });
        long first = runAs.user("member", () -> notes.post(ids[0], new PostNotes.NoteForm("demo-reading-1", ids[2], "中国共产党简史",
                "读了第一章，对党的初心使命有了更深的体会。\n政协委员要在学习中增进共识。", today.minusDays(3)), null));
        runAs.user("member", () -> notes.post(ids[0], new PostNotes.NoteForm("demo-reading-2", ids[2], "人民政协重要文献选编",
                "重温了人民政协成立的历史，协商民主源远流长。", today.minusDays(1)), null));
        runAs.user("member2", () -> {
            notes.post(ids[1], new PostNotes.NoteForm("demo-reading-3", ids[3], "乡土中国",
                    "“差序格局”一章讲得透彻，对理解基层治理很有启发。", today.minusDays(2)), null);
            reactions.like(first, true);
            reactions.comment(first, "写得好，我也准备读这本书。");
            return null;
        });
    }
}
