package cn.tongxin.proposal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.proposal.PublishProposals;
import cn.tongxin.web.ApiTwin;
import cn.tongxin.web.Forms;

/** 提案公开 on the committee's portal: the proposal page's button and its API twin. */
@Controller
@Tag(name = "提案")
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

    @PutMapping("/api/v1/proposals/{id}/publication")
    @ResponseBody
    @Operation(summary = "在公开门户公开或撤回一件提案（须已立案且提案人同意公开；机关工作人员）")
    Publication api(@PathVariable long id, @RequestBody Publication request) {
        publication.publish(id, request.published());
        return new Publication(publication.published(id));
    }

    record Publication(boolean published) {
    }
}
