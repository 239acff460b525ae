package cn.tongxin.participation.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.participation.StudioModeration;

@RestController
@RequestMapping("/api/v1/studios")
@Tag(name = "公众参与")
class StudioModerationApiController {

    private final StudioModeration moderation;

    StudioModerationApiController(StudioModeration moderation) {
        this.moderation = moderation;
    }

    @GetMapping("/pre-moderation")
    @Operation(summary = "各委员工作室的先审后发设置",
            description = "own：工作室自己的选择（null 为跟随全会设置），applies：实际执行的。仅机关工作人员。")
    List<StudioModeration.Line> list() {
        return moderation.list();
    }

    @PutMapping("/{studioId}/pre-moderation")
    @Operation(summary = "设置一个委员工作室的先审后发",
            description = "preModeration：true 先审后发，false 不先审（命中敏感词的仍待审），null 跟随全会设置。仅机关工作人员；"
                    + "他政协或已停用的工作室为 404。")
    void put(@PathVariable long studioId, @RequestBody Choice body) {
        moderation.set(studioId, body.preModeration());
    }

    record Choice(Boolean preModeration) {
    }
}
