package cn.tongxin.deliberation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.deliberation.internal.CommentStore;
import cn.tongxin.deliberation.internal.Topics;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.WordDocuments;

/**
 * The topic as .docx (POI XWPF, like the project's other documents): background, questions, the office's summary and
 * every approved comment with its replies (a reply to a reply flattened into its thread, "回复 @某某"). All text goes in as plain runs: whatever a member typed, markup included,
 * is text in Word, never markup.
 */
@Service
@Transactional(readOnly = true)
public class TopicDocuments {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final Topics topics;
    private final CommentStore comments;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    TopicDocuments(Topics topics, CommentStore comments, CurrentUsers currentUsers, Clock clock) {
        this.topics = topics;
        this.comments = comments;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    public byte[] summary(long topicId) {
        CurrentUser office = currentUsers.require(Role.ADMIN, Role.STAFF);
        Topic topic = topics.findByIdAndCommitteeId(topicId, office.committeeId()).orElseThrow(() -> BusinessException.notFound("议题"));
        List<CommentRow> published = comments.published(topicId, false);
        try (var doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            paragraph(doc, topic.title(), 20, true, ParagraphAlignment.CENTER, 0);
            paragraph(doc, topic.kind().label() + (topic.activityTitle() == null ? "" : " · " + topic.activityTitle()) + " · "
                    + when(topic.opensAt()) + " 至 " + (topic.closesAt() == null ? "长期" : when(topic.closesAt())), 11, false,
                    ParagraphAlignment.CENTER, 0);
            section(doc, "背景", topic.background());
            section(doc, "议题", topic.questions());
            section(doc, "总结", topic.summary() == null ? "（尚未撰写）" : topic.summary());
            paragraph(doc, "留言（已公开 " + published.size() + " 条）", 14, true, ParagraphAlignment.LEFT, 0);
            for (CommentRow c : published) {
                int indent = c.parentId() == null ? 0 : 1;
                String answered = indent == 0 ? "" : c.replyToName() == null ? "回复 · " : "回复 @" + c.replyToName() + " · ";
                paragraph(doc, answered + c.authorName() + (c.byMember() ? "（委员）" : "（网友）") + " · " + when(c.writtenAt())
                        + (c.editedAt() == null ? "" : " · 已编辑") + (c.best() ? " · 精选" : ""), 10, true, ParagraphAlignment.LEFT, indent);
                for (String line : c.text().split("\\R")) {
                    paragraph(doc, line, 11, false, ParagraphAlignment.LEFT, indent);
                }
            }
            WordDocuments.pageNumbers(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String when(Instant at) {
        return WHEN.format(at.atZone(clock.getZone()));
    }

    private static void section(XWPFDocument doc, String heading, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        paragraph(doc, heading, 14, true, ParagraphAlignment.LEFT, 0);
        for (String line : text.split("\\R")) {
            paragraph(doc, line, 12, false, ParagraphAlignment.LEFT, 0);
        }
    }

    private static void paragraph(XWPFDocument doc, String text, int size, boolean bold, ParagraphAlignment align, int indent) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        if (indent > 0) {
            p.setIndentationLeft(567 * indent);
        }
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontFamily("宋体");
        run.setFontSize(size);
        run.setBold(bold);
    }
}
