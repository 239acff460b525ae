package cn.tongxin.performance.award;

import cn.tongxin.shared.Labelled;

/** What a campaign commends: members, records (proposals, reports, articles) or sectors. */
public enum AwardKind implements Labelled {
    OUTSTANDING_MEMBER("优秀委员", Nominee.MEMBER),
    OUTSTANDING_PROPOSAL("优秀提案", Nominee.RECORD),
    OUTSTANDING_RESEARCH_REPORT("优秀调研报告", Nominee.RECORD),
    OUTSTANDING_ARTICLE("优秀理论文章", Nominee.ARTICLE),
    OPINION_ADVANCED("反映社情民意信息先进", Nominee.MEMBER),
    ADVANCED_SECTOR("先进界别", Nominee.SECTOR);

    /** Who or what is nominated: a member, a record with its authors, an article by a member, a sector. */
    public enum Nominee {
        MEMBER, RECORD, ARTICLE, SECTOR
    }

    private final String label;
    private final Nominee nominee;

    AwardKind(String label, Nominee nominee) {
        this.label = label;
        this.nominee = nominee;
    }

    @Override
    public String label() {
        return label;
    }

    public Nominee nominee() {
        return nominee;
    }

    /** Winners of these kinds are members (or a record's authors) and earn an entry in their record. */
    /**
     * Whether winning puts an AWARDED entry in the winners' records. Not for sectors, and not for 优秀提案: the
     * proposal's outstanding mark (its module's own fact) credits the proposers, so the award is not counted twice.
     */
    public boolean creditsMembers() {
        return nominee != Nominee.SECTOR && this != OUTSTANDING_PROPOSAL;
    }
}
