package cn.tongxin.memoir;

import cn.tongxin.shared.Labelled;

/** How an account came in: a member typed it, the office entered one brought on paper, or a citizen sent it on the portal. */
public enum MemoirSource implements Labelled {
    MEMBER("委员提交"), OFFICE("机关代录"), PORTAL("群众网上投稿");

    private final String label;

    MemoirSource(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
