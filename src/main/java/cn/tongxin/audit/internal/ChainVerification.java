package cn.tongxin.audit.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Service;

import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.audit.AuditChainVerification;
import cn.tongxin.audit.ChainCheck;

/**
 * Administrators verify the chain on the audit page or through the API; operators run
 * {@code java -jar tongxin.jar --verify-audit-chain}: the platform starts, verifies, prints the result and exits with
 * 0 (intact) or 1 (broken, naming the first broken row).
 */
@Service
class ChainVerification implements AuditChainVerification, ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ChainVerification.class);

    private final AuditChain chain;
    private final CurrentUsers currentUsers;
    private final ConfigurableApplicationContext context;

    ChainVerification(AuditChain chain, CurrentUsers currentUsers, ConfigurableApplicationContext context) {
        this.chain = chain;
        this.currentUsers = currentUsers;
        this.context = context;
    }

    @Override
    public ChainCheck verify() {
        currentUsers.require(Role.ADMIN);
        return chain.verify();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption("verify-audit-chain")) {
            return;
        }
        ChainCheck check = chain.verify();
        log.info(check.summary());
        System.out.println(check.summary());
        int code = SpringApplication.exit(context, () -> check.intact() ? 0 : 1);
        System.exit(code);
    }
}
