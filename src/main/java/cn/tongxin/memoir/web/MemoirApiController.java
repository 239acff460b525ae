package cn.tongxin.memoir.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.memoir.MemoirCalls;
import cn.tongxin.memoir.MemoirCollections;
import cn.tongxin.memoir.MemoirQueries;
import cn.tongxin.memoir.ReviewMemoirs;
import cn.tongxin.memoir.SubmitMemoirs;
import cn.tongxin.web.Downloads;

@RestController
@RequestMapping("/api/v1/memoirs")
@Tag(name = "文史资料", description = "文史资料征集、稿件提交与编辑入选、专辑编印")
class MemoirApiController {

    private final MemoirCalls calls;
    private final SubmitMemoirs submit;
    private final ReviewMemoirs review;
    private final MemoirCollections collections;
    private final MemoirQueries queries;

    MemoirApiController(MemoirCalls calls, SubmitMemoirs submit, ReviewMemoirs review, MemoirCollections collections, MemoirQueries queries) {
        this.calls = calls;
        this.submit = submit;
        this.review = review;
        this.collections = collections;
        this.queries = queries;
    }

    @GetMapping("/calls")
    @Operation(summary = "文史资料征集列表", description = "本会的征集（主题、征集期、状态、收到和入选篇数）；机关、领导和委员可查看。")
    List<MemoirCalls.Call> calls() {
        return calls.list();
    }

    @PostMapping("/calls")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "发起征集", description = "机关工作人员发起一项文史资料征集：主题、说明、开始和截止日期。")
    Map<String, Long> open(@RequestBody MemoirCalls.CallForm body) {
        return Map.of("id", calls.open(body));
    }

    @GetMapping("/calls/{id}")
    @Operation(summary = "征集详情及稿件", description = "征集及其稿件：机关和领导看到全部稿件，委员只看到自己的。")
    CallView call(@PathVariable long id) {
        return new CallView(calls.get(id), queries.ofCall(id));
    }

    @PostMapping("/calls/{id}/close")
    @Operation(summary = "截止征集", description = "机关工作人员截止征集；已截止的再截止返回409。")
    void close(@PathVariable long id) {
        calls.close(id);
    }

    @PostMapping("/calls/{id}/reopen")
    @Operation(summary = "重新开放征集", description = "机关工作人员重新开放已截止的征集。")
    void reopen(@PathVariable long id) {
        calls.reopen(id);
    }

    @PostMapping("/calls/{id}/portal")
    @Operation(summary = "在公开门户上征集", description = "机关工作人员把征集放到本会公开门户上（shown=true，群众可在征集期内网上投稿）或撤下（shown=false）；"
            + "已是该状态返回409。")
    void portal(@PathVariable long id, @RequestBody Shown body) {
        calls.showOnPortal(id, body.shown());
    }

    @PostMapping("/calls/{id}/memoirs")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "提交稿件", description = "委员向征集期内的征集提交稿件；机关工作人员可代群众（authorName）或委员（memberId）录入纸质稿件。"
            + "requestKey 相同的重复提交只产生一篇。")
    Map<String, Long> submit(@PathVariable long id, @RequestBody SubmitMemoirs.MemoirForm body) {
        return Map.of("id", submit.submit(id, body));
    }

    @GetMapping("/{id}")
    @Operation(summary = "稿件详情", description = "原稿与编辑稿、状态、可做的操作；机关、领导和作者本人可查看。")
    MemoirQueries.Page memoir(@PathVariable long id) {
        return queries.get(id);
    }

    @GetMapping("/{id}/files/{fileId}")
    @Operation(summary = "下载稿件附件", description = "群众投稿所附的照片或扫描件；机关、领导和作者本人可下载。")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId) {
        var file = queries.file(id, fileId);
        return Downloads.of(file.filename(), file.contentType(), file.content());
    }

    @PutMapping("/{id}")
    @Operation(summary = "编辑稿件", description = "机关工作人员修改标题和编辑稿（原稿保留不变）。")
    void edit(@PathVariable long id, @RequestBody ReviewMemoirs.Edit body) {
        review.edit(id, body);
    }

    @PostMapping("/{id}/select")
    @Operation(summary = "入选", description = "机关工作人员将稿件定为入选；只有已提交的稿件可以入选（否则409）。")
    void select(@PathVariable long id) {
        review.select(id);
    }

    @PostMapping("/{id}/decline")
    @Operation(summary = "不予入选", description = "机关工作人员填写理由后不予入选。")
    void decline(@PathVariable long id, @RequestBody Reason body) {
        review.decline(id, body.reason());
    }

    @PostMapping("/{id}/reconsider")
    @Operation(summary = "重新审阅", description = "机关工作人员把入选或未入选的稿件改回待审阅；已编入专辑的不能改回（409）。")
    void reconsider(@PathVariable long id) {
        review.reconsider(id);
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "撤回稿件", description = "作者本人撤回尚未审阅的稿件。")
    void withdraw(@PathVariable long id) {
        submit.withdraw(id);
    }

    @GetMapping("/collections")
    @Operation(summary = "专辑列表", description = "本会编印的文史资料专辑；机关和领导可查看。")
    List<MemoirCollections.Listed> collections() {
        return collections.list();
    }

    @PostMapping("/collections")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "编印专辑", description = "机关工作人员把入选稿件按所列顺序编成专辑（名称、前言）。")
    Map<String, Long> compile(@RequestBody MemoirCollections.CollectionForm body) {
        return Map.of("id", collections.compile(body));
    }

    @GetMapping("/collections/{id}")
    @Operation(summary = "专辑内容", description = "专辑的名称、前言和所收稿件（编辑稿优先）。")
    MemoirCollections.Collection collection(@PathVariable long id) {
        return collections.get(id);
    }

    @GetMapping(value = "/collections/{id}/docx", produces = Downloads.DOCX)
    @Operation(summary = "下载专辑（.docx）", description = "专辑的 Word 文件：封面标题、前言、目录和各篇稿件（每篇另起一页），带页码。")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return Downloads.of("文史资料专辑-" + id + ".docx", Downloads.DOCX, collections.docx(id));
    }

    record CallView(MemoirCalls.Call call, List<MemoirQueries.Row> memoirs) {
    }

    record Reason(String reason) {
    }

    record Shown(boolean shown) {
    }
}
