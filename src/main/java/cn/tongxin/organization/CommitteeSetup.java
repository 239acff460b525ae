package cn.tongxin.organization;

import java.time.LocalDate;

/**
 * Setting up a committee: the same use cases (rules and permission checks) as the organisation pages, for work that
 * is not typed into a form, such as a first start or the demo. Except for founding the first committee, the caller
 * is the committee's administrator.
 */
public interface CommitteeSetup {

    /**
     * Serialises the first start of several instances: takes a lock held until the caller's transaction ends (the
     * caller must have one), so only one of them finds the database empty and fills it.
     */
    void lockFirstStart();

    /** Whether this installation has any committee yet. */
    boolean anyCommitteeExists();

    /** The first committee of a new installation, with no caller; refused once any committee exists. */
    long foundFirstCommittee(String name, Level level, String region);

    /** A committee one level below the administrator's. */
    long createBelow(String name, String region);

    /** A term of the administrator's committee, named by its number (13 → 第十三届). */
    long openTerm(int number, LocalDate start, LocalDate end, boolean current);

    /** A plenary session of a term, named by term and number (十三届一次会议). */
    long openSession(long termId, int number, LocalDate opening, LocalDate closing, LocalDate submissionDeadline);

    /** A sector, special committee, party, group or studio. */
    long addUnit(OrgUnitKind kind, String name, int sortOrder);

    long addHandlingUnit(String name, String unitType, String contactPerson, String contactPhone, String address, int sortOrder);
}
