package cn.tongxin.proposal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.proposal.PublishProposals;
import cn.tongxin.web.ApiTwin;
import cn.tongxin.web.Forms;

/** 提案公开 on the committee's portal: the proposal page's button (API twin: ProposalPublicationApiController). */
@Controller
class ProposalPublicationController {

    private final PublishProposals publication;

    ProposalPublicationController(PublishProposals publication) {
        this.publication = publication;
    }

    @PostMapping("/proposals/{id}/publication")
    @ApiTwin("PUT /api/v1/proposals/{id}/publication")
    String page(@PathVariable long id, @RequestParam boolean published, RedirectAttributes redirect) {
        return Forms.step("/proposals/" + id, redirect, published ? "已在门户公开" : "已撤回公开",
                () -> publication.publish(id, published));
    }
}
