package cn.tongxin.audit.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.audit.AuditChainVerification;
import cn.tongxin.audit.AuditEntry;
import cn.tongxin.audit.ChainCheck;
import cn.tongxin.audit.AuditSearch;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

@RestController
@Tag(name = "审计", description = "本级政协的审计日志（仅系统管理员）")
class AuditApiController {

    private final AuditSearch audit;
    private final AuditChainVerification chain;

    AuditApiController(AuditSearch audit, AuditChainVerification chain) {
        this.audit = audit;
        this.chain = chain;
    }

    @GetMapping("/api/v1/audit-log/chain")
    @Operation(summary = "校验审计日志的 SM3 哈希链，给出第一个被改动或删除的记录")
    ChainCheck verifyChain() {
        return chain.verify();
    }

    @GetMapping("/api/v1/audit-log")
    @Operation(summary = "查询审计日志（按用户名、操作、日期范围；分页）")
    PageResult<AuditEntry> search(@RequestParam(required = false) String username, @RequestParam(required = false) String action,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                  @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return audit.search(new AuditSearch.Criteria(username, action, from, to), PageQuery.of(page, size));
    }
}
