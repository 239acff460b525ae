package cn.tongxin.organization.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.organization.CommitteeGrants;
import cn.tongxin.web.ApiTwin;
import cn.tongxin.web.Forms;

/** 上级查阅授权: the settings page where a committee grants its upper committees read access, and revokes it. */
@Controller
class CommitteeGrantController {

    private final CommitteeGrants grants;

    CommitteeGrantController(CommitteeGrants grants) {
        this.grants = grants;
    }

    @GetMapping("/org/grants")
    String show(Model model) {
        model.addAttribute("overview", grants.overview());
        return "organization/grants";
    }

    @PostMapping("/org/grants")
    @ApiTwin("POST /api/v1/committee-grants")
    String grant(@RequestParam(required = false) Long upperCommitteeId, RedirectAttributes redirect) {
        return Forms.step("/org/grants", redirect, "已授权上级政协查阅本会记录", () -> grants.grant(upperCommitteeId));
    }

    @PostMapping("/org/grants/{upperCommitteeId}/revoke")
    @ApiTwin("DELETE /api/v1/committee-grants/{upperCommitteeId}")
    String revoke(@PathVariable long upperCommitteeId, RedirectAttributes redirect) {
        return Forms.step("/org/grants", redirect, "已撤销授权，上级政协即刻不能再查阅本会记录", () -> grants.revoke(upperCommitteeId));
    }
}
