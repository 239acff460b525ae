package cn.tongxin.desk.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.desk.Desk;
import cn.tongxin.desk.DeskView;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "工作台", description = "当前用户首页：按角色列出待办、队列与年度数字")
class DeskApiController {

    private final Desk desk;

    DeskApiController(Desk desk) {
        this.desk = desk;
    }

    @GetMapping("/desk")
    @Operation(summary = "我的工作台", description = "与首页相同的各角色分区：委员的待办与年度概览、工作人员的队列（数量即所链接列表的条数）、"
            + "承办单位按期限排列的交办事项、领导的本年度数字与重点提案。没有的角色，其分区为 null。")
    DeskView desk() {
        return desk.mine();
    }
}
