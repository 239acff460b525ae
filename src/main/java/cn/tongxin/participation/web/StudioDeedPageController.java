package cn.tongxin.participation.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.account.CurrentUsers;
import cn.tongxin.attachment.Upload;
import cn.tongxin.organization.StudioHeadlines;
import cn.tongxin.participation.DeedForm;
import cn.tongxin.participation.StudioDeeds;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.web.ApiTwin;
import cn.tongxin.web.Forms;

/** 为民办实事: the list with the form to record one, and one item with its evidence (API: {@link StudioDeedApiController}). */
@Controller
class StudioDeedPageController {

    private final StudioDeeds deeds;
    private final StudioHeadlines studios;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    StudioDeedPageController(StudioDeeds deeds, StudioHeadlines studios, CurrentUsers currentUsers, Clock clock) {
        this.deeds = deeds;
        this.studios = studios;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    @GetMapping("/participation/deeds")
    String list(@RequestParam(required = false) Long studioId, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", deeds.list(studioId, year, PageQuery.of(page, 20)));
        model.addAttribute("studios", studios.active(currentUsers.get().committeeId()));
        model.addAttribute("studioId", studioId);
        model.addAttribute("year", year);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("query", String.join("&", java.util.stream.Stream.of(studioId == null ? null : "studioId=" + studioId,
                year == null ? null : "year=" + year).filter(java.util.Objects::nonNull).toList()));
        return "participation/deeds";
    }

    @PostMapping("/participation/deeds")
    @ApiTwin("POST /api/v1/studio-deeds")
    String record(@ModelAttribute DeedForm form, @RequestParam(required = false) List<MultipartFile> evidence,
                  RedirectAttributes redirect) throws IOException {
        List<Upload> files = uploads(evidence);
        return Forms.step("/participation/deeds", redirect, () -> "已记录为民办实事（第" + deeds.record(form, files) + "号）");
    }

    @GetMapping("/participation/deeds/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("d", deeds.detail(id));
        return "participation/deed";
    }

    @GetMapping("/participation/deeds/{id}/evidence/{fileId}")
    ResponseEntity<byte[]> evidence(@PathVariable long id, @PathVariable long fileId) {
        return StudioDeedApiController.download(deeds.evidence(id, fileId));
    }

    static List<Upload> uploads(List<MultipartFile> files) throws IOException {
        List<Upload> uploads = new ArrayList<>();
        for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
            if (!f.isEmpty()) {
                if (f.getOriginalFilename() == null) {
                    throw BusinessException.invalid("佐证材料缺少文件名");
                }
                uploads.add(new Upload(f.getOriginalFilename(), f.getBytes()));
            }
        }
        return uploads;
    }
}
