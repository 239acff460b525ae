package cn.tongxin.audit;

import java.time.LocalDate;

import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

/** Administrators search their committee's audit log. */
public interface AuditSearch {

    PageResult<AuditEntry> search(Criteria criteria, PageQuery page);

    record Criteria(String username, String action, LocalDate from, LocalDate to) {
    }
}
