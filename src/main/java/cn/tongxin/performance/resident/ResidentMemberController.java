package cn.tongxin.performance.resident;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.account.CurrentUsers;
import cn.tongxin.member.Members;
import cn.tongxin.web.ApiTwin;
import cn.tongxin.web.Forms;

/** 驻地委员: the upper members living in this committee's area, and this committee's members assigned below. */
@Controller
class ResidentMemberController {

    private final ResidentMembers residents;
    private final Members members;
    private final CurrentUsers currentUsers;

    ResidentMemberController(ResidentMembers residents, Members members, CurrentUsers currentUsers) {
        this.residents = residents;
        this.members = members;
        this.currentUsers = currentUsers;
    }

    @GetMapping("/residents")
    String show(@RequestParam(required = false) Integer year, Model model) {
        var overview = residents.overview(year);
        model.addAttribute("overview", overview);
        if (currentUsers.get().isOffice() && !overview.below().isEmpty()) {
            model.addAttribute("memberChoices", members.active());
        }
        return "performance/resident/residents";
    }

    @PostMapping("/residents")
    @ApiTwin("POST /api/v1/resident-members")
    String assign(@RequestParam(required = false) Long memberId, @RequestParam(required = false) Long committeeId,
                  RedirectAttributes redirect) {
        return Forms.step("/residents", redirect, "已指派驻地委员", () -> residents.assign(memberId, committeeId));
    }

    @PostMapping("/residents/{memberId}/{committeeId}/remove")
    @ApiTwin("DELETE /api/v1/resident-members/{memberId}/{committeeId}")
    String remove(@PathVariable long memberId, @PathVariable long committeeId, RedirectAttributes redirect) {
        return Forms.step("/residents", redirect, "已撤销驻地委员", () -> residents.remove(memberId, committeeId));
    }
}
