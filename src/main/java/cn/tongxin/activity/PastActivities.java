package cn.tongxin.activity;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.shared.ImportStamp;

/**
 * Writes past activities (历史数据导入) as an archived activity on its real days (held 9:00 on the first day to 17:00 on
 * the last), with its invitees, check-ins and approved leave — flagged imported and read-only from then on. Runs in the
 * importing transaction, whose caller has checked the permission and every row.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class PastActivities {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;

    PastActivities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Long> record(long committeeId, List<PastActivity> activities, ImportStamp stamp) {
        List<Long> ids = new ArrayList<>();
        for (PastActivity a : activities) {
            Timestamp starts = Timestamp.from(a.startsOn().atTime(LocalTime.of(9, 0)).atZone(ZONE).toInstant());
            LocalDate last = a.endsOn() == null ? a.startsOn() : a.endsOn();
            Timestamp ends = Timestamp.from(last.atTime(LocalTime.of(17, 0)).atZone(ZONE).toInstant());
            long id = jdbc.sql("""
                    insert into activity (committee_id, title, type, organiser_kind, organiser_name, starts_at, ends_at, place,
                           checkin_secret, checkin_opens_at, checkin_closes_at, status, closed_at, created_by,
                           imported, imported_by, imported_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?) returning id""")
                    .params(committeeId, a.title(), a.type().name(), OrganiserKind.OFFICE.name(),
                            a.organiserName() == null ? OrganiserKind.OFFICE.label() : a.organiserName(), starts, ends, a.place(),
                            UUID.randomUUID().toString().replace("-", ""), starts, ends, ActivityStatus.CLOSED.name(), ends,
                            stamp.by(), stamp.by(), Timestamp.from(stamp.at()))
                    .query(Long.class).single();
            for (Long member : a.present()) {
                invite(id, member, InviteeResponse.INVITED, null, null);
                jdbc.sql("""
                        insert into activity_attendance (activity_id, member_id, kind, method, checked_in_at, recorded_by)
                        values (?, ?, ?, 'STAFF', ?, ?)""").params(id, member, Attendance.PRESENT.name(), starts, stamp.by()).update();
            }
            for (Long member : a.excused()) {
                invite(id, member, InviteeResponse.LEAVE_APPROVED, stamp.by(), starts);
            }
            for (Long member : a.absent()) {
                invite(id, member, InviteeResponse.INVITED, null, null);
            }
            ids.add(id);
        }
        return ids;
    }

    private void invite(long activity, long member, InviteeResponse response, String decidedBy, Timestamp decidedAt) {
        jdbc.sql("""
                insert into activity_invitee (activity_id, member_id, response, responded_at, decided_by, decided_at)
                values (?, ?, ?, ?, ?, ?)""").params(activity, member, response.name(), decidedAt, decidedBy, decidedAt).update();
    }
}
