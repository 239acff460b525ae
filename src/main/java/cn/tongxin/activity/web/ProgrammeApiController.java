package cn.tongxin.activity.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
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

import cn.tongxin.activity.ActivityType;
import cn.tongxin.activity.ConsultationPlan;
import cn.tongxin.activity.Supervision;

/** The consultation plan and supervision groups, the same steps as their pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "协商计划与民主监督", description = "年度协商计划（计划 → 已开展 → 已反馈）、民主监督小组")
class ProgrammeApiController {

    private final ConsultationPlan plan;
    private final Supervision supervision;

    ProgrammeApiController(ConsultationPlan plan, Supervision supervision) {
        this.plan = plan;
        this.supervision = supervision;
    }

    @GetMapping("/consultation-plan")
    @Operation(summary = "某年度协商计划（不填为今年），每个议题附当前用户可做的操作")
    List<ConsultationPlan.Item> plan(@RequestParam(required = false) Integer year) {
        return plan.year(year == null ? LocalDate.now().getYear() : year);
    }

    @PostMapping("/consultation-plan")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "列入计划")
    Map<String, Long> add(@RequestBody NewItem body) {
        return Map.of("id", plan.add(body.year() == null ? LocalDate.now().getYear() : body.year(), body.topic(), body.type(),
                body.month(), body.leadSpecialCommitteeId()));
    }

    @PostMapping("/consultation-plan/{id}/activity")
    @Operation(summary = "关联开展的活动（议题变为“已开展”）")
    void carriedOut(@PathVariable long id, @RequestBody ActivityRef body) {
        plan.carriedOutBy(id, body.activityId());
    }

    @PostMapping("/consultation-plan/{id}/feedback")
    @Operation(summary = "登记反馈（议题变为“已反馈”）")
    void feedback(@PathVariable long id) {
        plan.feedbackReceived(id);
    }

    @Operation(summary = "民主监督小组（某年度，不填为今年）")
    @GetMapping("/supervision/groups")
    List<Supervision.Group> groups(@RequestParam(required = false) Integer year) {
        return supervision.groups(year);
    }

    @PostMapping("/supervision/groups")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "成立民主监督小组（组长和成员共2至8名本委员会委员）")
    Map<String, Long> createGroup(@RequestBody NewGroup body) {
        return Map.of("id", supervision.createGroup(body.name(), body.unitId(), body.leaderId(), body.memberIds(), body.startsOn(),
                body.endsOn()));
    }

    record NewItem(Integer year, String topic, ActivityType type, Integer month, Long leadSpecialCommitteeId) {
    }

    record ActivityRef(Long activityId) {
    }

    record NewGroup(String name, Long unitId, Long leaderId, List<Long> memberIds, LocalDate startsOn, LocalDate endsOn) {
    }
}
