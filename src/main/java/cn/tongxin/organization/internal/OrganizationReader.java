package cn.tongxin.organization.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUsers;
import cn.tongxin.organization.CommitteeView;
import cn.tongxin.organization.HandlingUnitView;
import cn.tongxin.organization.OrgUnit;
import cn.tongxin.organization.OrgUnitKind;
import cn.tongxin.organization.Organization;
import cn.tongxin.organization.TermView;

@Service
@Transactional(readOnly = true)
class OrganizationReader implements Organization {

    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final CurrentUsers currentUsers;
    private final DirectoryService directory;
    private final TermService terms;
    private final HandlingUnitService units;
    private final CommitteeCache cache;

    OrganizationReader(org.springframework.jdbc.core.simple.JdbcClient jdbc, CurrentUsers currentUsers,
                       DirectoryService directory, TermService terms, HandlingUnitService units,
                       CommitteeCache cache) {
        this.cache = cache;
        this.jdbc = jdbc;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.terms = terms;
        this.units = units;
    }

    @Override
    public Optional<CommitteeView> committee(long committeeId) {
        return cache.get(committeeId, "committee", () -> jdbc.sql(CommitteeService.SELECT + " where c.id = ?").param(committeeId)
                .query(CommitteeService::view).optional());
    }

    @Override
    public List<CommitteeView> subtree(long committeeId) {
        return jdbc.sql("""
                        with recursive tree(id, path) as (
                          select id, array[id] from committee where id = :root
                          union all select c.id, t.path || c.id from committee c join tree t on c.parent_id = t.id)
                        """ + CommitteeService.SELECT + " join tree t on t.id = c.id order by t.path")
                .param("root", committeeId).query(CommitteeService::view).list();
    }

    @Override
    public List<OrgUnit> units(OrgUnitKind kind) {
        return directory.list(kind, false);
    }

    @Override
    public List<OrgUnit> affiliations() {
        return directory.listIn(currentUsers.get().committeeId(), List.copyOf(OrgUnitKind.AFFILIATIONS), false);
    }

    @Override
    public List<TermView> terms() {
        return terms.terms();
    }

    @Override
    public Optional<TermView> currentTerm() {
        return terms.terms().stream().filter(TermView::current).findFirst();
    }

    @Override
    public List<HandlingUnitView> activeHandlingUnits() {
        return units.active(currentUsers.get().committeeId());
    }

    @Override
    public List<cn.tongxin.organization.SessionView> sessions() {
        return terms.sessions();
    }

    @Override
    public java.util.Map<Long, String> handlingUnitNames() {
        var names = new java.util.HashMap<Long, String>();
        jdbc.sql("select id, name from handling_unit where committee_id = ?").param(currentUsers.get().committeeId())
                .query((rs, n) -> names.put(rs.getLong("id"), rs.getString("name"))).list();
        return names;
    }
}
