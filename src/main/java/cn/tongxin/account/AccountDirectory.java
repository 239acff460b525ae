package cn.tongxin.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Who may be reached, for work that runs without a caller (message delivery, password recovery): enabled accounts only,
 * with their contact details. A member's account without a mobile of its own is reached at the roster's mobile.
 */
public interface AccountDirectory {

    Optional<Addressee> find(long accountId);

    List<Addressee> ofMember(long committeeId, long memberId);

    List<Addressee> ofUnit(long committeeId, long unitId);

    /** The enabled accounts of several members of the committee, in one lookup (a message to many members). */
    List<Addressee> ofMembers(long committeeId, Collection<Long> memberIds);

    /** The enabled accounts of several handling units of the committee, in one lookup. */
    List<Addressee> ofUnits(long committeeId, Collection<Long> unitIds);

    /** Several enabled accounts by id, in one lookup (any committee: the caller checks). */
    List<Addressee> find(Collection<Long> accountIds);

    /** Staff and administrators of the committee. */
    List<Addressee> office(long committeeId);

    /** Accounts whose user name, e-mail or mobile is exactly this (any committee). */
    List<Addressee> byLogin(String usernameEmailOrMobile);

    /** An account that can be reached; email and mobile may be null. */
    record Addressee(long id, long committeeId, String username, String displayName, Long memberId, Long unitId,
                     boolean office, String email, String mobile) {

        public boolean hasEmail() {
            return email != null && !email.isBlank();
        }

        public boolean hasMobile() {
            return mobile != null && !mobile.isBlank();
        }
    }
}
