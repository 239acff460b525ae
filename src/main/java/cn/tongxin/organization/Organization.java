package cn.tongxin.organization;

import java.util.List;
import java.util.Optional;

/** Read access to the current user's committee organisation, for other modules. */
public interface Organization {

    Optional<CommitteeView> committee(long committeeId);

    List<OrgUnit> units(OrgUnitKind kind);

    List<OrgUnit> affiliations();

    List<TermView> terms();

    Optional<TermView> currentTerm();

    List<HandlingUnitView> activeHandlingUnits();
}
