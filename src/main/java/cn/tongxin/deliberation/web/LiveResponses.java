package cn.tongxin.deliberation.web;

import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import cn.tongxin.deliberation.TopicReads;

/**
 * The answer to a page's poll: 204 with no body when nothing changed since the version it holds (htmx swaps nothing;
 * one primary-key read was all it cost), else the fragments to add or replace and a poller holding the new version;
 * a page too far behind is told to reload.
 */
@Component
class LiveResponses {

    private final int pollSeconds;
    private final java.time.Clock clock;

    LiveResponses(@Value("${tongxin.deliberation.poll-seconds:5}") int pollSeconds, java.time.Clock clock) {
        this.pollSeconds = pollSeconds;
        this.clock = clock;
    }

    int pollSeconds() {
        return pollSeconds;
    }

    static String etag(long version) {
        return "\"v" + version + "\"";
    }

    String render(TopicReads.Changes changes, String path, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("ETag", etag(changes.version()));
        if (changes.reload()) {
            response.setHeader("HX-Refresh", "true");
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return null;
        }
        if (changes.none()) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return null;
        }
        model.addAttribute("changes", changes);
        model.addAttribute("pollUrl", path + "?since=" + changes.version());
        model.addAttribute("pollSeconds", pollSeconds);
        return "deliberation/live";
    }

    /** An instant as the committee's forms show it (the application's zone). */
    LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, clock.getZone());
    }
}
