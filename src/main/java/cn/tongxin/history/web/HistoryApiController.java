package cn.tongxin.history.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.history.HistoryImportResult;
import cn.tongxin.history.HistoryKind;
import cn.tongxin.history.HistoryTemplates;
import cn.tongxin.history.ImportHistory;
import cn.tongxin.history.internal.ImportRecords;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.web.Downloads;

@RestController
@RequestMapping("/api/v1/history")
@Tag(name = "历史数据导入")
class HistoryApiController {

    private final ImportHistory importHistory;
    private final HistoryTemplates templates;

    HistoryApiController(ImportHistory importHistory, HistoryTemplates templates) {
        this.importHistory = importHistory;
        this.templates = templates;
    }

    @PostMapping(value = "/imports/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "导入历史数据 .xlsx（kind：proposals / opinion-reports / activities / outputs；全部成功或全部不导入，错误按行列列出）")
    HistoryImportResult importFile(@PathVariable String kind, @RequestPart("file") MultipartFile file) throws IOException {
        HistoryKind k = kind(kind);
        if (file == null || file.isEmpty()) {
            throw BusinessException.invalid("请选择要导入的 .xlsx 文件");
        }
        try (var in = file.getInputStream()) {
            return importHistory.run(k, in, file.getOriginalFilename());
        }
    }

    @GetMapping("/imports")
    @Operation(summary = "本会的历史数据导入记录")
    List<ImportRecords.Past> imports() {
        return importHistory.recent();
    }

    @GetMapping("/templates/{kind}")
    @Operation(summary = "下载历史数据导入模板 .xlsx")
    ResponseEntity<byte[]> template(@PathVariable String kind) {
        return download(templates, kind(kind));
    }

    static HistoryKind kind(String slug) {
        return HistoryKind.fromSlug(slug).orElseThrow(() -> BusinessException.notFound("该类历史数据"));
    }

    static ResponseEntity<byte[]> download(HistoryTemplates templates, HistoryKind kind) {
        var out = new ByteArrayOutputStream();
        templates.write(kind, out);
        return Downloads.of(templates.fileName(kind), Downloads.XLSX, out.toByteArray());
    }
}
