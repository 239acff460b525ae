package cn.tongxin.deliberation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.deliberation.internal.CommentStore;
import cn.tongxin.deliberation.internal.Topics;
import cn.tongxin.organization.CommitteeSettings;
import cn.tongxin.organization.SettingKey;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.shared.PageResult;

/**
 * Topic pages and their live updates, for the office and members behind the login and for citizens on the portal. A
 * page loads the newest {@value #THREADS} threads (keyset for earlier ones); a poll that finds the cursor where the page
 * left it answers from one primary-key read.
 */
@Service
@Transactional(readOnly = true)
public class TopicReads {

    static final int THREADS = 20;
    /** A page further behind than this reloads instead of catching up. */
    static final int MAX_CHANGES = 100;

    private final Topics topics;
    private final CommentStore comments;
    private final CurrentUsers currentUsers;
    private final JdbcClient jdbc;
    private final CommitteeSettings settings;
    private final Clock clock;

    TopicReads(Topics topics, CommentStore comments, CurrentUsers currentUsers, JdbcClient jdbc, CommitteeSettings settings, Clock clock) {
        this.topics = topics;
        this.comments = comments;
        this.currentUsers = currentUsers;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** A line of the topic list. */
    public record Summary(long id, TopicKind kind, String title, Audience audience, Instant opensAt, Instant closesAt, TopicStatus status,
                          int comments, String activityTitle) {
    }

    /** The committee's topics for the office and members; newest first. */
    public PageResult<Summary> list(PageQuery page) {
        CurrentUser user = reader();
        return list(user.committeeId(), false, page);
    }

    /** A committee's public topics, for the portal. */
    public PageResult<Summary> publicList(long committeeId, PageQuery page) {
        return list(committeeId, true, page);
    }

    private PageResult<Summary> list(long committeeId, boolean publicOnly, PageQuery page) {
        String where = " where t.committee_id = ?" + (publicOnly ? " and t.audience = 'PUBLIC'" : "");
        long total = jdbc.sql("select count(*) from deliberation_topic t" + where).param(committeeId).query(Long.class).single();
        Instant now = Instant.now(clock);
        var items = jdbc.sql("select t.id from deliberation_topic t" + where + " order by t.id desc limit ? offset ?")
                .params(committeeId, page.size(), page.offset()).query(Long.class).list();
        List<Summary> rows = new ArrayList<>();
        for (Topic t : topics.findAllById(items)) {
            rows.add(new Summary(t.id(), t.kind(), t.title(), t.audience(), t.opensAt(), t.closesAt(), t.status(now),
                    comments.live(t.id()).map(CommentStore.Live::comments).orElse(0), t.activityTitle()));
        }
        rows.sort((a, b) -> Long.compare(b.id(), a.id()));
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    /** The topic page for the office or a member. */
    public TopicView page(long id, Long before) {
        CurrentUser user = reader();
        Topic topic = topics.findByIdAndCommitteeId(id, user.committeeId()).orElseThrow(() -> BusinessException.notFound("议题"));
        return view(topic, editing(user), parties(user), before);
    }

    /** The topic page on the portal: public topics only. */
    public TopicView publicPage(long committeeId, long id, String authorKey, Long before) {
        return view(publicTopic(committeeId, id), Viewer.citizen(authorKey), EnumSet.of(TopicParty.CITIZEN), before);
    }

    public Topic publicTopic(long committeeId, long id) {
        return topics.findByIdAndCommitteeId(id, committeeId).filter(t -> t.audience() == Audience.PUBLIC)
                .orElseThrow(() -> BusinessException.notFound("该议题"));
    }

    /** What a citizen may do on a public topic now (a live poll's reply and report buttons). */
    public List<TopicAction> publicActions(long committeeId, long id) {
        return publicTopic(committeeId, id).offered(EnumSet.of(TopicParty.CITIZEN), Instant.now(clock));
    }

    /** One comment as a citizen sees it (the reply form shows what is answered). */
    public Optional<CommentView> publicComment(long committeeId, long topicId, long commentId, String authorKey) {
        publicTopic(committeeId, topicId);
        return comments.find(committeeId, commentId).filter(c -> c.topicId() == topicId && c.status() == CommentStatus.PUBLISHED)
                .map(c -> CommentView.of(c, Viewer.citizen(authorKey)));
    }

    private TopicView view(Topic topic, Viewer viewer, Set<TopicParty> as, Long before) {
        Instant now = Instant.now(clock);
        var live = comments.live(topic.id()).orElse(new CommentStore.Live(0, 0));
        List<CommentRow> heads = comments.threads(topic.id(), viewer.office(), viewer.userId(), viewer.authorKey(), before, THREADS + 1);
        Long next = null;
        if (heads.size() > THREADS) {
            heads = heads.subList(0, THREADS);
            next = heads.getLast().id();
        }
        Map<Long, List<CommentView>> replies = new LinkedHashMap<>();
        heads.forEach(h -> replies.put(h.id(), new ArrayList<>()));
        for (CommentRow r : comments.replies(replies.keySet(), viewer.office(), viewer.userId(), viewer.authorKey())) {
            replies.get(r.parentId()).add(CommentView.of(r, viewer));
        }
        List<TopicView.Thread> threads = heads.stream().map(h -> new TopicView.Thread(CommentView.of(h, viewer), replies.get(h.id()))).toList();
        return new TopicView(topic, topic.status(now), topic.offered(as, now), threads, next, live.version(),
                live.comments(), viewer.office() ? comments.counts(topic.id()) : Map.of());
    }

    /** What the current user may do on the topic now (a live poll's reply and report buttons). */
    public List<TopicAction> offered(long id) {
        CurrentUser user = reader();
        Topic topic = topics.findByIdAndCommitteeId(id, user.committeeId()).orElseThrow(() -> BusinessException.notFound("议题"));
        return topic.offered(parties(user), Instant.now(clock));
    }

    /** What a page polling from {@code since} has to change: nothing, a list of changes, or reload (too far behind). */
    public record Changes(long version, int comments, List<Change> changes, boolean reload) {

        public boolean none() {
            return changes.isEmpty() && !reload;
        }
    }

    /** A comment to add to the page ({@code fresh}) or to replace where it stands. */
    public record Change(CommentView comment, boolean fresh) {
    }

    /** The live version of a committee's public topic: what an idle poll on the portal costs (one indexed read). */
    public Optional<Long> publicVersion(long committeeId, long topicId) {
        return comments.publicVersion(committeeId, topicId);
    }

    /** Changes for the office or a member. */
    public Changes changes(long id, long since) {
        CurrentUser user = reader();
        topics.findByIdAndCommitteeId(id, user.committeeId()).orElseThrow(() -> BusinessException.notFound("议题"));
        return changes(id, editing(user), since);
    }

    /** Changes for a citizen; the caller has checked that the topic is public. */
    public Changes publicChanges(long id, String authorKey, long since) {
        return changes(id, Viewer.citizen(authorKey), since);
    }

    private Changes changes(long topicId, Viewer viewer, long since) {
        var live = comments.live(topicId).orElseThrow(() -> BusinessException.notFound("议题"));
        if (live.version() <= since) {
            return new Changes(live.version(), live.comments(), List.of(), since > live.version());
        }
        List<CommentRow> rows = comments.changedSince(topicId, since, MAX_CHANGES + 1);
        if (rows.size() > MAX_CHANGES) {
            return new Changes(live.version(), live.comments(), List.of(), true);
        }
        List<Change> changes = new ArrayList<>();
        for (CommentRow c : rows) {
            boolean fresh = viewer.office() || viewer.wrote(c) ? c.createdVersion() > since : c.shownVersion() != null && c.shownVersion() > since;
            if (fresh && !CommentView.shown(c, viewer)) {
                continue;
            }
            if (!fresh && !viewer.office() && !viewer.wrote(c) && c.shownVersion() == null) {
                continue; // never shown to this viewer: nothing on the page to change
            }
            changes.add(new Change(CommentView.of(c, viewer), fresh));
        }
        return new Changes(live.version(), live.comments(), changes, false);
    }

    private CurrentUser reader() {
        return currentUsers.require(Role.ADMIN, Role.STAFF, Role.LEADER, Role.MEMBER);
    }

    /** The viewer with the committee's edit window: a member's own comments written since then show 编辑. */
    private Viewer editing(CurrentUser user) {
        Viewer viewer = viewer(user);
        if (!user.has(Role.MEMBER) || user.memberId() == null) {
            return viewer;
        }
        int minutes = settings.value(user.committeeId(), SettingKey.COMMENT_EDIT_MINUTES);
        return minutes <= 0 ? viewer
                : new Viewer(viewer.party(), viewer.userId(), null, Instant.now(clock).minus(java.time.Duration.ofMinutes(minutes)));
    }

    static Viewer viewer(CurrentUser user) {
        boolean office = user.hasAny(Role.ADMIN, Role.STAFF);
        return new Viewer(office ? TopicParty.STAFF : TopicParty.MEMBER, user.id(), null);
    }

    static Set<TopicParty> parties(CurrentUser user) {
        Set<TopicParty> as = EnumSet.noneOf(TopicParty.class);
        if (user.hasAny(Role.ADMIN, Role.STAFF)) {
            as.add(TopicParty.STAFF);
        }
        if (user.has(Role.MEMBER) && user.memberId() != null) {
            as.add(TopicParty.MEMBER);
        }
        return as;
    }
}
