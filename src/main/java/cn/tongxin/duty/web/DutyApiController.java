package cn.tongxin.duty.web;

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

import cn.tongxin.duty.ConvertDutyQuestions;
import cn.tongxin.duty.DutyQuestions;
import cn.tongxin.duty.DutyRota;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

@RestController
@RequestMapping("/api/v1/duty")
@Tag(name = "委员值班", description = "委员网上值班安排、群众留言及答复、各委员值班数字")
class DutyApiController {

    private final DutyRota rota;
    private final DutyQuestions questions;
    private final ConvertDutyQuestions conversions;
    private final java.time.Clock clock;

    DutyApiController(DutyRota rota, DutyQuestions questions, ConvertDutyQuestions conversions, java.time.Clock clock) {
        this.conversions = conversions;
        this.rota = rota;
        this.questions = questions;
        this.clock = clock;
    }

    @GetMapping("/shifts")
    @Operation(summary = "值班安排", description = "从指定日期（默认今天）起的值班安排（最多200条），含每班收到和答复的留言数；机关、领导和委员可查看。")
    List<DutyRota.Shift> shifts(@RequestParam(required = false) LocalDate from) {
        LocalDate day = from == null ? LocalDate.now(clock) : from;
        return rota.from(day.atStartOfDay(clock.getZone()).toInstant(), 200);
    }

    @PostMapping("/shifts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "安排值班", description = "机关工作人员安排一名本会委员在某时段网上值班（不超过12小时，同一委员时段不得重叠）。")
    Map<String, Long> schedule(@RequestBody DutyRota.ShiftForm body) {
        return Map.of("id", rota.schedule(body));
    }

    @PostMapping("/shifts/{id}/cancel")
    @Operation(summary = "取消值班", description = "机关工作人员取消尚未结束、还没有留言的值班安排。")
    void cancel(@PathVariable long id) {
        rota.cancel(id);
    }

    @GetMapping("/questions")
    @Operation(summary = "值班留言", description = "机关和领导看到本会全部留言，委员看到自己值班时段的留言；可按状态（HELD、OPEN、ANSWERED、CONVERTED、REJECTED）筛选，分页。")
    PageResult<DutyQuestions.Item> list(@RequestParam(required = false) String status, @RequestParam(required = false) Integer page) {
        return questions.list(status, PageQuery.of(page, 20));
    }

    @PostMapping("/questions/{id}/answer")
    @Operation(summary = "答复留言", description = "值班委员（或机关工作人员）答复待答复的留言；visibleToPublic 为 false 时答复只留存不公开。")
    void answer(@PathVariable long id, @RequestBody DutyQuestions.Answer body) {
        questions.answer(id, body);
    }

    static final String CONVERT_RULES = "值班委员本人或机关工作人员（代值班委员）办理，新记录记在值班委员名下并经原模块的流程提交；"
            + "reply 为告诉群众的话，群众凭追踪码查看（visibleToPublic 为 false 时不在门户公开）；留言与新记录相互关联。"
            + "非本人值班时段或外会的留言为 404，待审核、未予受理或已转办的为 409，缺项为 422。";

    @PostMapping("/questions/{id}/suggestion")
    @Operation(summary = "值班留言转为微建议", description = "把待答复或已答复的群众留言转为值班委员的微建议。" + CONVERT_RULES)
    ConvertedTo toSuggestion(@PathVariable long id, @RequestBody ConvertDutyQuestions.Convert body) {
        return new ConvertedTo(conversions.toSuggestion(id, body));
    }

    @PostMapping("/questions/{id}/report")
    @Operation(summary = "值班留言转为社情民意信息", description = "把群众留言转为值班委员报送的社情民意信息，category 为分类代码。" + CONVERT_RULES)
    ConvertedTo toReport(@PathVariable long id, @RequestBody ConvertDutyQuestions.Convert body) {
        return new ConvertedTo(conversions.toReport(id, body));
    }

    @PostMapping("/questions/{id}/clue")
    @Operation(summary = "值班留言转为提案线索", description = "在值班委员的提案草稿中新建一件草稿（正文为群众留言），由委员修改后提交；category 为提案分类代码。"
            + CONVERT_RULES)
    ConvertedTo toClue(@PathVariable long id, @RequestBody ConvertDutyQuestions.Convert body) {
        return new ConvertedTo(conversions.toClue(id, body));
    }

    record ConvertedTo(long id) {
    }

    @GetMapping("/counts")
    @Operation(summary = "各委员值班数字", description = "所选年度每名委员的值班次数（按值班开始时间）、收到的留言（按留言时间）、答复和转办的留言（按答复或转办时间）。")
    List<DutyQuestions.MemberCount> counts(@RequestParam(required = false) Integer year) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        if (y < 2000 || y > 2100) {
            throw new cn.tongxin.shared.BusinessException(HttpStatus.BAD_REQUEST, "请求内容格式不正确，请检查参数“year”（2000—2100）");
        }
        return questions.counts(y);
    }
}
