package cn.tongxin.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.account.Role;
import cn.tongxin.search.internal.ChineseText;
import cn.tongxin.search.internal.IndexQueries;
import cn.tongxin.search.internal.QueryTerms;
import cn.tongxin.search.internal.Snippets;
import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.SubjectRef;
import cn.tongxin.shared.SubjectType;

/**
 * 全文检索: one box over everything the user may open in their committee. Hits are ranked (segmented words first,
 * then bigram matches, then the newest), capped at {@link #RESULT_CAP}, faceted, and shown a page at a time with
 * highlighted, escaped excerpts.
 */
@Service
public class SearchRecords {

    public static final int RESULT_CAP = 1000;
    public static final int PAGE_SIZE = 20;
    public static final int MAX_PAGE = RESULT_CAP / PAGE_SIZE;

    private final CurrentUsers currentUsers;
    private final IndexQueries index;

    SearchRecords(CurrentUsers currentUsers, IndexQueries index) {
        this.currentUsers = currentUsers;
        this.index = index;
    }

    public SearchResults search(String q, SearchFilters filters, Integer page) {
        CurrentUser user = currentUsers.get();
        int p = page == null ? 1 : page;
        if (p < 1 || p > MAX_PAGE) {
            throw new BusinessException(HttpStatus.BAD_REQUEST, "请求内容格式不正确，请检查参数“page”（检索结果最多" + MAX_PAGE + "页）");
        }
        QueryTerms terms = QueryTerms.parse(q, ChineseText.shared());
        List<IndexQueries.HitRow> hits = index.hits(reader(user), terms, filters, RESULT_CAP);
        int from = Math.min(hits.size(), (p - 1) * PAGE_SIZE);
        List<SubjectRef> shown = hits.subList(from, Math.min(hits.size(), from + PAGE_SIZE)).stream().map(IndexQueries.HitRow::subject).toList();
        List<SearchResults.Hit> items = index.rows(shown).stream().map(r -> hit(r, terms.marks())).toList();
        return new SearchResults(q.strip(), items, p, PAGE_SIZE, hits.size(), hits.size() >= RESULT_CAP, facets(hits));
    }

    static IndexQueries.Reader reader(CurrentUser user) {
        boolean member = user.has(Role.MEMBER) && user.memberId() != null;
        return new IndexQueries.Reader(user.committeeId(), user.hasAny(Role.ADMIN, Role.STAFF, Role.LEADER), member,
                member ? user.memberId() : -1, user.has(Role.UNIT) && user.unitId() != null ? user.unitId() : -1, user.id());
    }

    private static SearchResults.Hit hit(IndexQueries.PageRow r, List<String> marks) {
        SubjectType kind = r.subject().type();
        return new SearchResults.Hit(kind, kind.label(), r.subject().id(), r.title(), Snippets.mark(r.title(), marks),
                Snippets.excerpt(r.body(), marks), r.year(), r.category(), r.status(), r.units(),
                kind == SubjectType.PROPOSAL ? r.reference() : null, link(r));
    }

    /** Where the record opens. */
    static String link(IndexQueries.PageRow r) {
        long id = r.subject().id();
        return switch (r.subject().type()) {
            case PROPOSAL -> "/proposals/" + id;
            case MICRO_SUGGESTION -> "/suggestions/" + id;
            case OPINION_REPORT -> "/opinions/" + id;
            case ACTIVITY -> "/activities/" + id;
            case ACTIVITY_OUTPUT -> "/activities/" + r.reference();
            default -> "/";
        };
    }

    private static List<SearchResults.Facet> facets(List<IndexQueries.HitRow> hits) {
        List<SearchResults.Facet> facets = new ArrayList<>();
        facets.add(facet("kind", "类别", hits, h -> List.of(h.subject().type().name()), v -> SubjectType.valueOf(v).label(), false));
        facets.add(facet("year", "年度", hits, h -> h.year() == null ? List.of() : List.of(String.valueOf(h.year())), v -> v + "年", true));
        facets.add(facet("category", "分类", hits, h -> h.category() == null ? List.of() : List.of(h.category()), v -> v, false));
        facets.add(facet("unit", "承办单位", hits, IndexQueries.HitRow::units, v -> v, false));
        facets.add(facet("status", "状态", hits, h -> List.of(h.status()), v -> v, false));
        return facets.stream().filter(f -> !f.values().isEmpty()).toList();
    }

    private static SearchResults.Facet facet(String name, String label, List<IndexQueries.HitRow> hits,
                                             Function<IndexQueries.HitRow, List<String>> values, Function<String, String> labels,
                                             boolean newestFirst) {
        Map<String, Long> counts = new LinkedHashMap<>();
        hits.forEach(h -> values.apply(h).forEach(v -> counts.merge(v, 1L, Long::sum)));
        Comparator<Map.Entry<String, Long>> order = newestFirst ? Map.Entry.<String, Long>comparingByKey().reversed()
                : Map.Entry.<String, Long>comparingByValue().reversed();
        return new SearchResults.Facet(name, label, counts.entrySet().stream().sorted(order).limit(20)
                .map(e -> new SearchResults.Value(e.getKey(), labels.apply(e.getKey()), e.getValue())).toList());
    }
}
