package cn.tongxin.demo;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tongxin.account.Accounts;
import cn.tongxin.account.NewAccount;
import cn.tongxin.account.Role;
import cn.tongxin.organization.CommitteeSetup;
import cn.tongxin.organization.Level;

/** On an empty database: the demo (default) or just an administrator who must change the initial password. */
@Component
class FirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final TransactionTemplate tx;
    private final DemoData demo;
    private final Accounts accounts;
    private final CommitteeSetup setup;
    private final boolean demoEnabled;
    private final String adminUsername;
    private final String adminPassword;
    private final String committeeName;
    private final LoginAddress loginAddress;

    FirstStart(TransactionTemplate tx, DemoData demo, Accounts accounts, CommitteeSetup setup, LoginAddress loginAddress,
               @Value("${tongxin.demo.enabled:true}") boolean demoEnabled,
               @Value("${tongxin.admin.username:admin}") String adminUsername,
               @Value("${tongxin.admin.initial-password:Tongxin@2026}") String adminPassword,
               @Value("${tongxin.admin.committee-name:政协委员会}") String committeeName) {
        this.tx = tx;
        this.demo = demo;
        this.accounts = accounts;
        this.setup = setup;
        this.demoEnabled = demoEnabled;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
        this.committeeName = committeeName;
        this.loginAddress = loginAddress;
    }

    @Override
    public void run(ApplicationArguments args) {
        String banner = tx.execute(status -> {
            // several instances may start at once: one loads, the others find the data
            setup.lockFirstStart();
            if (setup.anyCommitteeExists()) {
                return null;
            }
            return demoEnabled ? demo.load() : openAdministrator();
        });
        if (banner != null) {
            log.info("\n{}{}", banner, loginAddress.bannerLine());
        }
    }

    private String openAdministrator() {
        long committee = setup.foundFirstCommittee(committeeName, Level.MUNICIPAL, null);
        accounts.openWithoutCaller(committee, new NewAccount(adminUsername, "系统管理员", adminPassword,
                Set.of(Role.ADMIN), null, null, null), true);
        return "==== 同心平台已初始化（无演示数据）====\n系统管理员：" + adminUsername
                + "，初始密码见 TONGXIN_ADMIN_INITIAL_PASSWORD（首次登录须修改）";
    }
}
