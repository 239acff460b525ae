package cn.tongxin.notification;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.notification.internal.Deliveries;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

/** The committee's e-mail and SMS deliveries, newest first, for administrators. */
@Service
@Transactional(readOnly = true)
public class DeliveryLog {

    private final Deliveries deliveries;
    private final CurrentUsers currentUsers;

    DeliveryLog(Deliveries deliveries, CurrentUsers currentUsers) {
        this.deliveries = deliveries;
        this.currentUsers = currentUsers;
    }

    /** {@code status} null: all. */
    public PageResult<Delivery> list(DeliveryStatus status, PageQuery page) {
        CurrentUser admin = currentUsers.require(Role.ADMIN);
        long total = deliveries.count(admin.committeeId(), status);
        return new PageResult<>(deliveries.page(admin.committeeId(), status, page.size(), page.offset()), page.page(),
                page.size(), total);
    }
}
