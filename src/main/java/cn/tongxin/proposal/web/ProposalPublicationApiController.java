package cn.tongxin.proposal.web;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.proposal.PublishProposals;

@RestController
@Tag(name = "提案")
class ProposalPublicationApiController {

    private final PublishProposals publication;

    ProposalPublicationApiController(PublishProposals publication) {
        this.publication = publication;
    }

    @PutMapping("/api/v1/proposals/{id}/publication")
    @Operation(summary = "在公开门户公开或撤回一件提案（须已立案且提案人同意公开；机关工作人员）")
    Publication publish(@PathVariable long id, @RequestBody Publication request) {
        publication.publish(id, request.published());
        return new Publication(publication.published(id));
    }

    record Publication(boolean published) {
    }
}
