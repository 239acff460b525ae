package cn.tongxin.organization.internal;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.organization.CommitteeSetup;
import cn.tongxin.organization.Level;
import cn.tongxin.organization.OrgUnitKind;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.Text;

/** {@link CommitteeSetup} by the organisation's own use cases. */
@Service
@Transactional
class CommitteeSetupService implements CommitteeSetup {

    private final JdbcClient jdbc;
    private final CommitteeService committees;
    private final TermService terms;
    private final DirectoryService directory;
    private final HandlingUnitService handlingUnits;

    CommitteeSetupService(JdbcClient jdbc, CommitteeService committees, TermService terms, DirectoryService directory,
                          HandlingUnitService handlingUnits) {
        this.jdbc = jdbc;
        this.committees = committees;
        this.terms = terms;
        this.directory = directory;
        this.handlingUnits = handlingUnits;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockFirstStart() {
        jdbc.sql("select pg_advisory_xact_lock(20260101)").query(Object.class).optional();
    }

    @Override
    public boolean anyCommitteeExists() {
        return jdbc.sql("select count(*) from committee").query(Long.class).single() > 0;
    }

    @Override
    public long foundFirstCommittee(String name, Level level, String region) {
        if (Text.isBlank(name) || name.strip().length() > 100) {
            throw BusinessException.invalid("请填写名称（不超过100个字符）");
        }
        if (anyCommitteeExists()) {
            throw BusinessException.conflict("已有政协，不能再设立首个政协");
        }
        return jdbc.sql("insert into committee (name, level, region) values (?, ?, ?) returning id")
                .params(name.strip(), level.name(), Text.trimToNull(region)).query(Long.class).single();
    }

    @Override
    public long createBelow(String name, String region) {
        return committees.create(new CommitteeService.CommitteeForm(name, null, region));
    }

    @Override
    public long openTerm(int number, LocalDate start, LocalDate end, boolean current) {
        return terms.createTerm(new TermService.TermForm(number, start, end, current));
    }

    @Override
    public long openSession(long termId, int number, LocalDate opening, LocalDate closing, LocalDate submissionDeadline) {
        return terms.createSession(new TermService.SessionForm(termId, number, opening, closing, submissionDeadline));
    }

    @Override
    public long addUnit(OrgUnitKind kind, String name, int sortOrder) {
        return directory.create(kind, new DirectoryService.OrgUnitForm(name, null, sortOrder, true, null));
    }

    @Override
    public long addHandlingUnit(String name, String unitType, String contactPerson, String contactPhone, String address,
                                int sortOrder) {
        return handlingUnits.create(new HandlingUnitService.UnitForm(name, unitType, contactPerson, contactPhone, address,
                sortOrder, true));
    }
}
