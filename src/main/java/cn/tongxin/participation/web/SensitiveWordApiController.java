package cn.tongxin.participation.web;

import java.util.List;

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

import cn.tongxin.participation.SensitiveWords;

@RestController
@RequestMapping("/api/v1/sensitive-words")
@Tag(name = "公众参与", description = "群众意见建议、审核队列、敏感词、公开门户")
class SensitiveWordApiController {

    private final SensitiveWords words;

    SensitiveWordApiController(SensitiveWords words) {
        this.words = words;
    }

    @GetMapping
    @Operation(summary = "本会敏感词表（机关工作人员、系统管理员）")
    List<SensitiveWords.Word> list() {
        return words.list();
    }

    @PostMapping
    @Operation(summary = "添加敏感词（每行一个，或以逗号、顿号分隔）；返回新增个数")
    Added add(@RequestBody WordsRequest request) {
        return new Added(words.add(request.words()));
    }

    @DeleteMapping("/{word}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "删除一个敏感词")
    void remove(@PathVariable String word) {
        words.remove(word);
    }

    record WordsRequest(String words) {
    }

    record Added(int added) {
    }
}
