package cn.tongxin.organization.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.organization.DictionaryKind;
import cn.tongxin.organization.internal.DictionaryAdmin;

@RestController
@RequestMapping("/api/v1/dictionaries")
@Tag(name = "组织机构", description = "政协、届次与会议、界别、专委会、党派团体、委员工作室、承办单位、设置")
class DictionaryApiController {

    private final DictionaryAdmin dictionaries;

    DictionaryApiController(DictionaryAdmin dictionaries) {
        this.dictionaries = dictionaries;
    }

    @GetMapping("/{kind}")
    @Operation(summary = "字典条目：PROPOSAL_CATEGORY / NOT_FILED_REASON / REPLY_CATEGORY / CONTACT_METHOD / SUPERVISION_KIND")
    List<DictionaryAdmin.Entry> entries(@PathVariable DictionaryKind kind) {
        return dictionaries.entries(kind);
    }

    @PutMapping("/{kind}/{code}")
    @Operation(summary = "新增字典条目，或修改其名称、顺序、是否启用（条目不删除，只停用；仅系统管理员）")
    List<DictionaryAdmin.Entry> save(@PathVariable DictionaryKind kind, @PathVariable String code, @RequestBody EntryRequest entry) {
        dictionaries.save(kind, code, entry.label(), entry.sortOrder(), entry.active() == null || entry.active());
        return dictionaries.entries(kind);
    }

    record EntryRequest(String label, Integer sortOrder, Boolean active) {
    }
}
