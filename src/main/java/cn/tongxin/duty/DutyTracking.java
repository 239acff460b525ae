package cn.tongxin.duty;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.participation.PublicLookups;
import cn.tongxin.participation.TrackingCodes;
import cn.tongxin.shared.SubjectType;

/**
 * What the citizen sees by tracking code, as for a studio's opinion: the question, its status (待审核, 待答复, 已答复,
 * 已转为微建议 …) and the reply — also an answer kept off the portal, the citizen being the one it answers. Look-ups
 * are counted per address with the studios' (429 over the limit).
 */
@Service
@Transactional
public class DutyTracking {

    private final JdbcClient jdbc;
    private final PublicLookups lookups;

    DutyTracking(JdbcClient jdbc, PublicLookups lookups) {
        this.jdbc = jdbc;
        this.lookups = lookups;
    }

    /** No name: the page is reachable by whoever holds the code. */
    public record Tracked(String code, String topic, String text, String status, String statusLabel, String reply, Instant askedAt,
                          Instant repliedAt) {
    }

    public Optional<Tracked> track(long committeeId, String typedCode, String address) {
        lookups.count(committeeId, address);
        String code = TrackingCodes.normalise(typedCode);
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select s.topic, q.text, q.status, q.answer, q.asked_at, q.answered_at, q.converted_type
                  from duty_question q join duty_shift s on s.id = q.shift_id where q.committee_id = ? and q.tracking_hash = ?""")
                .params(committeeId, TrackingCodes.hash(code))
                .query((rs, n) -> {
                    String status = rs.getString("status");
                    SubjectType to = rs.getString("converted_type") == null ? null : SubjectType.valueOf(rs.getString("converted_type"));
                    boolean replied = "ANSWERED".equals(status) || "CONVERTED".equals(status);
                    return new Tracked(code, rs.getString("topic"), rs.getString("text"), status, DutyQuestions.label(status, to),
                            replied ? rs.getString("answer") : null, rs.getTimestamp("asked_at").toInstant(),
                            replied ? rs.getTimestamp("answered_at").toInstant() : null);
                })
                .optional();
    }
}
