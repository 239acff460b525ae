package cn.tongxin.proposal.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.outcome.InstructionKind;
import cn.tongxin.outcome.InstructionLevel;
import cn.tongxin.outcome.Outcomes;
import cn.tongxin.proposal.KeyAppraisals;
import cn.tongxin.proposal.ProposalOutcomes;

@RestController
@RequestMapping("/api/v1/proposals")
@Tag(name = "提案", description = "领导签批、批示；重点提案承办单位民主评议")
class ProposalFiguresApiController {

    private final ProposalOutcomes outcomes;
    private final KeyAppraisals appraisals;

    ProposalFiguresApiController(ProposalOutcomes outcomes, KeyAppraisals appraisals) {
        this.outcomes = outcomes;
        this.appraisals = appraisals;
    }

    @Operation(summary = "提案获得的领导签批与批示")
    @GetMapping("/{id}/instructions")
    List<Outcomes.Instruction> instructions(@PathVariable long id) {
        return outcomes.of(id);
    }

    @PostMapping("/{id}/instructions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记领导签批（SIGN_OFF）或批示（INSTRUCTION）")
    void instruct(@PathVariable long id, @RequestBody Instruction body) {
        outcomes.record(id, body.kind(), new Outcomes.InstructionForm(body.leader(), body.level(), body.on(), body.text(),
                body.department()));
    }

    @Operation(summary = "重点提案承办单位民主评议（各年度）")
    @GetMapping("/key-appraisals")
    List<KeyAppraisals.Appraisal> appraisals() {
        return appraisals.list();
    }

    @PostMapping("/key-appraisals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "开启本年度重点提案承办单位民主评议（评议单位为该年度重点提案的承办单位）")
    Map<String, Long> open(@RequestBody Opening body) {
        return Map.of("id", appraisals.open(body.year(), body.title()));
    }

    @Operation(summary = "一次民主评议及其结果（工作人员、领导）")
    @GetMapping("/key-appraisals/{id}")
    KeyAppraisals.Appraisal appraisal(@PathVariable long id) {
        return appraisals.one(id);
    }

    @PostMapping("/key-appraisals/{id}/ratings")
    @Operation(summary = "委员评议：每个承办单位 SATISFIED 满意 / BASICALLY_SATISFIED 基本满意 / DISSATISFIED 不满意")
    void rate(@PathVariable long id, @RequestBody Ratings body) {
        appraisals.rate(id, body.verdicts());
    }

    @Operation(summary = "结束民主评议")
    @PostMapping("/key-appraisals/{id}/close")
    void close(@PathVariable long id) {
        appraisals.close(id);
    }

    record Instruction(InstructionKind kind, String leader, InstructionLevel level, LocalDate on, String text, String department) {
    }

    record Opening(Integer year, String title) {
    }

    /** Unit id → verdict, for every unit of the appraisal. */
    record Ratings(Map<Long, KeyAppraisals.Verdict> verdicts) {
    }
}
