package cn.tongxin.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import cn.tongxin.shared.SubjectType;

/**
 * A province on top of the demo data, written with set-based SQL (a few {@code insert … select} statements per table,
 * ids from the tables' sequences): 示例省政协 over 14 cities (the demo city one of them, its two counties as they are)
 * and 123 generated counties — 140 committees — about 60,000 members, and ten years (2016–2025) of proposals with
 * their handling (cases, assignments, raters, replies, ratings), public-opinion reports with edited items, bulletins,
 * adoptions and instructions, activities with invitations, attendance and outputs, and micro-suggestions.
 * {@code -Dprovince.scale=0.1} writes a tenth of the rows per committee (the tree stays whole). Randomness is seeded,
 * so two runs at one scale write the same figures.
 */
final class ProvinceGenerator {

    static final String PROVINCE = "示例省政协";
    static final String DEMO_CITY = "示例市政协";

    private static final List<String> SECTORS = List.of("中国共产党", "中国民主同盟", "中国民主建国会", "中国民主促进会", "九三学社",
            "无党派人士", "中华全国工商业联合会", "经济界", "农业界", "教育界", "医药卫生界", "社会福利和社会保障界");
    private static final List<String> SPECIAL_COMMITTEES = List.of("提案委员会", "经济委员会", "农业和农村委员会", "人口资源环境委员会",
            "教科卫体委员会", "社会和法制委员会");
    private static final List<String> PARTIES = List.of("中国共产党", "民革", "民盟", "民建", "九三学社");
    private static final List<String> GROUPS = List.of("工商联", "妇联");
    private static final List<String> UNITS = List.of("发展和改革委员会", "教育局", "科学技术局", "工业和信息化局", "公安局", "民政局",
            "财政局", "人力资源和社会保障局", "自然资源和规划局", "生态环境局", "住房和城乡建设局", "交通运输局", "水利局", "农业农村局",
            "商务局", "文化广电和旅游局", "卫生健康委员会", "市场监督管理局", "医疗保障局", "城市管理局");
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志文博海燕晓东红梅永峰春生玉立新卫德淑珍凤慧雪振家豪子涵雨轩浩然思远欣怡梓萱";
    private static final List<String> TOPICS = List.of("乡村振兴", "养老服务", "营商环境", "教育均衡", "医疗保障", "生态环境", "城市更新",
            "数字经济", "食品安全", "交通治理", "就业创业", "文化传承", "科技创新", "基层治理", "住房保障", "水资源保护", "农村电商",
            "社区服务", "职业教育", "应急管理");

    /** What was written and how long each step took. */
    record Result(double scale, double seconds, List<String> steps, boolean reused) {
        String markdown() {
            return "| step | rows | s |\n|---|---|---|\n" + String.join("\n", steps) + "\n| total | | "
                    + String.format(Locale.ROOT, "%.1f", seconds) + " |\n";
        }
    }

    private final DataSource dataSource;
    private final double scale;
    private final List<String> steps = new ArrayList<>();

    ProvinceGenerator(DataSource dataSource, double scale) {
        this.dataSource = dataSource;
        this.scale = scale;
    }

    static double scaleFromSystemProperty() {
        return Double.parseDouble(System.getProperty("province.scale", "1.0"));
    }

