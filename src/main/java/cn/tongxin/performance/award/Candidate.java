package cn.tongxin.performance.award;

import java.util.List;
import java.util.Map;

import cn.tongxin.shared.Labelled;
import cn.tongxin.shared.SubjectRef;

/**
 * A candidate of a campaign: a member, a record with its authors, an article or a sector, with the figures it was
 * proposed with (label → value, in order), how it came in and where review left it.
 */
public record Candidate(long id, long campaignId, String title, List<Long> memberIds, List<String> memberNames,
                        SubjectRef source, Long sectorId, String link, Map<String, String> figures, int rank, Origin origin,
                        String reason, Status status, String note) {

    public enum Origin implements Labelled {
        RECORDS("据履职记录推荐"), NOMINATION("工作人员提名");

        private final String label;

        Origin(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public enum Status implements Labelled {
        PROPOSED("候选"), SHORTLISTED("建议名单"), REMOVED("已移出"), WINNER("获评");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** A candidate to add: {@code subjectKey} keeps a member, record or sector from being a candidate twice. */
    public record Draft(String subjectKey, String title, List<Long> memberIds, SubjectRef source, Long sectorId, String link,
                        Map<String, String> figures, Origin origin, String reason) {
    }

    public boolean winner() {
        return status == Status.WINNER;
    }
}
