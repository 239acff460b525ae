package cn.tongxin.proposal;

public enum ProposalKind {
    INDIVIDUAL("个人提案"), JOINT("联名提案"), COLLECTIVE("集体提案");

    private final String label;

    ProposalKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
