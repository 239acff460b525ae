package cn.tongxin.proposal.web;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.proposal.ProposalSelections;
import cn.tongxin.web.Downloads;

@RestController
@RequestMapping("/api/v1/proposals/selection")
@Tag(name = "提案")
class ProposalSelectionApiController {

    private final ProposalSelections selections;

    ProposalSelectionApiController(ProposalSelections selections) {
        this.selections = selections;
    }

    @GetMapping("/candidates")
    @Operation(summary = "优秀提案选编的候选提案", description = "某年度（year，该年度评出的优秀提案和该年提交的已立案提案）或某届（termId）的已立案提案，"
            + "优秀提案在前（outstanding=true）；机关工作人员可查看，最多500件。")
    List<ProposalSelections.Candidate> candidates(@RequestParam(required = false) Integer year,
                                                  @RequestParam(required = false) Long termId) {
        return selections.candidates(year, termId);
    }

    @PostMapping(value = "/docx", produces = Downloads.DOCX)
    @Operation(summary = "编印优秀提案选编（.docx）", description = "按 proposalIds 的顺序把本会已立案的提案编成 Word 文件：封面（名称、年度或届次）、目录、"
            + "每件提案另起一页（案由、提案号、提案人、正文、承办单位、办理答复摘要），带页码。不生成任何记录。")
    ResponseEntity<byte[]> docx(@RequestBody ProposalSelections.SelectionForm body) {
        return Downloads.of("优秀提案选编.docx", Downloads.DOCX, selections.docx(body));
    }
}
