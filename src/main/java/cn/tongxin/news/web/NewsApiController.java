package cn.tongxin.news.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.news.NewsArticles;
import cn.tongxin.news.NewsForm;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

@RestController
@RequestMapping("/api/v1/news")
@Tag(name = "宣传", description = "在公开门户发布本会工作新闻")
@ApiResponse(responseCode = "403", description = "无权执行（机关工作人员发布和撤下，领导可查看）")
@ApiResponse(responseCode = "404", description = "未找到该新闻，或您无权查看")
class NewsApiController {

    private final NewsArticles news;

    NewsApiController(NewsArticles news) {
        this.news = news;
    }

    @GetMapping
    @Operation(summary = "本会新闻列表", description = "按活动日期从新到旧；含已撤下的。机关工作人员和领导。")
    PageResult<NewsArticles.Row> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return news.list(PageQuery.of(page, size));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "发布新闻到公开门户", description = "multipart 表单：title（≤100字）、summary（可选，≤200字，默认取正文开头）、body、"
            + "happenedOn（活动日期 yyyy-MM-dd，不晚于今天）、images（PNG/JPEG，最多9张）。")
    @ApiResponse(responseCode = "422", description = "标题或正文为空、过长，日期缺失或在将来，图片格式不对或过多")
    Created publish(@RequestParam(required = false) String title, @RequestParam(required = false) String summary,
                    @RequestParam(required = false) String body,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate happenedOn,
                    @RequestParam(required = false) List<MultipartFile> images) throws IOException {
        return new Created(news.publish(new NewsForm(title, summary, body, happenedOn), NewsPageController.uploads(images)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "一条新闻", description = "含正文和图片清单。")
    NewsArticles.Article get(@PathVariable long id) {
        return news.find(id);
    }

    @PostMapping("/{id}/withdraw")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "从公开门户撤下新闻", description = "撤下后门户不再显示，链接返回404。")
    @ApiResponse(responseCode = "409", description = "该新闻已撤下")
    void withdraw(@PathVariable long id) {
        news.withdraw(id);
    }

    record Created(long id) {
    }
}
