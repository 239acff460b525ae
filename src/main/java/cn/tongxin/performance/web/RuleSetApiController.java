package cn.tongxin.performance.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
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
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.performance.PointsRules;
import cn.tongxin.performance.ReplayYear;
import cn.tongxin.performance.RuleSet;
import cn.tongxin.shared.BusinessException;

/** Points rules per year, the same steps as their pages. */
@RestController
@RequestMapping("/api/v1/performance/rules")
@Tag(name = "履职积分规则", description = "每年一套积分规则：复制上年或默认规则为草稿 → 修改 → 发布（发布即重算该年度，保留原结果以便比较）")
class RuleSetApiController {

    private final PointsRules rules;
    private final ReplayYear replay;

    RuleSetApiController(PointsRules rules, ReplayYear replay) {
        this.rules = rules;
        this.replay = replay;
    }

    @PostMapping("/replay")
    @Operation(summary = "按各业务记录重建某年度履职档案并重算（差异条数为0表示与事件累积的结果一致）")
    ReplayYear.Result replay(@RequestBody Year body) {
        if (body.year() == null) {
            throw BusinessException.invalid("请填写年度");
        }
        return replay.replay(body.year());
    }

    @GetMapping
    @Operation(summary = "本委员会的积分规则（各年度、草稿和已发布）")
    List<PointsRules.View> list() {
        return rules.list();
    }

    @GetMapping("/defaults")
    @Operation(summary = "两套默认规则：基础分加扣分制（BASE_AND_DEDUCT）、累计积分制（ACCUMULATE）")
    Map<String, RuleSet> defaults() {
        return rules.defaults();
    }

    @GetMapping("/in-force")
    @Operation(summary = "某年度正在执行的规则")
    PointsRules.View inForce(@RequestParam int year) {
        return rules.inForce(year);
    }

    @GetMapping("/changes")
    @Operation(summary = "重新发布规则后，各委员新旧结果对照")
    List<PointsRules.Change> changes(@RequestParam int year) {
        return rules.changes(year);
    }

    @Operation(summary = "一套积分规则（各项及分值、状态）")
    @GetMapping("/{id}")
    PointsRules.View show(@PathVariable long id) {
        return rules.show(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新建草稿：复制某套规则（fromId）、默认规则（defaultCode），都不填则复制上一年度正在执行的规则")
    Map<String, Long> draft(@RequestBody NewDraft body) {
        if (body.year() == null) {
            throw BusinessException.invalid("请填写年度");
        }
        return Map.of("id", rules.draft(body.year(), body.fromId(), body.defaultCode()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改草稿（version 为读取时的版本，他人已修改则 409）")
    void update(@PathVariable long id, @RequestBody Update body) {
        rules.update(id, version(body.version()), body.rules());
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "发布草稿：替换该年度正在执行的规则并重算全部委员")
    PointsRules.Published publish(@PathVariable long id, @RequestBody Versioned body) {
        return rules.publish(id, version(body.version()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "删除草稿")
    void discard(@PathVariable long id) {
        rules.discard(id);
    }

    private static int version(Integer v) {
        if (v == null) {
            throw BusinessException.invalid("请提交读取时的版本号 version");
        }
        return v;
    }

    record NewDraft(Integer year, Long fromId, String defaultCode) {
    }

    record Update(Integer version, RuleSet rules) {
    }

    record Year(Integer year) {
    }

    record Versioned(Integer version) {
    }
}
