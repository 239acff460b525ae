package cn.tongxin.account.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The database's sessions with one write spared on most requests: Spring Session marks a session changed on every
 * request because it sets the last access time, which costs an UPDATE and a commit per page. Here the time is moved
 * only when it is older than {@code touchEvery} (a minute against a 30-minute timeout), so a page that changes nothing
 * in the session only reads it; a session may then expire up to that much early. Changed attributes are saved as
 * always.
 */
final class QuietSessions implements FindByIndexNameSessionRepository<QuietSessions.QuietSession> {

    private final FindByIndexNameSessionRepository<Session> sessions;
    private final Duration touchEvery;

    @SuppressWarnings("unchecked")
    QuietSessions(FindByIndexNameSessionRepository<? extends Session> sessions, Duration touchEvery) {
        this.sessions = (FindByIndexNameSessionRepository<Session>) sessions;
        this.touchEvery = touchEvery;
    }

    @Override
    public QuietSession createSession() {
        return new QuietSession(sessions.createSession(), touchEvery);
    }

    @Override
    public void save(QuietSession session) {
        sessions.save(session.stored);
    }

    @Override
    public QuietSession findById(String id) {
        Session found = sessions.findById(id);
        return found == null ? null : new QuietSession(found, touchEvery);
    }

    @Override
    public void deleteById(String id) {
        sessions.deleteById(id);
    }

    @Override
    public Map<String, QuietSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, QuietSession> found = new LinkedHashMap<>();
        sessions.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, session) -> found.put(id, new QuietSession(session, touchEvery)));
        return found;
    }

    /** A stored session whose last access time moves only in steps of {@code touchEvery}. */
    static final class QuietSession implements Session {

        private final Session stored;
        private final Duration touchEvery;

        QuietSession(Session stored, Duration touchEvery) {
            this.stored = stored;
            this.touchEvery = touchEvery;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(touchEvery))) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            if (!interval.equals(stored.getMaxInactiveInterval())) {
                stored.setMaxInactiveInterval(interval);
            }
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
