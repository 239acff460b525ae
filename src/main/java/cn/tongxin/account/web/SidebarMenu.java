package cn.tongxin.account.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.springframework.web.util.HtmlUtils;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.Role;

/**
 * The main menu as data: groups of links, each shown to the roles it names. The menu of a user depends only on their
 * roles and their own member and unit ids, so it is rendered once per such combination and kept (a page then prints
 * one prepared string instead of evaluating a hundred template expressions on every request).
 */
public final class SidebarMenu {

    /** One link; {@code {member}} and {@code {unit}} in the path stand for the user's own member and unit ids. */
    record Item(String label, String path, Predicate<CurrentUser> shown) {
    }

    /** A heading (none for the first lines) and its links, shown when {@code shown} holds. */
    record Group(String heading, Predicate<CurrentUser> shown, List<Item> items) {
    }

    private static final int KEPT = 5_000;

    private final List<Group> groups;
    private final Map<Key, String> rendered = new ConcurrentHashMap<>();

    SidebarMenu(List<Group> groups) {
        this.groups = List.copyOf(groups);
    }

    private record Key(Set<Role> roles, Long memberId, Long unitId, String contextPath) {
    }

    /** The menu's links for this user, as HTML. */
    public String html(CurrentUser user, String contextPath) {
        Key key = new Key(Set.copyOf(user.roles()), user.memberId(), user.unitId(), contextPath);
        String html = rendered.get(key);
        if (html == null) {
            if (rendered.size() >= KEPT) {
                rendered.clear(); // bounded: one entry per member or unit user at most; rebuilt on demand
            }
            html = render(user, contextPath);
            rendered.put(key, html);
        }
        return html;
    }

    private String render(CurrentUser user, String contextPath) {
        StringBuilder html = new StringBuilder(4096);
        for (Group group : groups) {
            if (!group.shown().test(user)) {
                continue;
            }
            if (group.heading() != null) {
                html.append("<div class=\"nav-group\">").append(HtmlUtils.htmlEscape(group.heading())).append("</div>\n");
            }
            for (Item item : group.items()) {
                if (item.shown().test(user)) {
                    String path = item.path().replace("{member}", String.valueOf(user.memberId()))
                            .replace("{unit}", String.valueOf(user.unitId()));
                    html.append("<a href=\"").append(HtmlUtils.htmlEscape(contextPath + path)).append("\">")
                            .append(HtmlUtils.htmlEscape(item.label())).append("</a>\n");
                }
            }
        }
        return html.toString();
    }

    /** Holds for users with any of the roles. */
    static Predicate<CurrentUser> any(Role... roles) {
        return user -> user.hasAny(roles);
    }

    static Predicate<CurrentUser> always() {
        return user -> true;
    }
}
