package cn.tongxin.deliberation;

import cn.tongxin.shared.Labelled;

/** The steps on a topic ({@link TopicWorkflow}). */
public enum TopicAction implements Labelled {
    EDIT("修改"), START("开始"), CLOSE("结束"), REOPEN("重新开放"), COMMENT("留言"), REPORT("举报"), MODERATE("审核留言"), MARK_BEST("精选留言"), WRITE_SUMMARY("撰写总结"), MAKE_OUTPUT("转为活动成果"), PUBLISH_DIGEST("发布月度精选");

    private final String label;

    TopicAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