    /** Generates the province unless the database already holds one (a kept database), then analyses. */
    Result generate() throws SQLException {
        long t0 = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            try (var rs = s.executeQuery("select count(*) from committee where name = '" + PROVINCE + "'")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    steps.add("| (province found: kept database reused) | | 0 |");
                    return new Result(scale, 0, steps, true);
                }
            }
            s.execute("set synchronous_commit = off");
            // generated rows are nobody's history import; the read-only triggers on rows under imported records
            // (V26) answer at once in an importing session instead of looking up each row's parent
            s.execute("set tongxin.history_import = 'on'");
            s.execute("set work_mem = '128MB'");
            s.execute("select setseed(0.2026)");
            committees(s);
            organisation(s);
            members(s);
            proposals(s);
            opinions(s);
            activities(s);
            suggestions(s);
            // a database that has run for years has been vacuumed: visibility maps set, so counts are index-only scans
            step(s, "vacuum analyze", "vacuum (analyze)");
            step(s, "checkpoint", "checkpoint");
            for (String t : List.of("gen", "pool", "pool_member", "sp", "so", "sb", "sa")) {
                s.execute("drop table if exists " + t);
            }
            s.execute("reset all"); // the connection goes back to the application's pool
        }
        return new Result(scale, (System.nanoTime() - t0) / 1e9, steps, false);
    }

    private void step(Statement s, String name, String... sql) throws SQLException {
        long t0 = System.nanoTime();
        long rows = 0;
        for (String q : sql) {
            s.execute(q);
            rows += Math.max(0, s.getUpdateCount());
        }
        double sec = (System.nanoTime() - t0) / 1e9;
        String line = String.format(Locale.ROOT, "| %s | %,d | %.1f |", name, rows, sec);
        steps.add(line);
        System.out.println("[province] " + line);
    }

    private String n(int base) {
        return Integer.toString((int) Math.max(1, Math.round(base * scale)));
    }

    private static String values(String kind, List<String> names) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            rows.add("('" + kind + "', '" + names.get(i) + "', " + i + ")");
        }
        return String.join(", ", rows);
    }

    private void committees(Statement s) throws SQLException {
        step(s, "committees (1 province, 13 cities, 123 counties)",
                "insert into committee (name, level, region) values ('" + PROVINCE + "', 'PROVINCIAL', '示例省')",
                "update committee set parent_id = (select id from committee where name = '" + PROVINCE + "') where name = '" + DEMO_CITY + "'",
                """
                insert into committee (name, level, parent_id, region)
                select '示例省第' || g || '市政协', 'MUNICIPAL', p.id, '第' || g || '市'
                  from generate_series(2, 14) g, committee p where p.name = '%s'""".formatted(PROVINCE),
                """
                insert into committee (name, level, parent_id, region)
                select '示例省第' || g || '市第' || k || '县政协', 'COUNTY', c.id, '第' || g || '市第' || k || '县'
                  from generate_series(2, 14) g join committee c on c.name = '示例省第' || g || '市政协'
                 cross join lateral generate_series(1, case when g <= 7 then 10 else 9 end) k""");
        // the committees that get data (the demo counties stay as they are) and their yearly volumes
        step(s, "committee volumes", """
                create temp table gen as
                select c.id as committee_id, c.level, c.name = '%s' as demo,
                       case c.level when 'PROVINCIAL' then %s when 'MUNICIPAL' then %s else %s end as members_target,
                       case c.level when 'PROVINCIAL' then %s when 'MUNICIPAL' then %s else %s end as proposals,
                       case c.level when 'PROVINCIAL' then %s when 'MUNICIPAL' then %s else %s end as opinions,
                       case c.level when 'PROVINCIAL' then %s when 'MUNICIPAL' then %s else %s end as activities,
                       case c.level when 'PROVINCIAL' then %s when 'MUNICIPAL' then %s else %s end as suggestions
                  from committee c where c.name in ('%s', '%s') or c.name like '示例省第%%'"""
                .formatted(DEMO_CITY, n(900), n(650), n(400), n(500), n(350), n(190), n(2500), n(1500), n(620),
                        n(420), n(300), n(200), n(80), n(60), n(30), PROVINCE, DEMO_CITY));
    }

    private void organisation(Statement s) throws SQLException {
        String units = UNITS.stream().map(u -> "('" + u + "', " + UNITS.indexOf(u) + ")").collect(Collectors.joining(", "));
        step(s, "terms, sessions, org units, handling units, correspondents",
                """
                insert into term (committee_id, number, name, start_date, end_date, is_current)
                select committee_id, 12, '第十二届', date '2018-01-01', date '2022-12-31', false from gen where not demo
                union all
                select committee_id, 13, '第十三届', date '2023-01-01', date '2027-12-31', true from gen where not demo""",
                """
                insert into plenary_session (committee_id, term_id, number, name, opening_date, closing_date, submission_deadline)
                select g.committee_id, t.id, 100 + y - 2015, y || '年全体会议（省级数据）', make_date(y, 1, 10), make_date(y, 1, 14), make_date(y, 1, 12)
                  from gen g cross join generate_series(2016, 2025) y
                  join lateral (select id from term t where t.committee_id = g.committee_id
                                 order by t.start_date <= make_date(y, 1, 10) desc, t.start_date desc limit 1) t on true""",
                "insert into org_unit (committee_id, kind, name, sort_order) select g.committee_id, k.kind, k.name, k.ord from gen g cross join (values "
                        + values("SECTOR", SECTORS) + ", " + values("SPECIAL_COMMITTEE", SPECIAL_COMMITTEES) + ", "
                        + values("PARTY", PARTIES) + ", " + values("GROUP", GROUPS) + ") k(kind, name, ord) where not g.demo",
                "insert into handling_unit (committee_id, name, unit_type, contact_person, contact_phone, sort_order) "
                        + "select g.committee_id, u.name, '政府部门', '联络员', '0551-6000000', u.ord from gen g cross join (values "
                        + units + ") u(name, ord) where not g.demo",
                """
                insert into user_account (committee_id, username, display_name, password_hash, must_change_password)
                select committee_id, 'prov' || committee_id || '_corr', '特聘信息员', '{noop}x', false from gen where not demo""",
                """
                insert into user_role (user_account_id, role)
                select a.id, 'CORRESPONDENT' from user_account a join gen g on g.committee_id = a.committee_id
                 where a.username = 'prov' || g.committee_id || '_corr'""");
        step(s, "per-committee pools", """
                create temp table pool as
                select g.committee_id,
                       (select id from term t where t.committee_id = g.committee_id and t.is_current) as term_id,
                       (select array_agg(id order by number) from plenary_session p where p.committee_id = g.committee_id and p.number > 100) as sessions,
                       (select array_agg(id order by id) from org_unit o where o.committee_id = g.committee_id and o.kind = 'SECTOR') as sectors,
                       (select array_agg(id order by id) from org_unit o where o.committee_id = g.committee_id and o.kind = 'SPECIAL_COMMITTEE') as specials,
                       (select array_agg(id order by id) from org_unit o where o.committee_id = g.committee_id and o.kind in ('PARTY', 'GROUP')) as affiliations,
                       (select array_agg(id order by id) from org_unit o where o.committee_id = g.committee_id and o.kind = 'PARTY') as parties,
                       (select array_agg(id order by id) from handling_unit u where u.committee_id = g.committee_id) as units,
                       (select min(a.id) from user_account a where a.committee_id = g.committee_id
                           and a.username in ('prov' || g.committee_id || '_corr', 'correspondent')) as account_id,
                       0 as member_count
                  from gen g""");
    }

    private void members(Statement s) throws SQLException {
        step(s, "members", """
                insert into member (committee_id, name, gender, ethnicity, birth_date, affiliation_id, sector_id, special_committee_id,
                                    employer_title, mobile, standing, term_id, status)
                select p.committee_id,
                       substr('%1$s', 1 + ((i * 31 + p.committee_id) %% %2$d)::int, 1) || substr('%3$s', 1 + ((i * 17) %% %4$d)::int, 1)
                           || case when i %% 3 = 0 then '' else substr('%3$s', 1 + ((i * 7 + 3) %% %4$d)::int, 1) end,
                       case when random() < 0.33 then 'FEMALE' else 'MALE' end,
                       case when random() < 0.9 then '汉族' else '回族' end,
                       date '1958-01-01' + (random() * 11000)::int,
                       case when random() < 0.25 then null else p.affiliations[1 + floor(random() * cardinality(p.affiliations))::int] end,
                       p.sectors[1 + floor(random() * cardinality(p.sectors))::int],
                       p.specials[1 + floor(random() * cardinality(p.specials))::int],
                       '某单位负责人', '15' || lpad(i::text, 9, '0'), random() < 0.17, p.term_id,
                       case when random() < 0.03 then 'LEFT' else 'ACTIVE' end
                  from pool p join gen g using (committee_id)
                 cross join lateral generate_series(1, greatest(0, g.members_target
                       - (select count(*) from member m where m.committee_id = g.committee_id))::int) i"""
                        .formatted(SURNAMES, SURNAMES.length(), GIVEN, GIVEN.length()),
                """
                create temp table pool_member as
                select committee_id, (row_number() over (partition by committee_id order by id))::int as n, id as member_id
                  from member where committee_id in (select committee_id from gen) and status = 'ACTIVE'""",
                "update pool set member_count = (select count(*) from pool_member m where m.committee_id = pool.committee_id)",
                "analyze pool_member");
    }

    private void proposals(Statement s) throws SQLException {
        String topics = TOPICS.stream().map(t -> "'" + t + "'").collect(Collectors.joining(", "));
        // one staged row per proposal with its random draws and pre-allocated ids for its case and assignment
        step(s, "proposals: staging", """
                create temp table sp as
                select nextval('proposal_id_seq') as id, x.*,
                       case when x.status in ('HANDLING', 'CLOSED') then nextval('handling_case_id_seq') end as case_id,
                       case when x.status in ('HANDLING', 'CLOSED') then nextval('handling_assignment_id_seq') end as assignment_id,
                       x.status = 'CLOSED' or (x.status = 'HANDLING' and x.r_reply < 0.905) as replied, pm.member_id as lead
                  from (select committee_id, y, i, session_id, submitted_at, category, reason, converted, key, r_reply, reply_days, unit_id, topic,
                               case when k < 0.7 then 'INDIVIDUAL' when k < 0.9 then 'JOINT' else 'COLLECTIVE' end as kind,
                               case when k < 0.9 then any_n end as lead_n,
                               case when k >= 0.9 then any_party end as collective_unit,
                               case when roll < 3 then 'WITHDRAWN' when roll < 5 then 'SUBMITTED' when roll < 7 then 'RETURNED'
                                    when roll < 12 then 'NOT_FILED' when roll < 15 then 'MERGED'
                                    when h < 0.1 then 'FILED' when h < 0.5275 then 'CLOSED' else 'HANDLING' end as status
                          from (select p.committee_id, y, i, p.sessions[y - 2015] as session_id,
                                       (make_date(y, 1, 1) + (random() * 360)::int + time '09:00' + random() * interval '8 hours') at time zone 'Asia/Shanghai' as submitted_at,
                                       random() as k, floor(random() * 100)::int as roll, random() as h,
                                       1 + floor(random() * p.member_count)::int as any_n,
                                       p.parties[1 + floor(random() * cardinality(p.parties))::int] as any_party,
                                       (array['ECONOMY', 'POLITICS', 'CULTURE', 'SOCIETY', 'ECOLOGY', 'OTHER'])[1 + floor(random() * 6)::int] as category,
                                       (array['VAGUE', 'PERSONAL', 'ACADEMIC', 'LITIGATION', 'PROMOTION'])[1 + floor(random() * 5)::int] as reason,
                                       random() < 0.33 as converted, random() < 0.04 as key, random() as r_reply,
                                       case when random() < 0.85 then 20 + (random() * 70)::int else 91 + (random() * 60)::int end as reply_days,
                                       p.units[1 + floor(random() * cardinality(p.units))::int] as unit_id,
                                       (array[%s])[1 + (i %% 20)] as topic
                                  from pool p join gen g using (committee_id)
                                 cross join generate_series(2016, 2025) y
                                 cross join lateral generate_series(1, g.proposals) i
                                offset 0) r
                        offset 0) x
                  left join pool_member pm on pm.committee_id = x.committee_id and pm.n = x.lead_n""".formatted(topics));
        step(s, "proposals", """
                insert into proposal (id, committee_id, request_key, status, kind, title, body, category, publishable, lead_member_id,
                       collective_unit_id, entered_by, session_id, session_proposal, submitted_at, number, number_text, filed_at,
                       reviewed_at, not_filed_reason, conversion, key_proposal, key_marked_on, closed_at, created_at, updated_at,
                       received_on)
                select id, committee_id, 'prov-' || y || '-' || i, status, kind, '关于' || topic || '的提案（' || y || '-' || i || '）', '正文',
                       category, true, lead, collective_unit, 'staff', session_id,
                       extract(month from submitted_at at time zone 'Asia/Shanghai') = 1, submitted_at,
                       case when status in ('FILED', 'HANDLING', 'CLOSED') then i end,
                       case when status in ('FILED', 'HANDLING', 'CLOSED') then y || '年第' || i || '号' end,
                       case when status in ('FILED', 'HANDLING', 'CLOSED') then submitted_at + interval '5 days' end,
                       case when status in ('FILED', 'HANDLING', 'CLOSED', 'NOT_FILED', 'MERGED') then submitted_at + interval '5 days' end,
                       case when status = 'NOT_FILED' then reason end,
                       case when status = 'NOT_FILED' and converted then 'OPINION_REPORT' end,
                       key and status in ('FILED', 'HANDLING', 'CLOSED'),
                       case when key and status in ('FILED', 'HANDLING', 'CLOSED') then (submitted_at + interval '10 days')::date end,
                       case when status = 'CLOSED' then submitted_at + (reply_days + 30) * interval '1 day' end,
                       submitted_at, submitted_at, (submitted_at at time zone 'Asia/Shanghai')::date
                  from sp""",
                """
                update proposal m set merged_into_id = f.id
                  from (select id, committee_id, session_id, row_number() over (partition by committee_id, session_id order by id) as rn
                          from sp where status = 'MERGED') s
                  join (select id, committee_id, session_id, row_number() over (partition by committee_id, session_id order by id) as rn
                          from sp where status in ('FILED', 'HANDLING', 'CLOSED')) f using (committee_id, session_id, rn)
                 where m.id = s.id""",
                """
                insert into proposal_cosigner (proposal_id, member_id, status, invited_at, due_at, responded_at)
                select s.id, pm.member_id, 'CONFIRMED', s.submitted_at - interval '2 days', s.submitted_at + interval '1 day', s.submitted_at - interval '1 day'
                  from sp s join pool p using (committee_id)
                 cross join generate_series(1, 2) k
                  join pool_member pm on pm.committee_id = s.committee_id and pm.n = 1 + ((s.id * 7 + k) % p.member_count)::int
                 where s.kind = 'JOINT' and k <= 1 + s.id % 2 and pm.member_id <> s.lead""");
        String proposal = SubjectType.PROPOSAL.name();
        step(s, "handling: cases, assignments, raters", """
                insert into handling_case (id, committee_id, subject_type, subject_id, subject_title, subject_link, mode, status, round,
                       assigned_at, due_date, max_due_date, objection_until, rating_window_days, rehandle_months, replied_at,
                       first_replied_at, replied_on_time, rating_due, closed_at)
                select case_id, committee_id, '%s', id, '关于' || topic || '的提案', '/proposals/' || id, 'SOLE',
                       case when status = 'CLOSED' then 'CLOSED' when replied then 'REPLIED' else 'HANDLING' end, 1,
                       submitted_at + interval '7 days', (submitted_at + interval '97 days')::date, (submitted_at + interval '187 days')::date,
                       (submitted_at + interval '14 days')::date, 15, 1,
                       case when replied then submitted_at + (7 + reply_days) * interval '1 day' end,
                       case when replied then submitted_at + (7 + reply_days) * interval '1 day' end,
                       case when replied then reply_days <= 90 end,
                       case when replied then (submitted_at + (22 + reply_days) * interval '1 day')::date end,
                       case when status = 'CLOSED' then submitted_at + (reply_days + 30) * interval '1 day' end
                  from sp where case_id is not null""".formatted(proposal),
                """
                insert into handling_assignment (id, case_id, committee_id, unit_id, role, status, assigned_at, acknowledged_at, due_date, replied_at)
                select assignment_id, case_id, committee_id, unit_id, 'SOLE', case when replied then 'REPLIED' else 'ACKNOWLEDGED' end,
                       submitted_at + interval '7 days', submitted_at + interval '8 days', (submitted_at + interval '97 days')::date,
                       case when replied then submitted_at + (7 + reply_days) * interval '1 day' end
                  from sp where case_id is not null""",
                """
                insert into handling_rater (case_id, member_id)
                select case_id, lead from sp where case_id is not null and lead is not null
                union all
                select s.case_id, c.member_id from sp s join proposal_cosigner c on c.proposal_id = s.id where s.case_id is not null""");
        step(s, "handling: replies, ratings",
                """
                insert into handling_reply (case_id, assignment_id, round, text, category, signer, contact_person, contact_phone, submitted_by, submitted_at)
                select case_id, assignment_id, 1, '答复', (array['A', 'B', 'C', 'D'])[1 + floor(random() * 4)::int], '签发人', '联系人',
                       '0551-1234567', 'unit', submitted_at + (7 + reply_days) * interval '1 day'
                  from sp where replied""",
                """
                insert into handling_rating (case_id, round, member_id, attitude, result, entered_by, rated_at)
                select r.case_id, 1, r.member_id,
                       (array['SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'])[1 + floor(random() * 4)::int],
                       (array['SATISFIED', 'BASICALLY_SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'])[1 + floor(random() * 4)::int],
                       'member', s.submitted_at + (17 + s.reply_days) * interval '1 day'
                  from sp s join handling_rater r on r.case_id = s.case_id
                 where s.replied and random() < 0.8""");
    }

    private void opinions(Statement s) throws SQLException {
        step(s, "opinions: staging", """
                create temp table so as
                select nextval('opinion_report_id_seq') as id, x.*,
                       case when x.status in ('ISSUED', 'EDITED') then nextval('opinion_item_id_seq') end as item_id, pm.member_id as author
                  from (select committee_id, account_id, y, i, submitted_at, source, category, author_n,
                               case when roll < 20 then 'ISSUED' when roll < 25 then 'EDITED' when roll < 75 then 'ARCHIVED'
                                    when roll < 83 then 'RETURNED' when roll < 88 then 'ACCEPTED' else 'SUBMITTED' end as status
                          from (select p.committee_id, p.account_id, y, i, floor(random() * 100)::int as roll,
                                       (make_date(y, 1, 1) + (random() * 360)::int + time '10:00') at time zone 'Asia/Shanghai' as submitted_at,
                                       (array['MEMBER', 'MEMBER', 'CORRESPONDENT', 'PARTY_GROUP', 'UNIT'])[1 + floor(random() * 5)::int] as source,
                                       (array['ECONOMY', 'POLITICS', 'CULTURE', 'SOCIETY', 'ECOLOGY', 'OTHER'])[1 + floor(random() * 6)::int] as category,
                                       1 + floor(random() * p.member_count)::int as author_n
                                  from pool p join gen g using (committee_id)
                                 cross join generate_series(2016, 2025) y
                                 cross join lateral generate_series(1, g.opinions) i
                                offset 0) r
                        offset 0) x
                  join pool_member pm on pm.committee_id = x.committee_id and pm.n = x.author_n""");
        step(s, "opinions: items, reports, authors",
                """
                insert into opinion_item (id, committee_id, title, original_text, edited_text, edited_by, edited_at, issued)
                select item_id, committee_id, '社情民意 ' || y || '-' || i, '原文', '编辑稿', 'staff', submitted_at + interval '3 days', status = 'ISSUED'
                  from so where item_id is not null""",
                """
                insert into opinion_report (id, committee_id, request_key, status, title, body, category, source, submitter_account_id,
                       submitted_at, triaged_at, item_id, first_submitted_at, first_title)
                select id, committee_id, 'prov-' || y || '-' || i, status, '社情民意 ' || y || '-' || i, '内容', category, source, account_id,
                       submitted_at, case when status <> 'SUBMITTED' then submitted_at + interval '2 days' end, item_id,
                       submitted_at, '社情民意 ' || y || '-' || i
                  from so""",
                """
                insert into opinion_author (report_id, position, member_id, name)
                select so.id, 0, so.author, m.name from so join member m on m.id = so.author""");
        String item = SubjectType.OPINION_ITEM.name();
        step(s, "opinions: bulletins, adoptions, instructions",
                """
                create temp table sb as
                select item_id, committee_id, y, submitted_at, (row_number() over (partition by committee_id, y order by id) - 1)::int as rn
                  from so where status = 'ISSUED'""",
                """
                insert into bulletin (committee_id, series, series_name, year, number, title, recipients, issued_on, status, created_by)
                select committee_id, 'OPINION', '社情民意', y, rn / 4 + 1, '社情民意 ' || y || '年第' || (rn / 4 + 1) || '期', '党委、政府',
                       (max(submitted_at) + interval '10 days')::date, 'ISSUED', 'staff'
                  from sb group by committee_id, y, rn / 4""",
                """
                insert into bulletin_item (bulletin_id, item_id, position)
                select b.id, sb.item_id, sb.rn % 4 + 1 from sb join bulletin b on b.committee_id = sb.committee_id and b.year = sb.y and b.number = sb.rn / 4 + 1""",
                """
                insert into outcome_adoption (committee_id, subject_type, subject_id, level, adopted_on, recorded_by)
                select committee_id, '%s', item_id, (array['CITY_CPPCC', 'CITY_PARTY_GOVERNMENT', 'PROVINCIAL_CPPCC', 'NATIONAL_CPPCC'])[1 + floor(random() * 4)::int],
                       (submitted_at + interval '30 days')::date, 'staff'
                  from sb where random() < 0.12""".formatted(item),
                """
                insert into outcome_instruction (committee_id, subject_type, subject_id, leader, level, instructed_on, text, recorded_by)
                select committee_id, '%s', item_id, '某领导', (array['CITY', 'PROVINCIAL'])[1 + floor(random() * 2)::int],
                       (submitted_at + interval '35 days')::date, '请研究', 'staff'
                  from sb where random() < 0.07""".formatted(item));
    }

    private void activities(Statement s) throws SQLException {
        step(s, "activities: staging and activities", """
                create temp table sa as
                select nextval('activity_id_seq') as id, x.*
                  from (select p.committee_id, y, i,
                               (make_date(y, 1, 1) + (random() * 360)::int + time '09:00') at time zone 'Asia/Shanghai' as starts_at,
                               (array['RESEARCH', 'INSPECTION', 'THEMATIC_CONSULTATION', 'SECTOR_CONSULTATION', 'STUDIO', 'TRAINING',
                                      'SECTOR_ACTIVITY', 'SUPERVISION', 'READING', 'MEMBERS_DAY', 'STANDING_COMMITTEE'])[1 + floor(random() * 11)::int] as type,
                               least(p.member_count, 5 + floor(random() * 12)::int) as invited, p.member_count,
                               floor(random() * p.member_count)::int as off,
                               random() < 0.25 as output
                          from pool p join gen g using (committee_id)
                         cross join generate_series(2016, 2025) y
                         cross join lateral generate_series(1, g.activities) i
                        offset 0) x""",
                """
                insert into activity (id, committee_id, title, type, organiser_kind, organiser_name, starts_at, ends_at, place,
                       checkin_secret, checkin_opens_at, checkin_closes_at, status, closed_at, created_by, created_at)
                select id, committee_id, '履职活动 ' || y || '-' || i, type, 'OFFICE', '办公室', starts_at, starts_at + interval '3 hours', '会议室',
                       md5(id::text), starts_at - interval '30 minutes', starts_at + interval '3 hours', 'CLOSED',
                       starts_at + interval '1 day', 'staff', starts_at - interval '10 days'
                  from sa""");
        step(s, "activities: invitations", """
                insert into activity_invitee (activity_id, member_id, response, responded_at)
                select a.id, pm.member_id, case when random() < 0.1 then 'LEAVE_APPROVED' else 'INVITED' end, a.starts_at - interval '3 days'
                  from sa a cross join lateral generate_series(1, a.invited) k
                  join pool_member pm on pm.committee_id = a.committee_id and pm.n = 1 + (a.off + k) % a.member_count""");
        step(s, "activities: attendance, outputs",
                """
                insert into activity_attendance (activity_id, member_id, kind, method, checked_in_at, recorded_by)
                select i.activity_id, i.member_id, 'PRESENT', case when random() < 0.9 then 'CODE' else 'STAFF' end,
                       a.starts_at - interval '5 minutes', 'member'
                  from sa a join activity_invitee i on i.activity_id = a.id
                 where i.response = 'INVITED' and random() < 0.87""",
                """
                insert into activity_output (committee_id, activity_id, kind, title, recorded_by, recorded_at)
                select committee_id, id, 'RESEARCH_REPORT', '调研报告 ' || y || '-' || i, 'staff', starts_at + interval '7 days' from sa where output""");
    }

    private void suggestions(Statement s) throws SQLException {
        step(s, "micro-suggestions", """
                insert into micro_suggestion (committee_id, request_key, status, title, body, place, member_id, submitted_at, reviewed_at,
                       reject_reason, closed_at)
                select x.committee_id, 'prov-' || y || '-' || i, status, '微建议 ' || y || '-' || i, '内容', '某街道', pm.member_id, submitted_at,
                       case when status <> 'SUBMITTED' then submitted_at + interval '3 days' end,
                       case when status = 'REJECTED' then '不属于受理范围' end,
                       case when status = 'CLOSED' then submitted_at + interval '40 days' end
                  from (select p.committee_id, y, i, 1 + floor(random() * p.member_count)::int as member_n,
                               (make_date(y, 1, 1) + (random() * 360)::int + time '11:00') at time zone 'Asia/Shanghai' as submitted_at,
                               (array['CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'CLOSED', 'HANDLING', 'HANDLING', 'REJECTED', 'SUBMITTED', 'WITHDRAWN'])[1 + floor(random() * 10)::int] as status
                          from pool p join gen g using (committee_id)
                         cross join generate_series(2016, 2025) y
                         cross join lateral generate_series(1, g.suggestions) i
                        offset 0) x
                  join pool_member pm on pm.committee_id = x.committee_id and pm.n = x.member_n""");
    }
}
