package cn.tongxin.performance.resident;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/resident-members")
@Tag(name = "驻地委员", description = "上级政协委员驻下级政协（如驻市省政协委员），及其向上级报送的提案、社情民意信息、微建议件数")
class ResidentMemberApiController {

    private final ResidentMembers residents;

    ResidentMemberApiController(ResidentMembers residents) {
        this.residents = residents;
    }

    @GetMapping
    @Operation(summary = "驻本地的上级政协委员及其年度报送件数；本会委员驻下级政协的指派")
    ResidentMembers.Overview overview(@RequestParam(required = false) Integer year) {
        return residents.overview(year);
    }

    record Assign(Long memberId, Long committeeId) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "指派本会委员为下级政协的驻地委员（工作人员、系统管理员）")
    void assign(@RequestBody Assign body) {
        residents.assign(body.memberId(), body.committeeId());
    }

    @Operation(summary = "取消本会委员在下级政协的驻地指派")
    @DeleteMapping("/{memberId}/{committeeId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable long memberId, @PathVariable long committeeId) {
        residents.remove(memberId, committeeId);
    }
}
