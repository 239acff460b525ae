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
 * committee only — a lower committee's records open only where it has granted them.
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
        if (!r.ownRecords()) {
            throw BusinessException.forbidden("下级政协的记录须经其授权方可查看，这里只能看到数字");
        }
        if (figure == null || figure.isBlank()) {
            throw BusinessException.invalid("请指定要查看的统计项");
        }
        return values.records(r.ids(), r.range(), figure.strip(), page);
    }
}
