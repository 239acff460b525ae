package cn.tongxin.member.internal;

import org.springframework.stereotype.Service;

import cn.tongxin.member.MemberForm;
import cn.tongxin.member.RegisterMembers;

/** {@link RegisterMembers} by the roster's own use case. */
@Service
class RegisterMembersService implements RegisterMembers {

    private final MemberService members;

    RegisterMembersService(MemberService members) {
        this.members = members;
    }

    @Override
    public long register(MemberForm form) {
        return members.create(form);
    }
}
