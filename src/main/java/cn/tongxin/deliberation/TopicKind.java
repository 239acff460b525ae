package cn.tongxin.deliberation;

import cn.tongxin.shared.Labelled;

/** 网络议政 on a consultation activity, or a standing call for ideas with no close date. */
public enum TopicKind implements Labelled {
    CONSULTATION("网络议政"), CALL_FOR_IDEAS("热点话题征集");

    private final String label;

    TopicKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
