package cn.tongxin.support;

import java.time.LocalDate;
import java.util.Set;

import cn.tongxin.account.Accounts;
import cn.tongxin.account.NewAccount;
import cn.tongxin.account.Role;
import cn.tongxin.account.RunAs;
import cn.tongxin.member.Gender;
import cn.tongxin.member.MemberForm;
import cn.tongxin.member.MemberStatus;
import cn.tongxin.member.RegisterMembers;
import cn.tongxin.organization.CommitteeSetup;
import cn.tongxin.organization.Level;

/**
 * The smallest committee a module test needs, opened through the use cases on the test's own empty database (a module
 * test has no demo module): an administrator, staff, two members with accounts and two handling units with accounts.
 * Usernames are those of the demo, so {@link RunAs} reads the same in both kinds of test.
 */
public record ModuleTestCommittee(long committeeId, long member, long member2, long unit, long unit2) {

    public static final String PASSWORD = Logins.DEMO_PASSWORD;

    public static ModuleTestCommittee open(CommitteeSetup setup, Accounts accounts, RegisterMembers roster, RunAs runAs) {
        long committee = setup.foundFirstCommittee("模块测试政协", Level.MUNICIPAL, "测试市");
        accounts.openWithoutCaller(committee, account("admin", "系统管理员", Role.ADMIN, null, null), false);
        long[] ids = runAs.user("admin", () -> {
            long term = setup.openTerm(13, LocalDate.of(2023, 1, 1), LocalDate.of(2027, 12, 31), true);
            for (int i = 0; i < 4; i++) {
                LocalDate opening = LocalDate.of(2023 + i, 1, 8 + i);
                setup.openSession(term, i + 1, opening, opening.plusDays(4), opening.plusDays(2));
            }
            long unit = setup.addHandlingUnit("测试市教育局", "政府部门", "张三", "0551-6100000", "行政中心1号楼", 0);
            long unit2 = setup.addHandlingUnit("测试市民政局", "政府部门", "李四", "0551-6100037", "行政中心2号楼", 1);
            long member = roster.register(member("王伟", term, "13800000001"));
            long member2 = roster.register(member("李娜", term, "13800000002"));
            return new long[]{unit, unit2, member, member2};
        });
        accounts.openWithoutCaller(committee, account("staff", "提案委工作人员", Role.STAFF, null, null), false);
        accounts.openWithoutCaller(committee, account("member", "王伟", Role.MEMBER, ids[2], null), false);
        accounts.openWithoutCaller(committee, account("member2", "李娜", Role.MEMBER, ids[3], null), false);
        accounts.openWithoutCaller(committee, account("unit", "测试市教育局", Role.UNIT, null, ids[0]), false);
        accounts.openWithoutCaller(committee, account("unit2", "测试市民政局", Role.UNIT, null, ids[1]), false);
        return new ModuleTestCommittee(committee, ids[2], ids[3], ids[0], ids[1]);
    }

    private static NewAccount account(String username, String name, Role role, Long memberId, Long unitId) {
        return new NewAccount(username, name, PASSWORD, Set.of(role), role == Role.STAFF ? "提案委员会" : null, memberId, unitId);
    }

    private static MemberForm member(String name, long term, String mobile) {
        return new MemberForm(name, Gender.MALE, "汉族", LocalDate.of(1970, 5, 1), null, null, null, null, "某大学教授", mobile,
                false, term, MemberStatus.ACTIVE);
    }
}
