package cn.tongxin.memoir.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.memoir.MemoirCalls;
import cn.tongxin.memoir.MemoirCollections;
import cn.tongxin.memoir.MemoirQueries;
import cn.tongxin.memoir.ReviewMemoirs;
import cn.tongxin.memoir.SubmitMemoirs;
import cn.tongxin.web.ApiTwin;
import cn.tongxin.web.Downloads;
import cn.tongxin.web.Forms;

@Controller
class MemoirPageController {

    private final MemoirCalls calls;
    private final SubmitMemoirs submit;
    private final ReviewMemoirs review;
    private final MemoirCollections collections;
    private final MemoirQueries queries;
    private final java.time.Clock clock;

    MemoirPageController(MemoirCalls calls, SubmitMemoirs submit, ReviewMemoirs review, MemoirCollections collections, MemoirQueries queries,
                         java.time.Clock clock) {
        this.calls = calls;
        this.submit = submit;
        this.review = review;
        this.collections = collections;
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/memoirs")
    String calls(Model model) {
        model.addAttribute("calls", calls.list());
        return "memoir/calls";
    }

    @PostMapping("/memoirs/calls")
    @ApiTwin("POST /api/v1/memoirs/calls")
    String open(@RequestParam(required = false) String theme, @RequestParam(required = false) String description,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn, Model model,
                RedirectAttributes redirect) {
        return Forms.create(() -> calls.open(new MemoirCalls.CallForm(theme, description, opensOn, closesOn)), "已发起征集", "/memoirs/calls/",
                model, redirect, () -> model.addAttribute("calls", calls.list()), "memoir/calls");
    }

    @GetMapping("/memoirs/calls/{id}")
    String call(@PathVariable long id, Model model) {
        var call = calls.get(id);
        model.addAttribute("call", call);
        model.addAttribute("memoirs", queries.ofCall(id));
        model.addAttribute("accepting", call.accepting(LocalDate.now(clock)));
        model.addAttribute("requestKey", UUID.randomUUID().toString());
        return "memoir/call";
    }

    @PostMapping("/memoirs/calls/{id}/close")
    @ApiTwin("POST /api/v1/memoirs/calls/{id}/close")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        return Forms.step("/memoirs/calls/" + id, redirect, "已截止征集", () -> calls.close(id));
    }

    @PostMapping("/memoirs/calls/{id}/reopen")
    @ApiTwin("POST /api/v1/memoirs/calls/{id}/reopen")
    String reopen(@PathVariable long id, RedirectAttributes redirect) {
        return Forms.step("/memoirs/calls/" + id, redirect, "已重新开放征集", () -> calls.reopen(id));
    }

    @PostMapping("/memoirs/calls/{id}/portal")
    @ApiTwin("POST /api/v1/memoirs/calls/{id}/portal")
    String portal(@PathVariable long id, @RequestParam(defaultValue = "false") boolean shown, RedirectAttributes redirect) {
        return Forms.step("/memoirs/calls/" + id, redirect, shown ? "已在公开门户上征集" : "已从公开门户撤下", () -> calls.showOnPortal(id, shown));
    }

    @PostMapping("/memoirs/calls/{id}/memoirs")
    @ApiTwin("POST /api/v1/memoirs/calls/{id}/memoirs")
    String submit(@PathVariable long id, @RequestParam(required = false) String requestKey, @RequestParam(required = false) String title,
                  @RequestParam(required = false) String period, @RequestParam(required = false) String text,
                  @RequestParam(required = false) String authorName, Model model, RedirectAttributes redirect) {
        return Forms.create(() -> submit.submit(id, new SubmitMemoirs.MemoirForm(requestKey, title, period, text, authorName, null)),
                "稿件已提交", "/memoirs/", model, redirect, () -> {
                    call(id, model);
                    model.addAttribute("requestKey", requestKey);
                }, "memoir/call");
    }

    @GetMapping("/memoirs/{id}")
    String memoir(@PathVariable long id, Model model) {
        model.addAttribute("m", queries.get(id));
        return "memoir/memoir";
    }

    @GetMapping("/memoirs/{id}/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId) {
        var file = queries.file(id, fileId);
        return Downloads.of(file.filename(), file.contentType(), file.content());
    }

    @PostMapping("/memoirs/{id}/edit")
    @ApiTwin("PUT /api/v1/memoirs/{id}")
    String edit(@PathVariable long id, @RequestParam(required = false) String title, @RequestParam(required = false) String editedText,
                RedirectAttributes redirect) {
        return Forms.step("/memoirs/" + id, redirect, "编辑稿已保存", () -> review.edit(id, new ReviewMemoirs.Edit(title, editedText)));
    }

    @PostMapping("/memoirs/{id}/select")
    @ApiTwin("POST /api/v1/memoirs/{id}/select")
    String select(@PathVariable long id, RedirectAttributes redirect) {
        return Forms.step("/memoirs/" + id, redirect, "已入选", () -> review.select(id));
    }

    @PostMapping("/memoirs/{id}/decline")
    @ApiTwin("POST /api/v1/memoirs/{id}/decline")
    String decline(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return Forms.step("/memoirs/" + id, redirect, "已不予入选", () -> review.decline(id, reason));
    }

    @PostMapping("/memoirs/{id}/reconsider")
    @ApiTwin("POST /api/v1/memoirs/{id}/reconsider")
    String reconsider(@PathVariable long id, RedirectAttributes redirect) {
        return Forms.step("/memoirs/" + id, redirect, "已改回待审阅", () -> review.reconsider(id));
    }

    @PostMapping("/memoirs/{id}/withdraw")
    @ApiTwin("POST /api/v1/memoirs/{id}/withdraw")
    String withdraw(@PathVariable long id, RedirectAttributes redirect) {
        return Forms.step("/memoirs/" + id, redirect, "稿件已撤回", () -> submit.withdraw(id));
    }

    @GetMapping("/memoirs/collections")
    String collections(@RequestParam(required = false) Long call, Model model) {
        model.addAttribute("collections", collections.list());
        model.addAttribute("calls", calls.list());
        if (call != null) {
            model.addAttribute("callId", call);
            model.addAttribute("selectable", queries.ofCall(call).stream().filter(r -> r.status() == cn.tongxin.memoir.MemoirWorkflow.Status.SELECTED).toList());
        }
        return "memoir/collections";
    }

    @PostMapping("/memoirs/collections")
    @ApiTwin("POST /api/v1/memoirs/collections")
    String compile(@RequestParam(required = false) String title, @RequestParam(required = false) String foreword,
                   @RequestParam(required = false) List<Long> memoirIds, @RequestParam(required = false) Long call, Model model,
                   RedirectAttributes redirect) {
        return Forms.create(() -> collections.compile(new MemoirCollections.CollectionForm(title, foreword, memoirIds)), "专辑已编成",
                "/memoirs/collections/", model, redirect, () -> collections(call, model), "memoir/collections");
    }

    @GetMapping("/memoirs/collections/{id}")
    String collection(@PathVariable long id, Model model) {
        model.addAttribute("c", collections.get(id));
        return "memoir/collection";
    }

    @GetMapping("/memoirs/collections/{id}.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return Downloads.of("文史资料专辑-" + id + ".docx", Downloads.DOCX, collections.docx(id));
    }
}
