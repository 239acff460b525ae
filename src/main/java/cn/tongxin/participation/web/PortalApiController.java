package cn.tongxin.participation.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.participation.PublicPortals;

@RestController
@RequestMapping("/api/v1/public-portal")
@Tag(name = "公众参与")
class PortalApiController {

    private final PublicPortals portals;

    PortalApiController(PublicPortals portals) {
        this.portals = portals;
    }

    @GetMapping
    @Operation(summary = "本会公开门户的地址和名称（未开通时 404）")
    ResponseEntity<PublicPortals.Portal> get() {
        return ResponseEntity.of(portals.own());
    }

    @PutMapping
    @Operation(summary = "开通本会公开门户，或修改其地址代码（/public/{code}）和名称（系统管理员）")
    PublicPortals.Portal put(@RequestBody PortalRequest request) {
        return portals.open(request.code(), request.title());
    }

    record PortalRequest(String code, String title) {
    }
}
