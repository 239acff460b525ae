package cn.tongxin.organization;

import java.util.List;

/** Dictionaries are data with codes; these are their defaults, which a committee may override. */
public enum DictionaryKind {
    PROPOSAL_CATEGORY("提案分类", List.of(
            new Entry("ECONOMY", "经济建设"), new Entry("POLITICS", "政治建设"), new Entry("CULTURE", "文化建设"),
            new Entry("SOCIETY", "社会建设"), new Entry("ECOLOGY", "生态文明建设"), new Entry("OTHER", "其他"))),
    NOT_FILED_REASON("不予立案理由", List.of(
            new Entry("SECRET", "涉及党和国家秘密"), new Entry("PROHIBITED", "国家明令禁止"),
            new Entry("PARTY_INTERNAL", "中共党员对党内组织、人事安排有意见"),
            new Entry("DEMOCRATIC_PARTY_INTERNAL", "民主党派成员反映本组织内部问题"),
            new Entry("LITIGATION", "进入诉讼、仲裁程序"), new Entry("ACADEMIC", "属于学术研讨"),
            new Entry("PERSONAL", "为本人或亲属解决个人问题"), new Entry("PROMOTION", "宣传、推介具体作品、产品"),
            new Entry("ACCUSATION", "指明举报"), new Entry("VAGUE", "内容空泛、没有具体建议"))),
    REPLY_CATEGORY("答复类别", List.of(
            new Entry("A", "所提问题已经解决或基本解决"), new Entry("B", "正在解决或已列入计划解决"),
            new Entry("C", "因目前条件限制或其他原因需以后解决"), new Entry("D", "留作参考"))),
    CONTACT_METHOD("沟通方式", List.of(
            new Entry("PHONE", "电话"), new Entry("MEETING", "座谈"), new Entry("SITE_VISIT", "实地察看"),
            new Entry("OTHER", "其他"))),
    SUPERVISION_KIND("督办方式", List.of(
            new Entry("CONSULTATION", "协商座谈"), new Entry("FIELD_VISIT", "实地考察"),
            new Entry("RESEARCH", "专题调研"), new Entry("UNIT_VISIT", "走访承办单位"))),
    /** Bulletin series (期刊), each numbered per year of its issue date; the first is the default. */
    BULLETIN_SERIES("期刊系列", List.of(new Entry("OPINION", "社情民意"), new Entry("COUNSEL", "委员建言")));

    private final String label;
    private final List<Entry> defaults;

    DictionaryKind(String label, List<Entry> defaults) {
        this.label = label;
        this.defaults = defaults;
    }

    public String label() {
        return label;
    }

    public List<Entry> defaults() {
        return defaults;
    }

    public record Entry(String code, String label) {
    }
}
