package cn.tongxin.account;

import java.util.Set;

/**
 * Who is acting, and in which committee. The committee always comes from here, never from a request parameter.
 * Serializable: it is kept in the web session, which lives in the database (ADR 011).
 */
public record CurrentUser(long id, String username, String displayName, long committeeId, Set<Role> roles,
                          String office, Long memberId, Long unitId) implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** For templates: holds any of the comma-separated role names, e.g. {@code hasRole('ADMIN,STAFF')}. */
    public boolean hasRole(String names) {
        int start = 0;
        while (start <= names.length()) {
            int end = names.indexOf(',', start);
            if (end < 0) {
                end = names.length();
            }
            String name = names.substring(start, end).strip();
            for (Role role : roles) {
                if (role.name().equals(name)) {
                    return true;
                }
            }
            start = end + 1;
        }
        return false;
    }

    /** Staff and administrators run the committee's office work. */
    public boolean isOffice() {
        return hasAny(Role.ADMIN, Role.STAFF);
    }

    public String rolesLabel() {
        return String.join("、", roles.stream().sorted().map(Role::label).toList());
    }
}
