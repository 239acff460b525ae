package cn.tongxin.history.web;

import java.io.IOException;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import cn.tongxin.history.HistoryKind;
import cn.tongxin.history.HistoryTemplates;
import cn.tongxin.history.ImportHistory;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.web.Forms;

/** 历史数据导入: the templates, one upload per kind, the errors of a refused file, and the imports done. */
@Controller
class HistoryPageController {

    private final ImportHistory importHistory;
    private final HistoryTemplates templates;

    HistoryPageController(ImportHistory importHistory, HistoryTemplates templates) {
        this.importHistory = importHistory;
        this.templates = templates;
    }

    @GetMapping("/history")
    String page(Model model) {
        return render(model);
    }

    @GetMapping("/history/templates/{kind}")
    ResponseEntity<byte[]> template(@PathVariable String kind) {
        return HistoryApiController.download(templates, HistoryApiController.kind(kind));
    }

    @PostMapping("/history/imports/{kind}")
    String importFile(@PathVariable String kind, @RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        HistoryKind k = HistoryApiController.kind(kind);
        model.addAttribute("kind", k);
        if (file == null || file.isEmpty()) {
            Forms.showError(model, "请选择要导入的 .xlsx 文件");
            return render(model);
        }
        try (var in = file.getInputStream()) {
            model.addAttribute("imported", importHistory.run(k, in, file.getOriginalFilename()));
        } catch (FieldErrors e) {
            model.addAttribute("importErrors", e.errors());
            Forms.showError(model, e.getMessage());
        } catch (BusinessException e) {
            if (e.status().value() == 403) {
                throw e;
            }
            Forms.showError(model, e.getMessage());
        }
        return render(model);
    }

    private String render(Model model) {
        model.addAttribute("imports", importHistory.recent());
        model.addAttribute("kinds", HistoryKind.values());
        return "history/import";
    }
}
