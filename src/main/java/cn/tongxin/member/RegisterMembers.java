package cn.tongxin.member;

/** Adding a member to the roster, with the same rules and permission (staff or administrator) as the roster page. */
public interface RegisterMembers {

    long register(MemberForm form);
}
