package cn.tongxin.account.internal;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends a user's web sessions, on every instance at once: sessions live in the database (Spring Session JDBC) and are
 * found by the user name they were saved under. A session keeps the roles and state of its login, so whatever changes
 * them (account disabled, role removed, password changed or reset) ends the sessions that hold the old ones.
 */
@Component
class UserSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of the user; returns how many there were. */
    int endAll(String username) {
        return end(username, null);
    }

    /** Ends the user's sessions except the one this request belongs to (their own, when they act on themselves). */
    int endOthers(String username) {
        return end(username, currentSessionId().orElse(null));
    }

    private int end(String username, String keep) {
        int ended = 0;
        for (String id : sessions.findByPrincipalName(username).keySet()) {
            if (!id.equals(keep)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        return ended;
    }

    /** The session of the current web request, if there is one (never creates one; API requests have none). */
    private static Optional<String> currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            HttpSession session = request.getSession(false);
            return Optional.ofNullable(session).map(HttpSession::getId);
        }
        return Optional.empty();
    }
}
