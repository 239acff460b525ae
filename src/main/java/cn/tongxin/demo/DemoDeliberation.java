package cn.tongxin.demo;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;

import cn.tongxin.account.RunAs;
import cn.tongxin.deliberation.Audience;
import cn.tongxin.deliberation.CommentOnTopics;
import cn.tongxin.deliberation.ManageTopics;
import cn.tongxin.deliberation.ModerateComments;
import cn.tongxin.deliberation.TopicForm;
import cn.tongxin.deliberation.TopicKind;
import cn.tongxin.participation.Captchas;

/**
 * One open public topic on the city's upcoming consultation, with members' comments, a reply, citizens' comments the
 * office approved and one still waiting: what /public/shili/topics shows at first sight. Every step is the module's own
 * use case, by the user (or citizen) whose step it is.
 */
@Component
class DemoDeliberation {

    private final RunAs runAs;
    private final ManageTopics topics;
    private final CommentOnTopics comments;
    private final ModerateComments moderation;
    private final Captchas captchas;
    private final Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate ownTransaction;

    DemoDeliberation(RunAs runAs, ManageTopics topics, CommentOnTopics comments, ModerateComments moderation, Captchas captchas, Clock clock,
                     org.springframework.transaction.PlatformTransactionManager transactions) {
        // the demo loads in one transaction; the gate checks a captcha in its own, so the captcha must be committed first
        this.ownTransaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.runAs = runAs;
        this.topics = topics;
        this.comments = comments;
        this.moderation = moderation;
        this.captchas = captchas;
        this.clock = clock;
    }

    void add(long committeeId, long consultation) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        long topic = runAs.user("staff", () -> topics.create(new TopicForm(TopicKind.CONSULTATION, consultation, "优化营商环境，您有什么建议？",
                "市政协将于近期召开“优化营商环境”专题协商会。会前在网上听取委员和社会各界的意见建议，整理后作为协商会的参考。",
                "1. 企业办事还有哪些堵点？\n2. 政务服务如何更便利？\n3. 对涉企政策落实有什么建议？", Audience.PUBLIC,
                now.minusDays(1), now.plusDays(7), true, false, 3)));
        long first = runAs.user("member", () -> comments.asMember(topic, null,
                "建议推行涉企事项“一件事一次办”，把开办企业、用工登记、社保开户合并成一个窗口、一张表。").id());
        runAs.user("member2", () -> comments.asMember(topic, first, "赞成。还可以把常用证照做成电子证照，企业办事不用反复提交纸质材料。"));
        runAs.user("member2", () -> comments.asMember(topic, null, "建议建立涉企政策“免申即享”清单，符合条件的企业不用申请直接兑现。"));
        long a = citizen(committeeId, topic, "个体户老王", "希望简化个体工商户年报，手机上几分钟就能填完。", "203.0.113.11");
        long b = citizen(committeeId, topic, null, "建议工程项目审批各部门并联审查，公布每个环节的办理时限。", "203.0.113.12");
        citizen(committeeId, topic, "小李", "希望增加夜间和周末的政务服务窗口。", "203.0.113.13");
        runAs.user("staff", () -> {
            moderation.approve(a);
            moderation.approve(b);
        });
    }

    private long citizen(long committeeId, long topic, String name, String text, String address) {
        var captcha = ownTransaction.execute(s -> captchas.issue());
        return comments.asCitizen(committeeId, topic, null, name, text, null, captcha.id(), captcha.answer(), address).id();
    }
}
