package cn.tongxin.proposal.web;

import cn.tongxin.web.Downloads;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.tongxin.proposal.ProposalDocuments;

@Controller
class ProposalDocumentController {

    private final ProposalDocuments documents;

    ProposalDocumentController(ProposalDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/proposals/{id}/print.docx")
    ResponseEntity<byte[]> print(@PathVariable long id) {
        return Downloads.of("提案-" + id + ".docx", Downloads.DOCX, documents.printForm(id));
    }

    @GetMapping("/proposals/{id}/replies/{replyId}/letter.docx")
    ResponseEntity<byte[]> letter(@PathVariable long id, @PathVariable long replyId) {
        return Downloads.of("答复函-" + id + "-" + replyId + ".docx", Downloads.DOCX, documents.replyLetter(id, replyId));
    }
}
