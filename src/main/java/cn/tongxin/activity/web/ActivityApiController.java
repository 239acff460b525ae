package cn.tongxin.activity.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
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

import cn.tongxin.activity.ActivityClosing;
import cn.tongxin.activity.ActivityForm;
import cn.tongxin.activity.ActivityOutputs;
import cn.tongxin.activity.ActivityQueries;
import cn.tongxin.activity.ActivityStatistics;
import cn.tongxin.activity.ActivityType;
import cn.tongxin.activity.Appraisals;
import cn.tongxin.activity.OutputKind;
import cn.tongxin.activity.Participation;
import cn.tongxin.activity.PlanActivities;
import cn.tongxin.activity.RecordOutputs;
import cn.tongxin.handling.HandlingMode;
import cn.tongxin.outcome.AdoptionLevel;
import cn.tongxin.outcome.InstructionLevel;
import cn.tongxin.outcome.Outcomes;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "履职活动", description = "活动、报名请假、签到、出勤、发言与成果、评议、统计")
class ActivityApiController {

    private final PlanActivities plan;
    private final ActivityClosing closing;
    private final Participation participation;
    private final ActivityQueries queries;
    private final RecordOutputs recordOutputs;
    private final ActivityOutputs outputs;
    private final Appraisals appraisals;
    private final ActivityStatistics statistics;

    ActivityApiController(PlanActivities plan, ActivityClosing closing, Participation participation, ActivityQueries queries,
                          RecordOutputs recordOutputs, ActivityOutputs outputs, Appraisals appraisals, ActivityStatistics statistics) {
        this.plan = plan;
        this.closing = closing;
        this.participation = participation;
        this.queries = queries;
        this.recordOutputs = recordOutputs;
        this.outputs = outputs;
        this.appraisals = appraisals;
        this.statistics = statistics;
    }

    @Operation(summary = "履职活动列表（按名称、类型、年度筛选；held=true 不含已取消的活动）")
    @GetMapping("/activities")
    PageResult<ActivityQueries.Summary> list(@RequestParam(required = false) String keyword, @RequestParam(required = false) ActivityType type,
                                             @RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
                                             @RequestParam(required = false) Integer size,
                                             @RequestParam(required = false) Long committeeId,
                                             @RequestParam(required = false) Boolean held) {
        return queries.list(keyword, type, year, null, false, Boolean.TRUE.equals(held), PageQuery.of(page, size), committeeId);
    }

    @Operation(summary = "活动详情：受邀委员与答复、出勤、发言与成果，及当前用户可做的操作")
    @GetMapping("/activities/{id}")
    ActivityQueries.ActivityPage get(@PathVariable long id, @RequestParam(required = false) Long committeeId) {
        return queries.page(id, committeeId);
    }

    @Operation(summary = "发布活动并通知受邀委员（受邀者可逐一选择，或按界别、专委会、工作室、常委整体邀请）")
    @PostMapping("/activities")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> create(@RequestBody ActivityForm form) {
        return Map.of("id", plan.create(form));
    }

    @PostMapping("/activities/{id}/signup-open")
    @Operation(summary = "截止报名（open=false）或重新开放报名（open=true）")
    void signupOpen(@PathVariable long id, @RequestBody SignupOpen body) {
        closing.setSignupOpen(id, body.open());
    }

    @PostMapping("/activities/{id}/close")
    @Operation(summary = "归档（活动结束后）：出勤确定，未出席且未获准假的受邀委员记为缺席")
    void close(@PathVariable long id) {
        closing.close(id);
    }

    @Operation(summary = "受邀委员报名参加活动")
    @PostMapping("/activities/{id}/sign-up")
    void signUp(@PathVariable long id) {
        participation.signUp(id);
    }

    @Operation(summary = "受邀委员请假（须填原因），由组织方审批")
    @PostMapping("/activities/{id}/leave")
    void leave(@PathVariable long id, @RequestBody Reason body) {
        participation.requestLeave(id, body.reason());
    }

    @Operation(summary = "组织方审批委员的请假：{\"approve\": true} 准假，false 不准假")
    @PostMapping("/activities/{id}/leave/{memberId}")
    void decideLeave(@PathVariable long id, @PathVariable long memberId, @RequestBody Decision body) {
        participation.decideLeave(id, memberId, body.approve());
    }

    @PostMapping("/activities/{id}/check-in")
    @Operation(summary = "现场签到（6位签到码，每分钟更新；重复签到无影响）")
    Map<String, String> checkIn(@PathVariable long id, @RequestBody Code body) {
        var attendance = participation.checkIn(id, body.code());
        return Map.of("attendance", attendance.name(), "label", attendance.label());
    }

    @Operation(summary = "组织方代委员登记出席（现场未能扫码签到时）")
    @PostMapping("/activities/{id}/attendance/{memberId}")
    void markPresent(@PathVariable long id, @PathVariable long memberId) {
        participation.markPresent(id, memberId);
    }

