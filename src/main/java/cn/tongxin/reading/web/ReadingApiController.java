package cn.tongxin.reading.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.reading.ReadingGroups;
import cn.tongxin.reading.ReadingStatistics;
import cn.tongxin.reading.ReadingThemes;

@RestController
@RequestMapping("/api/v1/reading")
@Tag(name = "书香政协", description = "读书群、专题与书目、导读、读书打卡（点赞、评论）和读书统计")
class ReadingApiController {

    private final ReadingGroups groups;
    private final ReadingThemes themes;
    private final ReadingStatistics statistics;

    ReadingApiController(ReadingGroups groups, ReadingThemes themes, ReadingStatistics statistics) {
        this.groups = groups;
        this.themes = themes;
        this.statistics = statistics;
    }

    @GetMapping("/groups")
    @Operation(summary = "读书群列表", description = "本会的读书群（成员数、专题数、本人在群中的身份）；机关、领导和委员均可查看。")
    List<ReadingGroups.Listed> groups() {
        return groups.list();
    }

    @PostMapping("/groups")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "开设读书群", description = "机关工作人员开设读书群：名称（本会内不重名）、简介，可同时指定群主 ownerMemberId（本会在职委员）。")
    Map<String, Long> create(@RequestBody ReadingGroups.GroupForm body) {
        return Map.of("id", groups.create(body));
    }

    @GetMapping("/groups/{id}")
    @Operation(summary = "读书群详情", description = "读书群的简介、成员名单（群主、领读人、联络员、成员）和专题；打卡另见 /groups/{id}/notes。他会的读书群为404。")
    ReadingGroups.Group group(@PathVariable long id) {
        return groups.get(id);
    }

    @PostMapping("/groups/{id}/members")
    @Operation(summary = "设置读书群成员", description = "机关工作人员把本会在职委员 memberId 加入读书群，或改变其身份 role（OWNER 群主、LEADER 领读人、"
            + "LIAISON 联络员、READER 成员）。群中成员均可打卡。")
    void setMember(@PathVariable long id, @RequestBody ReadingGroups.RosterEntry body) {
        groups.setMember(id, body);
    }

    @DeleteMapping("/groups/{id}/members/{memberId}")
    @Operation(summary = "移出读书群", description = "机关工作人员把委员移出读书群；其已发的打卡保留。")
    void removeMember(@PathVariable long id, @PathVariable long memberId) {
        groups.removeMember(id, memberId);
    }

    @PostMapping("/groups/{id}/themes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "设立读书专题", description = "机关工作人员为读书群设立专题：名称、说明、开始和结束日期 startsOn/endsOn、书目 books（书名、作者，最多30本）。")
    Map<String, Long> createTheme(@PathVariable long id, @RequestBody ReadingThemes.ThemeForm body) {
        return Map.of("id", themes.create(id, body));
    }

    @GetMapping("/themes/{id}")
    @Operation(summary = "读书专题详情", description = "专题的书目、日程、导读文章、关联的线下读书活动和打卡篇数。")
    ReadingThemes.Theme theme(@PathVariable long id) {
        return themes.get(id);
    }

    @PostMapping("/themes/{id}/guides")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "发布导读", description = "机关工作人员为专题撰写导读文章：标题、正文（不超过20000字）。")
    Map<String, Long> writeGuide(@PathVariable long id, @RequestBody ReadingThemes.GuideForm body) {
        return Map.of("id", themes.writeGuide(id, body));
    }

    @PostMapping("/themes/{id}/activities")
    @Operation(summary = "关联线下读书活动", description = "机关工作人员把本会“读书活动”类型的履职活动 activityId 关联到专题；重复关联不变。"
            + "活动的时间和出席仍以活动为准。")
    void linkActivity(@PathVariable long id, @RequestBody ReadingThemes.LinkActivity body) {
        themes.linkActivity(id, body);
    }

    @GetMapping("/statistics")
    @Operation(summary = "读书统计", description = "某年度（year，默认今年）的读书群、进行中的专题、线下读书活动、打卡篇数和参与委员人数，"
            + "以及每个读书群和每位委员的打卡；打卡按阅读日期统计。机关和领导可查看。")
    ReadingStatistics.Year statistics(@RequestParam(required = false) Integer year) {
        return statistics.of(year);
    }
}
