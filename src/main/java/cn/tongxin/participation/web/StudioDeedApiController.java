package cn.tongxin.participation.web;

import java.io.IOException;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.attachment.Attachments;
import cn.tongxin.participation.DeedForm;
import cn.tongxin.participation.StudioDeeds;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

@RestController
@RequestMapping("/api/v1/studio-deeds")
@Tag(name = "公众参与")
class StudioDeedApiController {

    private final StudioDeeds deeds;

    StudioDeedApiController(StudioDeeds deeds) {
        this.deeds = deeds;
    }

    @GetMapping
    @Operation(summary = "为民办实事列表",
            description = "按办理日期新的在前，可按工作室 studioId 和年度 year 筛选。机关工作人员看到全会的，工作室委员只看到本工作室的；"
                    + "不是工作室委员的委员为 403。")
    PageResult<StudioDeeds.Row> list(@RequestParam(required = false) Long studioId, @RequestParam(required = false) Integer year,
                                     @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return deeds.list(studioId, year, PageQuery.of(page, size));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "记录为民办实事（JSON，不带佐证材料）",
            description = "title 办了什么、beneficiary 为谁办、happenedOn 办理日期（不晚于今天，录入日期另记）、detail 办理情况；"
                    + "工作人员须选 studioId，可指定该工作室的委员 memberId；工作室委员记在本人和本工作室名下。opinionId 可关联一条群众意见建议。"
                    + "缺项或超长为 422（逐项说明），他工作室为 403。")
    Created record(@RequestBody DeedForm form) {
        return new Created(deeds.record(form, List.of()));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "记录为民办实事（multipart，带佐证材料 evidence，最多5个）",
            description = "字段同 JSON 方式；evidence 为佐证材料文件（图片、PDF、Office 文档，单个不超过20MB）。")
    Created recordWithEvidence(@ModelAttribute DeedForm form, @RequestParam(required = false) List<MultipartFile> evidence)
            throws IOException {
        return new Created(deeds.record(form, StudioDeedPageController.uploads(evidence)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "一条为民办实事及其佐证材料", description = "他工作室或他政协的为 404。")
    StudioDeeds.Detail detail(@PathVariable long id) {
        return deeds.detail(id);
    }

    @GetMapping("/{id}/evidence/{fileId}")
    @Operation(summary = "下载一份佐证材料", description = "能查看该记录的人可下载；他工作室或他政协的为 404。")
    ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long fileId) {
        return download(deeds.evidence(id, fileId));
    }

    static ResponseEntity<byte[]> download(Attachments.StoredFile file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.filename(),
                        java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(file.contentType())).body(file.content());
    }

    record Created(long id) {
    }
}
