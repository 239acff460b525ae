package cn.tongxin.questionnaire.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.questionnaire.Answer;
import cn.tongxin.questionnaire.AnswerQuestionnaires;
import cn.tongxin.questionnaire.BuildQuestionnaires;
import cn.tongxin.questionnaire.Definition;
import cn.tongxin.questionnaire.Question;
import cn.tongxin.questionnaire.Questionnaire;
import cn.tongxin.questionnaire.QuestionnaireExport;
import cn.tongxin.questionnaire.QuestionnaireQueries;
import cn.tongxin.questionnaire.QuestionnaireResults;
import cn.tongxin.questionnaire.RunQuestionnaires;
import cn.tongxin.questionnaire.TextAnswer;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;
import cn.tongxin.web.Downloads;

/** Questionnaires through the API: the same use cases as the pages, with the same permission checks. */
@RestController
@RequestMapping("/api/v1/questionnaires")
@Tag(name = "问卷", description = "问卷的编制、发布、委员填写、结果统计与导出")
@ApiResponse(responseCode = "403", description = "无权执行（如非机关工作人员编制问卷）")
@ApiResponse(responseCode = "404", description = "未找到该问卷，或您无权查看（其他政协的问卷同样如此）")
class QuestionnaireApiController {

    private final BuildQuestionnaires build;
    private final RunQuestionnaires run;
    private final QuestionnaireQueries queries;
    private final AnswerQuestionnaires answering;
    private final QuestionnaireResults results;
    private final QuestionnaireExport export;

    QuestionnaireApiController(BuildQuestionnaires build, RunQuestionnaires run, QuestionnaireQueries queries,
                               AnswerQuestionnaires answering, QuestionnaireResults results, QuestionnaireExport export) {
        this.build = build;
        this.run = run;
        this.queries = queries;
        this.answering = answering;
        this.results = results;
        this.export = export;
    }

    @GetMapping
    @Operation(summary = "问卷列表", description = "机关工作人员和领导看到本会全部问卷；委员看到面向委员、正在收集或已公布结果的问卷，并标明自己是否已填写。新的在前。")
    PageResult<QuestionnaireQueries.Row> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queries.list(PageQuery.of(page, size));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新建问卷（草稿）", description = "机关工作人员。audience：MEMBERS 本会委员 / PUBLIC 社会公众；公众问卷的 identifyBy：PHONE 每个手机号一份（默认）/ DEVICE 每台设备一份。")
    @ApiResponse(responseCode = "422", description = "标题为空或过长、未选择填写对象")
    Created create(@RequestBody Questionnaire.Details details) {
        return new Created(build.create(details));
    }

    @GetMapping("/{id}")
    @Operation(summary = "一份问卷：说明、题目、状态和当前可执行的步骤", description = "题目（definition.questions）按顺序排列；key 是题目编号，答卷和显示条件都用它。")
    QuestionnaireView get(@PathVariable long id) {
        return QuestionnaireView.of(queries.find(id), queries.office());
    }

