package cn.tongxin.organization;

import java.util.List;
import java.util.Optional;

/** Read access to the current user's committee organisation, for other modules. */
public interface Organization {

    Optional<CommitteeView> committee(long committeeId);

    /** The committee and every committee below it (its subtree), the committee first, then by level and id. */
    List<CommitteeView> subtree(long committeeId);

    List<OrgUnit> units(OrgUnitKind kind);

    List<OrgUnit> affiliations();

    List<TermView> terms();

    Optional<TermView> currentTerm();

    List<HandlingUnitView> activeHandlingUnits();

    /** Plenary sessions of the current committee, newest first. */
    List<SessionView> sessions();

    /** Names of all handling units of the current committee (also inactive ones), by id. */
    java.util.Map<Long, String> handlingUnitNames();
}
