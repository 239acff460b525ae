package cn.tongxin.member;

import java.time.LocalDate;

/** A member as pages and the API show them, with the names of what they belong to. */
public record MemberView(long id, String name, Gender gender, String ethnicity, LocalDate birthDate,
                         Long affiliationId, String affiliationName, Long sectorId, String sectorName,
                         Long specialCommitteeId, String specialCommitteeName, Long studioId, String studioName,
                         String employerTitle, String mobile, boolean standing, Long termId, String termName,
                         MemberStatus status, int version) {

    /** The same member with the mobile number as the viewer may see it (masked in lists). */
    public MemberView withMobile(String shown) {
        return new MemberView(id, name, gender, ethnicity, birthDate, affiliationId, affiliationName, sectorId, sectorName,
                specialCommitteeId, specialCommitteeName, studioId, studioName, employerTitle, shown, standing, termId,
                termName, status, version);
    }

    @Override
    public String toString() {
        // never print the phone number (logs must not hold it)
        return "MemberView[id=" + id + ", name=" + name + "]";
    }
}
