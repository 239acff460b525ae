package cn.tongxin.member;

import java.time.LocalDate;

/** What staff enter or change for a member. */
public record MemberForm(String name, Gender gender, String ethnicity, LocalDate birthDate, Long affiliationId,
                         Long sectorId, Long specialCommitteeId, Long studioId, String employerTitle, String mobile,
                         Boolean standing, Long termId, MemberStatus status) {

    @Override
    public String toString() {
        return "MemberForm[name=" + name + "]";
    }
}