    @PutMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "修改问卷标题、说明和填写对象", description = "只有草稿可以修改。")
    @ApiResponse(responseCode = "409", description = "问卷已发布或已结束")
    @ApiResponse(responseCode = "422", description = "标题为空或过长")
    void edit(@PathVariable long id, @RequestBody Questionnaire.Details details) {
        build.edit(id, details);
    }

    @PutMapping("/{id}/questions")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "整体替换问卷的全部题目", description = "kind：SINGLE 单选 / MULTIPLE 多选 / TEXT 填空 / SCALE 量表 / MATRIX 矩阵量表；"
            + "other：单选、多选题另设“其他”并填写内容（答案中以 __other 表示）；showIf：只在前面某题的答案为 anyOf 之一时显示。"
            + "key 可省略，由系统编号。只有草稿可以修改题目。")
    @ApiResponse(responseCode = "409", description = "问卷已发布或已结束，题目不能再修改")
    @ApiResponse(responseCode = "422", description = "题目不完整、选项重复、量表范围不合理、显示条件引用了后面的题目等，逐题说明")
    void replaceQuestions(@PathVariable long id, @RequestBody Definition definition) {
        build.replaceQuestions(id, definition);
    }

    @PostMapping("/{id}/questions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "在末尾添加一道题", description = "返回新题的编号（key）。规则同“整体替换题目”。")
    @ApiResponse(responseCode = "409", description = "问卷已发布或已结束，题目不能再修改")
    @ApiResponse(responseCode = "422", description = "题目不完整、选项重复、量表范围不合理、显示条件不正确")
    Added addQuestion(@PathVariable long id, @RequestBody Question question) {
        return new Added(build.addQuestion(id, question));
    }

    @DeleteMapping("/{id}/questions/{key}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "删除一道题", description = "后面有题目的显示条件引用这道题时不能删除。")
    @ApiResponse(responseCode = "409", description = "问卷已发布，或有题目的显示条件引用这道题")
    void removeQuestion(@PathVariable long id, @PathVariable String key) {
        build.removeQuestion(id, key);
    }

    @PostMapping("/{id}/questions/{key}/up")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "把一道题上移一位", description = "移到它的显示条件所引用的题目之前时不允许。")
    @ApiResponse(responseCode = "409", description = "问卷已发布或已结束")
    @ApiResponse(responseCode = "422", description = "上移后显示条件将引用后面的题目")
    void moveUp(@PathVariable long id, @PathVariable String key) {
        build.moveUp(id, key);
    }

    @PutMapping("/{id}/activity")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "关联（或取消关联）问卷服务的协商活动", description = "activityId 为空表示取消关联；只能关联本会的协商类活动。")
    @ApiResponse(responseCode = "422", description = "该活动不是本会的协商活动")
    void linkActivity(@PathVariable long id, @RequestBody ActivityLink link) {
        build.linkActivity(id, link.activityId());
    }

    @PostMapping("/{id}/publish")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "发布问卷，开始收集答卷", description = "发布后题目不能再修改。")
    @ApiResponse(responseCode = "409", description = "问卷不是草稿")
    @ApiResponse(responseCode = "422", description = "问卷还没有题目")
    void publish(@PathVariable long id) {
        run.publish(id);
    }

    @PostMapping("/{id}/close")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "结束收集", description = "结束后不再接受答卷，可重新开放。")
    @ApiResponse(responseCode = "409", description = "问卷不在收集中")
    void close(@PathVariable long id) {
        run.close(id);
    }

    @PostMapping("/{id}/reopen")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "重新开放已结束的问卷", description = "题目仍不能修改。")
    @ApiResponse(responseCode = "409", description = "问卷没有结束")
    void reopen(@PathVariable long id) {
        run.reopen(id);
    }

    @PostMapping("/{id}/results/publish")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "公布结果", description = "公众问卷的统计结果在门户上公开，委员问卷的结果委员可见；填空内容不公开。")
    @ApiResponse(responseCode = "409", description = "问卷还是草稿，或结果已公布")
    void publishResults(@PathVariable long id) {
        run.publishResults(id, true);
    }

    @PostMapping("/{id}/results/withdraw")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "撤回公布的结果", description = "门户和委员不再看到结果。")
    @ApiResponse(responseCode = "409", description = "结果尚未公布")
    void withdrawResults(@PathVariable long id) {
        run.publishResults(id, false);
    }

    @PostMapping("/{id}/answers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "委员填写问卷（每个账户一次）", description = "answers 以题目编号为键：单选、多选 {choices: [...], other}，填空 {text}，量表 {value}，"
            + "矩阵 {rows: {行: 分值}}。不显示的题目（条件不满足）的答案被忽略。公众问卷只能在公开门户页面填写。")
    @ApiResponse(responseCode = "409", description = "已经填写过（不重复保存），或问卷不在收集中")
    @ApiResponse(responseCode = "422", description = "必答题未答（指明题号和题目）、选项不存在、分值超出范围等")
    Created answer(@PathVariable long id, @RequestBody AnswerRequest request) {
        return new Created(answering.answerAsMember(id, request.answers() == null ? Map.of() : request.answers()));
    }

    @GetMapping("/{id}/results")
    @Operation(summary = "问卷结果：每个选项的人数和占比、量表和矩阵的分布与平均分", description = "机关工作人员和领导；委员在委员问卷公布结果后可看。只统计已计入的答卷（不含待审核的）。")
    QuestionnaireResults.Results results(@PathVariable long id) {
        return results.of(id);
    }

    @GetMapping("/{id}/results/texts")
    @Operation(summary = "一道题的文字回答（填空和“其他”），分页，新的在前", description = "机关工作人员和领导。")
    PageResult<TextAnswer> texts(@PathVariable long id, @RequestParam String question,
                                         @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return results.texts(id, question, PageQuery.of(page, size));
    }

    @GetMapping("/{id}/export")
    @Operation(summary = "导出全部答卷（.xlsx）", description = "每份答卷一行；每道题的列固定：多选题每个选项一列（1 选、0 未选），“其他”另有一列，矩阵题每行一列；"
            + "未向填写人显示的题目留空。机关工作人员。")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        QuestionnaireExport.File file = export.xlsx(id);
        return Downloads.of(file.name(), Downloads.XLSX, file.content());
    }

    record Created(long id) {
    }

    record Added(String key) {
    }

    record ActivityLink(Long activityId) {
    }

    record AnswerRequest(Map<String, Answer> answers) {
    }
}
