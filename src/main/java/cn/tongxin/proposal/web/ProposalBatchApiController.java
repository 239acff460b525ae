package cn.tongxin.proposal.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.handling.HandlingMode;
import cn.tongxin.proposal.BatchAction;
import cn.tongxin.proposal.BatchResult;
import cn.tongxin.proposal.ProposalBatches;

@RestController
@RequestMapping("/api/v1/proposals/batch")
@Tag(name = "提案批量处理", description = "批量立案、批量交办、批量催办：逐件办理，逐件给出结果或不予处理的理由")
class ProposalBatchApiController {

    private final ProposalBatches batches;

    ProposalBatchApiController(ProposalBatches batches) {
        this.batches = batches;
    }

    @GetMapping("/preview")
    @Operation(summary = "批量操作预览（确认前）", description = "列出每件提案将如何处理，或为何不能处理；不作任何更改。")
    BatchResult preview(@RequestParam BatchAction action, @RequestParam List<Long> ids) {
        return batches.preview(action, ids);
    }

    @PostMapping("/review")
    @Operation(summary = "批量立案", description = "逐件立案（各自独立，一件不能立案不影响其他）；同一 requestKey 或 Idempotency-Key "
            + "重复提交只处理一次，返回第一次的结果。")
    BatchResult file(@RequestHeader(name = "Idempotency-Key", required = false) String key, @RequestBody Review body) {
        return batches.result(batches.file(new ProposalBatches.FileCommand(body.ids(), body.note(), keyOf(key, body.requestKey()))));
    }

    @PostMapping("/assign")
    @Operation(summary = "批量交办", description = "以同一交办方式交给同一（组）承办单位，逐件交办。")
    BatchResult assign(@RequestHeader(name = "Idempotency-Key", required = false) String key, @RequestBody Assign body) {
        return batches.result(batches.assign(new ProposalBatches.AssignCommand(body.ids(), body.mode(), body.responsibleUnits(),
                body.coUnits(), keyOf(key, body.requestKey()))));
    }

    @PostMapping("/urge")
    @Operation(summary = "批量催办", description = "对所选办理中提案的超期未答复承办单位逐一催办。")
    BatchResult urge(@RequestHeader(name = "Idempotency-Key", required = false) String key, @RequestBody Urge body) {
        return batches.result(batches.urge(new ProposalBatches.UrgeCommand(body.ids(), body.note(), keyOf(key, body.requestKey()))));
    }

    @GetMapping("/{id}")
    @Operation(summary = "一次批量处理的结果")
    BatchResult result(@PathVariable long id) {
        return batches.result(id);
    }

    private static String keyOf(String header, String body) {
        return body != null && !body.isBlank() ? body : header;
    }

    record Review(List<Long> ids, String note, String requestKey) {
    }

    record Assign(List<Long> ids, HandlingMode mode, List<Long> responsibleUnits, List<Long> coUnits, String requestKey) {
    }

    record Urge(List<Long> ids, String note, String requestKey) {
    }
}
