package cn.tongxin.performance.web;

import java.io.IOException;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.performance.Entry.EntryStatus;
import cn.tongxin.performance.ExtraEntries;
import cn.tongxin.performance.ExtraEntryForm;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;
import cn.tongxin.web.Downloads;

@RestController
@Tag(name = "履职补录与申报", description = "工作人员补录（参加上级政协活动、公益捐助、获奖、培训等，附证明材料）、更正、删除；委员申报、撤回；工作人员审核申报")
class ExtraEntryApiController {

    private final ExtraEntries entries;

    ExtraEntryApiController(ExtraEntries entries) {
        this.entries = entries;
    }

    @PostMapping(value = "/api/v1/performance/entries", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "补录履职记录（multipart：memberId、happenedOn、kind、title、note、requestKey 与证明材料 files；立即计分）")
    ExtraEntries.EntryPage add(@ModelAttribute ExtraEntryForm form, @RequestParam(required = false) List<MultipartFile> files)
            throws IOException {
        return entries.page(entries.add(form, ExtraEntryController.uploads(files)));
    }

    @PostMapping(value = "/api/v1/performance/entries", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "补录履职记录（JSON，不带证明材料）")
    ExtraEntries.EntryPage addJson(@RequestBody ExtraEntryForm form) {
        return entries.page(entries.add(form, List.of()));
    }

    @GetMapping("/api/v1/performance/entries/{id}")
    @Operation(summary = "补录或申报的履职记录，含证明材料清单与可执行的操作（委员只能查看本人的）")
    ExtraEntries.EntryPage get(@PathVariable long id) {
        return entries.page(id);
    }

    @GetMapping("/api/v1/performance/entries/{id}/files/{fileId}")
    @Operation(summary = "下载证明材料")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId) {
        var f = entries.evidence(id, fileId);
        return Downloads.of(f.filename(), f.contentType(), f.content());
    }

    @PutMapping("/api/v1/performance/entries/{id}")
    @Operation(summary = "更正履职记录（须带读取时的 version 与更正理由）")
    ExtraEntries.EntryPage correct(@PathVariable long id, @RequestBody Correction body) {
        if (body.version() == null) {
            throw BusinessException.invalid("缺少 version（读取记录时的版本号）");
        }
        entries.correct(id, body.version(), body.data() == null ? ExtraEntryForm.blank(null, null) : body.data(), body.reason());
        return entries.page(id);
    }

    @DeleteMapping("/api/v1/performance/entries/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "删除履职记录（须带理由 reason；version 可选，用于检测并发修改）")
    void delete(@PathVariable long id, @RequestParam(required = false) Integer version, @RequestParam(required = false) String reason) {
        entries.delete(id, version, reason);
    }

    @PostMapping(value = "/api/v1/performance/claims", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "委员申报履职记录（multipart：happenedOn、kind、title、note、requestKey 与证明材料 files，必须附证明材料；同一 requestKey 只建一条）")
    ExtraEntries.EntryPage claim(@ModelAttribute ExtraEntryForm form, @RequestParam(required = false) List<MultipartFile> files)
            throws IOException {
        return entries.page(entries.claim(form, ExtraEntryController.uploads(files)));
    }

    @GetMapping("/api/v1/performance/claims")
    @Operation(summary = "申报列表：工作人员看待审核的（或按 status），委员看本人的")
    PageResult<ExtraEntries.ExtraEntry> claims(@RequestParam(required = false) EntryStatus status,
                                               @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return entries.claims(status, PageQuery.of(page, size));
    }

    @PostMapping("/api/v1/performance/claims/{id}/approve")
    @Operation(summary = "通过申报（计入履职档案并计分）")
    ExtraEntries.EntryPage approve(@PathVariable long id, @RequestBody(required = false) Decision body) {
        entries.approve(id, body == null ? null : body.version());
        return entries.page(id);
    }

    @PostMapping("/api/v1/performance/claims/{id}/refuse")
    @Operation(summary = "不予通过申报（须带理由 reason；委员仍可看到该申报及理由）")
    ExtraEntries.EntryPage refuse(@PathVariable long id, @RequestBody(required = false) Decision body) {
        entries.refuse(id, body == null ? null : body.version(), body == null ? null : body.reason());
        return entries.page(id);
    }

    @PostMapping("/api/v1/performance/claims/{id}/withdraw")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "委员撤回待审核的申报")
    void withdraw(@PathVariable long id, @RequestBody(required = false) Decision body) {
        entries.withdraw(id, body == null ? null : body.version());
    }

    record Correction(Integer version, String reason, ExtraEntryForm data) {
    }

    record Decision(Integer version, String reason) {
    }
}
