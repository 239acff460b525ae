package cn.tongxin.demo;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import cn.tongxin.account.RunAs;
import cn.tongxin.memoir.MemoirCalls;
import cn.tongxin.memoir.ReviewMemoirs;
import cn.tongxin.memoir.SubmitMemoirs;

/** The city's call for 知青 accounts, shown on the portal: one by a member, one entered for a citizen, one selected. */
@Component
class DemoMemoirs {

    private final RunAs runAs;
    private final MemoirCalls calls;
    private final SubmitMemoirs submit;
    private final ReviewMemoirs review;
    private final Clock clock;

    DemoMemoirs(RunAs runAs, MemoirCalls calls, SubmitMemoirs submit, ReviewMemoirs review, Clock clock) {
        this.runAs = runAs;
        this.calls = calls;
        this.submit = submit;
        this.review = review;
        this.clock = clock;
    }

    void add() {
        long call = runAs.user("staff", () -> calls.open(new MemoirCalls.CallForm("知青岁月文史资料征集",
                "面向委员和社会各界征集上山下乡亲历、亲见、亲闻的史料，稿件请注明所述年代。", LocalDate.now(clock).minusMonths(1),
                LocalDate.now(clock).plusMonths(2))));
        long member = runAs.user("member", () -> submit.submit(call, new SubmitMemoirs.MemoirForm("demo-memoir-1", "在北大荒的七年",
                "1969—1976年", "1969年春天，我们一百多名知识青年坐火车北上。\n到了连队，第一件事就是挖地窨子、烧火墙。", null, null)));
        runAs.user("staff", () -> {
            submit.submit(call, new SubmitMemoirs.MemoirForm("demo-memoir-2", "修水库的那个冬天", "1975年",
                    "那年冬天，全公社的劳力都上了水库工地，知青们住在临时搭起的工棚里。", "李建华", null));
            review.select(member);
            calls.showOnPortal(call, true);
            return null;
        });
    }
}
