package cn.tongxin.performance;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import cn.tongxin.attachment.Attachments;
import cn.tongxin.attachment.Upload;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.Text;

/**
 * What staff type for an entry no module records, or what a member claims: for whom (staff only; a claim is the
 * member's own), when it happened (yyyy-MM-dd), its kind ({@link ExtraKind} code), a title and a note. Kept as typed
 * so that a refused form shows it again; the use case checks it.
 */
public record ExtraEntryForm(String requestKey, Long memberId, String happenedOn, String kind, String title, String note) {

    public static ExtraEntryForm blank(String requestKey, Long memberId) {
        return new ExtraEntryForm(requestKey, memberId, null, null, null, null);
    }

    /** The form once checked: a date not after today, a known kind, a title, an optional note. */
    public record Checked(LocalDate on, ExtraKind kind, String title, String note) {
    }

    /** Checks what was typed, adding each refusal to {@code errors} next to its field. */
    public Checked check(LocalDate today, FieldErrors.Collector errors) {
        LocalDate on = null;
        if (Text.isBlank(happenedOn)) {
            errors.add("happenedOn", "请填写日期");
        } else {
            try {
                on = LocalDate.parse(happenedOn.strip());
                if (on.isAfter(today)) {
                    errors.add("happenedOn", "日期不能晚于今天");
                } else if (on.getYear() < 1990) {
                    errors.add("happenedOn", "日期不能早于1990年");
                }
            } catch (DateTimeParseException e) {
                errors.add("happenedOn", "日期格式应为 年-月-日，如 2026-03-05");
            }
        }
        ExtraKind k = ExtraKind.parse(kind).orElse(null);
        if (k == null) {
            errors.add("kind", Text.isBlank(kind) ? "请选择类别" : "类别“" + kind + "”不存在");
        }
        if (Text.isBlank(title) || title.strip().length() > 200) {
            errors.add("title", "请填写事项名称（不超过200个字）");
        }
        if (note != null && note.strip().length() > 1000) {
            errors.add("note", "说明不能超过1000个字");
        }
        return new Checked(on, k, title == null ? null : title.strip(), Text.trimToNull(note));
    }

    /** Evidence files: at most {@code max}, each of a type and size the attachments accept. */
    public static void checkFiles(List<Upload> files, int max, FieldErrors.Collector errors) {
        if (files.size() > max) {
            errors.add("files", "证明材料最多" + max + "个");
        }
        for (Upload f : files) {
            try {
                Attachments.check(f);
            } catch (BusinessException e) {
                errors.add("files", e.getMessage());
            }
        }
    }
}