    @PostMapping("/activities/{id}/attendance/{memberId}/correction")
    @Operation(summary = "更正出勤（归档后，工作人员；出席 PRESENT / 请假 EXCUSED / 缺席 ABSENT，须填原因）")
    void correctAttendance(@PathVariable long id, @PathVariable long memberId, @RequestBody Correction body) {
        participation.correctAttendance(id, memberId, body.attendance(), body.reason());
    }

    record Correction(cn.tongxin.activity.Attendance attendance, String reason) {
    }

    @GetMapping("/activities/{id}/code")
    @Operation(summary = "当前签到码（组织方）")
    Map<String, String> code(@PathVariable long id) {
        return Map.of("code", participation.currentCode(id));
    }

    @Operation(summary = "登记活动成果（发言、建议案、协商成果、监督意见书等）及其作者")
    @PostMapping("/activities/{id}/outputs")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> record(@PathVariable long id, @RequestBody Output body) {
        return Map.of("id", recordOutputs.record(id, body.kind(), body.title(), body.text(), body.authorIds()));
    }

    @PostMapping("/activity-outputs/{id}/response")
    @Operation(summary = "成果交承办单位办理反馈（建议案、协商成果、监督意见书）")
    Map<String, Long> sendForResponse(@PathVariable long id, @RequestBody Assignment body) {
        return Map.of("caseId", outputs.sendForResponse(id, body.mode(), body.responsibleUnits(), body.coUnits()));
    }

    @PostMapping("/activity-outputs/{id}/upward")
    @Operation(summary = "成果报送上级政协：进入上级政协的信息受理（来源：下级政协报送）；上级采用、批示后回报本会")
    Map<String, Long> submitUpward(@PathVariable long id) {
        return Map.of("upperReportId", outputs.submitUpward(id));
    }

    @GetMapping("/activity-outputs/{id}/upward")
    @Operation(summary = "成果报送上级政协的情况（报送日期、上级采用与批示）")
    cn.tongxin.opinion.UpwardLink upward(@PathVariable long id) {
        return outputs.upward(id).orElseThrow(() -> cn.tongxin.shared.BusinessException.notFound("报送上级记录"));
    }

    @PostMapping("/activity-outputs/{id}/adoptions")
    @Operation(summary = "登记成果采用")
    void adopt(@PathVariable long id, @RequestBody Adoption body) {
        outputs.adopt(id, body.level(), Boolean.TRUE.equals(body.combined()), body.on(), body.note());
    }

    @PostMapping("/activity-outputs/{id}/instructions")
    @Operation(summary = "登记领导批示（不填日期为当天）")
    void instruct(@PathVariable long id, @RequestBody Instruction body) {
        outputs.instruct(id, new Outcomes.InstructionForm(body.leader(), body.level(), body.on(), body.text(), body.department()));
    }

    @GetMapping("/appraisals")
    @Operation(summary = "民主评议（工作人员、领导：全部；委员：本人参加的）")
    List<Appraisals.Summary> appraisals() {
        return appraisals.list();
    }

    @PostMapping("/appraisals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "发起民主评议")
    Map<String, Long> createAppraisal(@RequestBody NewAppraisal body) {
        return Map.of("id", appraisals.create(body.unitId(), body.title(), body.dimensions(), body.raterIds(), body.opensAt(), body.closesAt()));
    }

    @PostMapping("/appraisals/{id}/scores")
    @Operation(summary = "提交评议打分（匿名，每人一次）")
    void score(@PathVariable long id, @RequestBody Scores body) {
        appraisals.score(id, body.scores());
    }

    @Operation(summary = "民主评议结果（达到法定人数后才给出各项平均分）")
    @GetMapping("/appraisals/{id}/results")
    Appraisals.Results results(@PathVariable long id) {
        return appraisals.results(id);
    }

    @GetMapping("/activities/statistics")
    @Operation(summary = "履职活动统计（年度 year 或日期 from/to）；committeeId 为下级政协时只给数字，经其授权才列出委员出勤与评议")
    ActivityStatistics.Report statistics(@RequestParam(required = false) Integer year, @RequestParam(required = false) LocalDate from,
                                         @RequestParam(required = false) LocalDate to, @RequestParam(required = false) Long committeeId) {
        return statistics.report(year, from, to, committeeId);
    }

    record Reason(String reason) {
    }

    record Decision(boolean approve) {
    }

    record Code(String code) {
    }

    record Output(OutputKind kind, String title, String text, List<Long> authorIds) {
    }

    record Assignment(HandlingMode mode, List<Long> responsibleUnits, List<Long> coUnits) {
    }

    record Scores(List<Integer> scores) {
    }

    record SignupOpen(boolean open) {
    }

    record Adoption(AdoptionLevel level, Boolean combined, LocalDate on, String note) {
    }

    record Instruction(String leader, InstructionLevel level, LocalDate on, String text, String department) {
    }

    record NewAppraisal(Long unitId, String title, List<String> dimensions, List<Long> raterIds, LocalDateTime opensAt,
                        LocalDateTime closesAt) {
    }
}
