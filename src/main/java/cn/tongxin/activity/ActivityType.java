package cn.tongxin.activity;

/** Activity types (the regulations' list) with the category statistics group them by. */
public enum ActivityType {
    PLENARY("全体会议", Category.MEETING), STANDING_COMMITTEE("常委会议", Category.MEETING),
    CHAIRS_COUNCIL("主席会议", Category.MEETING), THEMATIC_STANDING("专题议政性常委会议", Category.CONSULTATION),
    THEMATIC_CONSULTATION("专题协商", Category.CONSULTATION), SECTOR_CONSULTATION("界别协商", Category.CONSULTATION),
    COUNTERPART_CONSULTATION("对口协商", Category.CONSULTATION), PROPOSAL_CONSULTATION("提案办理协商", Category.CONSULTATION),
    REMOTE_CONSULTATION("远程协商", Category.CONSULTATION), RESEARCH("调研", Category.INSPECTION),
    INSPECTION("视察", Category.INSPECTION), STUDY_VISIT("考察", Category.INSPECTION),
    SUPERVISION("民主监督", Category.SUPERVISION), APPRAISAL("民主评议", Category.SUPERVISION),
    TRAINING("培训", Category.LEARNING), READING("读书活动", Category.LEARNING), STUDIO("委员工作室活动", Category.STUDIO),
    MEMBERS_DAY("委员活动日", Category.STUDIO), SECTOR_ACTIVITY("界别活动", Category.SECTOR),
    FRONTLINE_CONSULTATION("一线协商", Category.CONSULTATION), COURTYARD_TALK("屋场恳谈", Category.CONSULTATION), OTHER("其他", Category.OTHER);

    public enum Category {
        MEETING("会议"), CONSULTATION("协商议政"), INSPECTION("调研视察"), SUPERVISION("民主监督"), LEARNING("学习培训"),
        STUDIO("委员工作室"), SECTOR("界别活动"), OTHER("其他");

        private final String label;

        Category(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final String label;
    private final Category category;

    ActivityType(String label, Category category) {
        this.label = label;
        this.category = category;
    }

    public String label() {
        return label;
    }

    public Category category() {
        return category;
    }

    public boolean isConsultation() {
        return category == Category.CONSULTATION;
    }
}
