package cn.tongxin.report;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.report.internal.AnnualScope;
import cn.tongxin.report.internal.AnnualValues;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.CountedRecord;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

/**
 * The drill-down: exactly the records a figure counts, from the module's own SQL for that figure. The user's own
 * committee's, and a lower committee's only where it has granted them — read-only: their links open the granted
 * read-only pages ({@code ?committeeId=}), and records with no such page are listed without a link.
 */
@Service
@Transactional(readOnly = true)
public class AnnualRecords {

    private final AnnualScope scopes;
    private final AnnualValues values;

    AnnualRecords(AnnualScope scopes, AnnualValues values) {
        this.scopes = scopes;
        this.values = values;
    }

    public PageResult<CountedRecord> records(AnnualRequest request, String figure, PageQuery page) {
        var r = scopes.resolve(request);
        if (!r.readsRecords()) {
            throw BusinessException.forbidden(r.committees().size() > 1 ? "本级及下级政协合计的数字不能查看明细，请逐个政协查看"
                    : "该政协尚未授权本会查阅其记录，这里只能看到数字");
        }
        if (figure == null || figure.isBlank()) {
            throw BusinessException.invalid("请指定要查看的统计项");
        }
        var records = values.records(r.ids(), r.range(), figure.strip(), page);
        return r.across() == null ? records : GrantedLinks.of(records, r.across());
    }
}
