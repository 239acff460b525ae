package cn.tongxin.frontline.web;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.frontline.FrontlineQueries;
import cn.tongxin.frontline.FrontlineWorkflows.PointStatus;
import cn.tongxin.frontline.PointForm;
import cn.tongxin.frontline.PointWork;
import cn.tongxin.frontline.RegisterPoints;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

@RestController
@RequestMapping("/api/v1/frontline")
@Tag(name = "一线协商", description = "一线协商点登记、联系委员、活动、问题及解决情况、年度数字")
class FrontlineApiController {

    private final RegisterPoints register;
    private final PointWork work;
    private final FrontlineQueries queries;
    private final java.time.Clock clock;

    FrontlineApiController(RegisterPoints register, PointWork work, FrontlineQueries queries, java.time.Clock clock) {
        this.register = register;
        this.work = work;
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/points")
    @Operation(summary = "协商点列表及年度数字", description = "本会的一线协商点（分页），每个点带所选年度的活动场次、参与人次、提出和解决的问题数。"
            + "机关工作人员、领导和本会委员可查看。")
    PageResult<FrontlineQueries.PointRow> list(@RequestParam(required = false) Integer year, @RequestParam(required = false) PointStatus status,
                                               @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                                               @RequestParam(required = false) Integer size) {
        return queries.list(year(year), status, q, PageQuery.of(page, size));
    }

    @GetMapping("/totals")
    @Operation(summary = "一线协商年度数字", description = "所选年度运行的协商点数（按层级）、活动场次、参与人次、提出和解决的问题数，均按事情发生的日期统计。")
    FrontlineQueries.Totals totals(@RequestParam(required = false) Integer year) {
        return queries.totals(year(year));
    }

    @PostMapping("/points")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记协商点", description = "机关工作人员登记一个协商点：名称、层级、地点、设立日期、联系委员。")
    Map<String, Long> register(@RequestBody PointForm body) {
        return Map.of("id", register.register(body));
    }

    @GetMapping("/points/{id}")
    @Operation(summary = "协商点详情", description = "协商点的联系委员、活动（含参与人次）和问题清单，以及当前用户在该点可做的事。")
    PointView point(@PathVariable long id) {
        return PointView.of(queries.page(id));
    }

    @PutMapping("/points/{id}")
    @Operation(summary = "修改协商点", description = "机关工作人员修改名称、层级、地点、设立日期和联系委员；须带上读取时的版本号（version），他人已修改时返回409。")
    void edit(@PathVariable long id, @RequestBody PointForm body) {
        register.edit(id, body);
    }

    @PostMapping("/points/{id}/close")
    @Operation(summary = "撤销协商点", description = "机关工作人员撤销运行中的协商点（撤销日期默认今天）；已撤销的再撤销返回409。")
    void close(@PathVariable long id, @RequestBody(required = false) CloseRequest body) {
        register.close(id, body == null ? null : body.closedOn());
    }

    @PostMapping("/points/{id}/reopen")
    @Operation(summary = "恢复协商点", description = "机关工作人员恢复已撤销的协商点。")
    void reopen(@PathVariable long id) {
        register.reopen(id);
    }

    @PostMapping("/points/{id}/activities")
    @Operation(summary = "关联在该点开展的活动", description = "机关工作人员或该点的联系委员把本会的一个活动计入协商点，并填写参与人次（含群众；不填则取委员出席人次）。"
            + "一个活动只计入一个协商点。")
    void link(@PathVariable long id, @RequestBody PointWork.LinkActivity body) {
        work.linkActivity(id, body);
    }

    @DeleteMapping("/points/{id}/activities/{activityId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "取消关联活动", description = "机关工作人员把误计入的活动从协商点移除。")
    void unlink(@PathVariable long id, @PathVariable long activityId) {
        work.unlinkActivity(id, activityId);
    }

    @PostMapping("/points/{id}/problems")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记问题", description = "机关工作人员或该点的联系委员登记在协商点提出的问题（提出日期、可关联该点的活动）。")
    Map<String, Long> raise(@PathVariable long id, @RequestBody PointWork.RaiseProblem body) {
        return Map.of("id", work.raiseProblem(id, body));
    }

    @PostMapping("/problems/{problemId}/solve")
    @Operation(summary = "登记问题解决情况", description = "机关工作人员或该点的联系委员登记解决情况和解决日期；memberId 为解决问题的联系委员"
            + "（计入其履职档案“一线协商解决问题”：工作人员可选该点的联系委员或不选，联系委员登记时即为本人）；已解决的再登记返回409。")
    void solve(@PathVariable long problemId, @RequestBody PointWork.Solve body) {
        work.solve(problemId, body);
    }

    @PostMapping("/problems/{problemId}/reopen")
    @Operation(summary = "重新打开问题", description = "机关工作人员把误登记为已解决的问题改回待解决。")
    void reopenProblem(@PathVariable long problemId) {
        work.reopenProblem(problemId);
    }

    private int year(Integer year) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        if (y < 2000 || y > 2100) {
            throw new cn.tongxin.shared.BusinessException(HttpStatus.BAD_REQUEST, "请求内容格式不正确，请检查参数“year”（2000—2100）");
        }
        return y;
    }

    record CloseRequest(LocalDate closedOn) {
    }

    /** The point's page as data. */
    record PointView(long id, String name, String level, String place, LocalDate establishedOn, PointStatus status, LocalDate closedOn,
                     int version, java.util.List<FrontlineQueries.Member> members, java.util.List<FrontlineQueries.LinkedActivity> activities,
                     java.util.List<FrontlineQueries.Problem> problems, boolean office, boolean mayRecord) {
        static PointView of(FrontlineQueries.PointPage p) {
            var point = p.point();
            return new PointView(point.id(), point.name(), point.level().label(), point.place(), point.establishedOn(), point.status(),
                    point.closedOn(), point.version(), p.members(), p.activities(), p.problems(), p.office(), p.mayRecord());
        }
    }
}
