package cn.tongxin.proposal.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.tongxin.proposal.ProposalDocuments;

@Controller
class ProposalDocumentController {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private final ProposalDocuments documents;

    ProposalDocumentController(ProposalDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/proposals/{id}/print.docx")
    ResponseEntity<byte[]> print(@PathVariable long id) {
        return ProposalPageController.download("提案-" + id + ".docx", DOCX, documents.printForm(id));
    }

    @GetMapping("/proposals/{id}/replies/{replyId}/letter.docx")
    ResponseEntity<byte[]> letter(@PathVariable long id, @PathVariable long replyId) {
        return ProposalPageController.download("答复函-" + id + "-" + replyId + ".docx", DOCX, documents.replyLetter(id, replyId));
    }
}
