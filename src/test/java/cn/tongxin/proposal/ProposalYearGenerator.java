package cn.tongxin.proposal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes a realistic year of proposals with every outcome straight into the tables, and keeps its own tally of what
 * it wrote, so that the statistics can be checked against counts computed independently of them.
 */
public class ProposalYearGenerator {

    private static final String[] CATEGORIES = {"ECONOMY", "POLITICS", "CULTURE", "SOCIETY", "ECOLOGY", "OTHER"};
    private static final String[] REASONS = {"VAGUE", "PERSONAL", "ACADEMIC", "LITIGATION", "PROMOTION"};
    private static final String[] LEVELS = {"SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"};
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final Random random;

    public ProposalYearGenerator(JdbcClient jdbc, long seed) {
        this.jdbc = jdbc;
        this.random = new Random(seed);
    }

    /** What was generated, counted while generating. */
    public static final class Tally {
        public long received, reviewed, filed, notFiled, merged, converted, returned, pending, keyCount, closed;
        public long replied, onTime, unrated;
        public final Map<String, Long> categories = new TreeMap<>();
        public final long[] attitude = new long[3];
        public final long[] result = new long[3];
        public final List<Long> ids = new ArrayList<>();
    }

    public Tally year(long committee, long sessionId, int year, int count, List<Long> members, List<Long> units,
                      List<Long> parties, String enteredBy) {
        Tally t = new Tally();
        List<Long> filedIds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(360));
            Timestamp submitted = Timestamp.from(day.atTime(9 + random.nextInt(8), random.nextInt(60)).atZone(ZONE).toInstant());
            int roll = random.nextInt(100);
            String status = roll < 3 ? "WITHDRAWN" : roll < 5 ? "SUBMITTED" : roll < 7 ? "RETURNED" : roll < 12 ? "NOT_FILED"
                    : roll < 15 && !filedIds.isEmpty() ? "MERGED" : "FILED";
            int kindRoll = random.nextInt(10);
            String kind = kindRoll < 7 ? "INDIVIDUAL" : kindRoll < 9 ? "JOINT" : "COLLECTIVE";
            Long lead = kind.equals("COLLECTIVE") ? null : members.get(random.nextInt(members.size()));
            String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
            String reason = status.equals("NOT_FILED") ? REASONS[random.nextInt(REASONS.length)] : null;
            String conversion = reason != null && random.nextInt(3) == 0 ? "OPINION_REPORT" : null;
            Long mergedInto = status.equals("MERGED") ? filedIds.get(random.nextInt(filedIds.size())) : null;
            boolean key = status.equals("FILED") && random.nextInt(25) == 0;
            long id = jdbc.sql("""
                    insert into proposal (committee_id, request_key, status, kind, title, body, category, publishable, lead_member_id,
                           collective_unit_id, entered_by, session_id, session_proposal, submitted_at, not_filed_reason, conversion,
                           merged_into_id, key_proposal)
                    values (?, ?, ?, ?, ?, '正文', ?, true, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(committee, "gen-" + committee + "-" + year + "-" + i, status, kind, "生成提案 " + year + "-" + i, category,
                            lead, kind.equals("COLLECTIVE") ? parties.get(random.nextInt(parties.size())) : null, enteredBy,
                            sessionId, day.getMonthValue() == 1, submitted, reason, conversion, mergedInto, key)
                    .query(Long.class).single();
            List<Long> raters = new ArrayList<>();
            if (lead != null) {
                raters.add(lead);
            }
            if (kind.equals("JOINT")) {
                for (Long m : members.subList(0, Math.min(members.size(), 1 + random.nextInt(3)))) {
                    if (!m.equals(lead)) {
                        jdbc.sql("insert into proposal_cosigner (proposal_id, member_id, status, invited_at, due_at, responded_at) values (?, ?, 'CONFIRMED', ?, ?, ?)")
                                .params(id, m, submitted, submitted, submitted).update();
                        raters.add(m);
                    }
                }
            }
            if (!status.equals("WITHDRAWN")) {
                t.received++;
                t.ids.add(id);
            }
            switch (status) {
                case "SUBMITTED" -> t.pending++;
                case "RETURNED" -> t.returned++;
                case "NOT_FILED" -> {
                    t.reviewed++;
                    t.notFiled++;
                    t.converted += conversion == null ? 0 : 1;
                }
                case "MERGED" -> {
                    t.reviewed++;
                    t.merged++;
                }
                case "FILED" -> {
                    t.reviewed++;
                    t.filed++;
                    t.keyCount += key ? 1 : 0;
                    filedIds.add(id);
                    if (random.nextInt(10) < 9) {
                        handle(t, committee, id, submitted, units, raters);
                    }
                }
                default -> {
                }
            }
        }
        return t;
    }

    private void handle(Tally t, long committee, long proposal, Timestamp assignedAt, List<Long> units, List<Long> raters) {
        boolean replied = random.nextInt(20) != 0;
        boolean onTime = replied && random.nextInt(100) < 85;
        boolean closed = replied && random.nextBoolean();
        String status = closed ? "CLOSED" : replied ? "REPLIED" : "HANDLING";
        LocalDate assigned = assignedAt.toInstant().atZone(ZONE).toLocalDate();
        jdbc.sql("update proposal set status = ?, number = ?, number_text = ? where id = ?")
                .params(closed ? "CLOSED" : "HANDLING", (int) (proposal % 100000), "生成第" + proposal + "号", proposal).update();
        long caseId = jdbc.sql("""
                insert into handling_case (committee_id, subject_type, subject_id, subject_title, subject_link, mode, status, round,
                       assigned_at, due_date, max_due_date, objection_until, rating_window_days, rehandle_months, replied_at,
                       first_replied_at, replied_on_time, rating_due)
                values (?, 'PROPOSAL', ?, '生成', ?, 'SOLE', ?, 1, ?, ?, ?, ?, 15, 1, ?, ?, ?, ?) returning id""")
                .params(committee, proposal, "/proposals/" + proposal, status, assignedAt, assigned.plusMonths(3), assigned.plusMonths(6),
                        assigned.plusDays(7), replied ? assignedAt : null, replied ? assignedAt : null, replied ? onTime : null,
                        replied ? assigned.plusDays(15) : null)
                .query(Long.class).single();
        long unit = units.get(random.nextInt(units.size()));
        long assignment = jdbc.sql("""
                insert into handling_assignment (case_id, committee_id, unit_id, role, status, assigned_at, acknowledged_at, due_date, replied_at)
                values (?, ?, ?, 'SOLE', ?, ?, ?, ?, ?) returning id""")
                .params(caseId, committee, unit, replied ? "REPLIED" : "ACKNOWLEDGED", assignedAt, assignedAt, assigned.plusMonths(3),
                        replied ? assignedAt : null)
                .query(Long.class).single();
        for (Long r : raters) {
            jdbc.sql("insert into handling_rater (case_id, member_id) values (?, ?)").params(caseId, r).update();
        }
        if (!replied) {
            return;
        }
        t.replied++;
        t.onTime += onTime ? 1 : 0;
        t.closed += closed ? 1 : 0;
        String category = String.valueOf("ABCD".charAt(random.nextInt(4)));
        t.categories.merge(category, 1L, Long::sum);
        jdbc.sql("""
                insert into handling_reply (case_id, assignment_id, round, text, category, signer, contact_person, contact_phone, submitted_by, submitted_at)
                values (?, ?, 1, '答复', ?, '签发人', '联系人', '0551-1234567', 'gen', ?)""")
                .params(caseId, assignment, category, assignedAt).update();
        for (Long r : raters) {
            if (random.nextInt(10) < 8) {
                int a = random.nextInt(3);
                int res = random.nextInt(3);
                t.attitude[a]++;
                t.result[res]++;
                jdbc.sql("""
                        insert into handling_rating (case_id, round, member_id, attitude, result, entered_by, rated_at)
                        values (?, 1, ?, ?, ?, 'gen', ?)""").params(caseId, r, LEVELS[a], LEVELS[res], assignedAt).update();
            } else {
                t.unrated++;
            }
        }
    }
}
