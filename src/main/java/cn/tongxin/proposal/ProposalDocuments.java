package cn.tongxin.proposal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.springframework.stereotype.Service;

import cn.tongxin.account.CurrentUsers;
import cn.tongxin.handling.CaseView;
import cn.tongxin.organization.CommitteeSettings;
import cn.tongxin.organization.Organization;
import cn.tongxin.organization.SettingKey;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.OfficialDates;
import cn.tongxin.shared.WordDocuments;

/** The proposal in its usual print form and a reply letter (答复函), as .docx. */
@Service
public class ProposalDocuments {

    private static final String FONT = "宋体";
    private final ProposalQueries queries;
    private final CurrentUsers currentUsers;
    private final Organization organization;
    private final CommitteeSettings settings;
    private final Clock clock;

    ProposalDocuments(ProposalQueries queries, CurrentUsers currentUsers, Organization organization, CommitteeSettings settings,
                      Clock clock) {
        this.queries = queries;
        this.currentUsers = currentUsers;
        this.organization = organization;
        this.settings = settings;
        this.clock = clock;
    }

    public byte[] printForm(long id) {
        var page = queries.page(id);
        ProposalView p = page.proposal();
        String committee = organization.committee(currentUsers.get().committeeId()).map(c -> c.name()).orElse("");
        try (var doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            heading(doc, committee + "提案", 20);
            if (p.numberText() != null) {
                centered(doc, p.numberText(), 12);
            }
            XWPFTable table = doc.createTable(6, 2);
            row(table, 0, "案由", p.title());
            row(table, 1, "提案人", p.proposers());
            row(table, 2, "类型", p.kind().label() + "　" + p.sessionLabel());
            row(table, 3, "分类", p.categoryLabel());
            row(table, 4, "建议承办单位", p.suggestedUnits() == null ? "" : p.suggestedUnits());
            row(table, 5, "审查意见", p.status().label() + (p.notFiledReasonLabel() == null ? "" : "：" + p.notFiledReasonLabel()));
            if (p.submittedAt() != null) {
                paragraph(doc, "提交日期：" + date(p.submittedAt()), false);
            }
            if (p.body() != null) {
                section(doc, "提案内容", p.body());
            }
            if (p.hasSections()) {
                section(doc, "一、情况", p.situation());
                section(doc, "二、分析", p.analysis());
                section(doc, "三、建议", p.suggestions());
            }
            WordDocuments.pageNumbers(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] replyLetter(long proposalId, long replyId) {
        var page = queries.page(proposalId);
        CaseView c = page.handling();
        CaseView.ReplyView reply = c == null ? null
                : c.replies().stream().filter(r -> r.id() == replyId).findFirst().orElse(null);
        if (reply == null) {
            throw BusinessException.notFound("答复");
        }
        ProposalView p = page.proposal();
        try (var doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            heading(doc, reply.unitName(), 18);
            heading(doc, "关于" + (p.numberText() == null ? "" : p.numberText()) + "提案的答复", 16);
            paragraph(doc, p.proposers() + "：", false);
            paragraph(doc, "您提出的《" + p.title() + "》收悉，现答复如下：", false);
            for (String line : reply.text().split("\\R")) {
                paragraph(doc, line, false);
            }
            paragraph(doc, "答复类别：" + reply.category() + "类", false);
            paragraph(doc, "签发人：" + reply.signer(), false);
            paragraph(doc, "联系人：" + reply.contactPerson() + "　联系电话：" + reply.contactPhone(), false);
            // the letter is the unit's: its name and the day it replied sign it
            WordDocuments.signature(doc, reply.unitName(), date(reply.submittedAt()));
            WordDocuments.pageNumbers(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The day as the committee's documents write dates (a setting). */
    private String date(Instant at) {
        boolean chinese = settings.enabled(currentUsers.get().committeeId(), SettingKey.DOCUMENT_DATE_IN_CHINESE_NUMERALS);
        return OfficialDates.format(at.atZone(clock.getZone()).toLocalDate(), chinese);
    }

    private static void heading(XWPFDocument doc, String text, int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, size, true);
    }

    private static void centered(XWPFDocument doc, String text, int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, size, false);
    }

    private static void section(XWPFDocument doc, String title, String text) {
        paragraph(doc, title, true);
        for (String line : (text == null ? "" : text).split("\\R")) {
            paragraph(doc, line, false);
        }
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold) {
        run(doc.createParagraph(), text, 12, bold);
    }

    private static void row(XWPFTable table, int row, String label, String value) {
        table.getRow(row).getCell(0).setText(label);
        table.getRow(row).getCell(1).setText(value == null ? "" : value);
    }

    private static void run(XWPFParagraph p, String text, int size, boolean bold) {
        XWPFRun run = p.createRun();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
    }
}
