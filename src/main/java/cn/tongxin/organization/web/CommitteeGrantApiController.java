package cn.tongxin.organization.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.organization.CommitteeGrants;

@RestController
@RequestMapping("/api/v1/committee-grants")
@Tag(name = "上级查阅授权", description = "下级政协授权上级政协（上一级或更高）只读查阅本会记录，或撤销授权")
class CommitteeGrantApiController {

    private final CommitteeGrants grants;

    CommitteeGrantApiController(CommitteeGrants grants) {
        this.grants = grants;
    }

    @GetMapping
    @Operation(summary = "本会的上级政协及授权情况、授权记录，以及授权本会查阅的下级政协")
    CommitteeGrants.Overview overview() {
        return grants.overview();
    }

    record GrantRequest(Long upperCommitteeId) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "授权上级政协查阅本会记录（工作人员、系统管理员）")
    void grant(@RequestBody GrantRequest request) {
        grants.grant(request.upperCommitteeId());
    }

    @DeleteMapping("/{upperCommitteeId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "撤销对上级政协的查阅授权，即时生效")
    void revoke(@PathVariable long upperCommitteeId) {
        grants.revoke(upperCommitteeId);
    }
}
