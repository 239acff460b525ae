package cn.tongxin.report;

import java.io.ByteArrayInputStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.deepoove.poi.XWPFTemplate;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.audit.AuditLog;
import cn.tongxin.report.internal.AnnualSnapshots;
import cn.tongxin.shared.BusinessException;

/**
 * The committee's own Word template for the annual report: staff and administrators upload a .docx (checked by
 * rendering it once), or go back to the bundled one. Audited.
 */
@Service
@Transactional
public class ReportTemplates {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    private final CurrentUsers currentUsers;
    private final AnnualSnapshots store;
    private final AuditLog audit;

    ReportTemplates(CurrentUsers currentUsers, AnnualSnapshots store, AuditLog audit) {
        this.currentUsers = currentUsers;
        this.store = store;
        this.audit = audit;
    }

    public record TemplateInfo(boolean own, String filename) {
    }

    public TemplateInfo current() {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER);
        return store.template(user.committeeId()).map(t -> new TemplateInfo(true, t.filename()))
                .orElse(new TemplateInfo(false, "系统自带模板"));
    }

    public void upload(String filename, byte[] content) {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF);
        if (content == null || content.length == 0) {
            throw BusinessException.invalid("请选择模板文件（.docx）");
        }
        if (content.length > MAX_BYTES) {
            throw BusinessException.invalid("模板文件不能超过 5 MB");
        }
        String name = filename == null || filename.isBlank() ? "模板.docx" : filename.strip();
        if (!name.toLowerCase().endsWith(".docx")) {
            throw BusinessException.invalid("模板须是 Word 文档（.docx）");
        }
        try {
            try (var t = XWPFTemplate.compile(new ByteArrayInputStream(content))) {
                t.getElementTemplates();
            }
        } catch (Exception e) {
            throw BusinessException.invalid("无法读取该模板：须是 Word（.docx）文档，标签写法见系统自带模板");
        }
        store.saveTemplate(user.committeeId(), name, content, user.username());
        audit.record(user.committeeId(), "更换年度报告模板", "annual_template", user.committeeId(), name + "，" + content.length + " 字节");
    }

    public void reset() {
        CurrentUser user = currentUsers.require(Role.ADMIN, Role.STAFF);
        store.removeTemplate(user.committeeId());
        audit.record(user.committeeId(), "恢复系统自带年度报告模板", "annual_template", user.committeeId(), "");
    }
}
