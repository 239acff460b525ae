package cn.tongxin.deliberation;

import cn.tongxin.shared.Labelled;

/** A topic's live status: stored, and moved on by the clock within its window ({@link Topic#status}). */
public enum TopicStatus implements Labelled {
    SCHEDULED("未开始"), OPEN("进行中"), CLOSED("已结束");

    private final String label;

    TopicStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
