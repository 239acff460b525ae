package cn.tongxin.audit.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.tongxin.audit.AuditChainVerification;
import cn.tongxin.audit.AuditSearch;
import cn.tongxin.shared.PageQuery;

@Controller
class AuditPageController {

    private final AuditSearch audit;
    private final AuditChainVerification chain;

    AuditPageController(AuditSearch audit, AuditChainVerification chain) {
        this.audit = audit;
        this.chain = chain;
    }

    @GetMapping("/admin/audit/chain")
    String verifyChain(Model model) {
        model.addAttribute("check", chain.verify());
        return "audit/chain";
    }

    @GetMapping("/admin/audit")
    String search(@RequestParam(required = false) String username, @RequestParam(required = false) String action,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(required = false) Integer page, Model model) {
        var criteria = new AuditSearch.Criteria(username, action, from, to);
        model.addAttribute("criteria", criteria);
        model.addAttribute("result", audit.search(criteria, PageQuery.of(page, 50)));
        return "audit/search";
    }
}
