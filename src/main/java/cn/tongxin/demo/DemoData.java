package cn.tongxin.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.tongxin.account.Accounts;
import cn.tongxin.account.NewAccount;
import cn.tongxin.account.Role;
import cn.tongxin.account.RunAs;
import cn.tongxin.member.Gender;
import cn.tongxin.member.MemberForm;
import cn.tongxin.member.MemberStatus;
import cn.tongxin.member.RegisterMembers;
import cn.tongxin.organization.CommitteeSetup;
import cn.tongxin.organization.Level;
import cn.tongxin.organization.OrgUnitKind;
import cn.tongxin.participation.DeedForm;
import cn.tongxin.participation.PublicPortals;
import cn.tongxin.participation.StudioDeeds;

/** A municipal committee with two county committees, their organisation, ~270 members and one account per role. */
@Component
class DemoData {

    static final String PASSWORD = "Demo@2026";

    private static final List<String> SECTORS = List.of("中国共产党", "中国国民党革命委员会", "中国民主同盟", "中国民主建国会",
            "中国民主促进会", "中国农工民主党", "中国致公党", "九三学社", "无党派人士", "中国共产主义青年团", "中华全国总工会",
            "中华全国妇女联合会", "中华全国青年联合会", "中华全国工商业联合会", "中国科学技术协会", "中华全国台湾同胞联谊会",
            "中华全国归国华侨联合会", "文化艺术界", "科学技术界", "社会科学界", "经济界", "农业界", "教育界", "体育界",
            "新闻出版界", "医药卫生界", "对外友好界", "社会福利和社会保障界", "少数民族界", "宗教界", "特邀香港人士",
            "特邀澳门人士", "环境资源界", "法律界", "特别邀请人士");
    private static final List<String> SPECIAL_COMMITTEES = List.of("提案委员会", "经济委员会", "农业和农村委员会",
            "人口资源环境委员会", "教科卫体委员会", "社会和法制委员会", "民族宗教委员会", "港澳台侨和外事委员会",
            "文化文史和学习委员会", "社会建设委员会");
    private static final List<String> PARTIES = List.of("中国共产党", "民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "台盟");
    private static final List<String> GROUPS = List.of("工商联", "共青团", "总工会", "妇联", "科协", "侨联");
    private static final List<String> STUDIOS = List.of("民生议事", "乡村振兴", "法律服务", "医疗健康", "教育发展", "科技创新",
            "营商环境", "文化传承", "生态环保", "社区治理");
    private static final List<String> UNITS = List.of("发展和改革委员会", "教育局", "科学技术局", "工业和信息化局", "公安局",
            "民政局", "司法局", "财政局", "人力资源和社会保障局", "自然资源和规划局", "生态环境局", "住房和城乡建设局",
            "交通运输局", "水利局", "农业农村局", "商务局", "文化广电和旅游局", "卫生健康委员会", "应急管理局",
            "市场监督管理局", "医疗保障局", "城市管理局", "数据资源管理局", "退役军人事务局", "供电公司");
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志强文博海燕晓东红梅永明晓峰丽华春生建华玉兰国华立新卫东德明淑珍凤英慧敏雪梅振华家豪子涵雨轩浩然思远欣怡梓萱";
    private static final List<String> EMPLOYERS = List.of("市第一人民医院院长", "市实验中学校长", "某科技有限公司董事长", "市律师协会副会长",
            "某大学教授", "市农业科学研究所研究员", "某建设集团总经理", "市文联副主席", "某银行支行行长", "市中医院主任医师",
            "某社区党委书记", "市作家协会主席", "某律师事务所主任", "某食品公司总经理", "市职业技术学院副院长");
    private static final List<String> ETHNICITIES = List.of("汉族", "汉族", "汉族", "汉族", "汉族", "汉族", "回族", "满族", "蒙古族", "壮族");

    private final CommitteeSetup setup;
    private final RegisterMembers roster;
    private final Accounts accounts;
    private final RunAs runAs;
    private final DemoWork work;
    private final PublicPortals portals;
    private final StudioDeeds deeds;
    private final java.time.Clock clock;
    private final DemoQuestionnaires questionnaires;

    private final DemoFrontline frontline;
    private final DemoMemoirs memoirs;
    private final DemoReading reading;

    DemoData(CommitteeSetup setup, RegisterMembers roster, Accounts accounts, RunAs runAs, DemoWork work, PublicPortals portals,
             DemoFrontline frontline, DemoMemoirs memoirs, StudioDeeds deeds, java.time.Clock clock,
             DemoQuestionnaires questionnaires, DemoReading reading) {
        this.reading = reading;
        this.frontline = frontline;
        this.memoirs = memoirs;
        this.portals = portals;
        this.deeds = deeds;
        this.clock = clock;
        this.questionnaires = questionnaires;
        this.setup = setup;
        this.roster = roster;
        this.accounts = accounts;
        this.runAs = runAs;
        this.work = work;
    }

    /**
     * Loads the demo through the modules' use cases, as the committees' administrators, and returns the table of demo
     * logins to print. A demo that breaks a rule fails here, at start-up.
     */
    String load() {
        long city = setup.foundFirstCommittee("示例市政协", Level.MUNICIPAL, "示例市");
        StringBuilder logins = new StringBuilder("==== 同心平台演示数据已载入；演示账户（密码均为 " + PASSWORD + "）====\n");
        account(city, "示例市政协", "admin", "系统管理员", Set.of(Role.ADMIN), null, null, null, logins);
        long east = runAs.user("admin", () -> setup.createBelow("示例市东城区政协", "东城区"));
        long west = runAs.user("admin", () -> setup.createBelow("示例市西山县政协", "西山县"));
        fill(city, "示例市政协", "市", 150, "", logins, new Random(2026));
        fill(east, "示例市东城区政协", "区", 60, "dc_", logins, new Random(2027));
        fill(west, "示例市西山县政协", "县", 60, "xs_", logins, new Random(2028));
        work.add(city);
        frontline.add();
        memoirs.add();
        reading.add();
        // each committee's public portal (issue 16): /public/shili, /public/dongcheng, /public/xishan
        runAs.user("admin", () -> portals.open("shili", "示例市政协公开门户"));
        runAs.user("dc_admin", () -> portals.open("dongcheng", "示例市东城区政协公开门户"));
        runAs.user("xs_admin", () -> portals.open("xishan", "示例市西山县政协公开门户"));
        // 为民办实事 of the city's first two studios (issue 16), recorded by their members "member" and "member2"
        LocalDate today = LocalDate.now(clock);
        runAs.user("member", () -> deeds.record(new DeedForm(null, null, "协调修复幸福小区破损路面", "幸福小区居民",
                "联系住建部门现场查看，一周内修复。", today.minusDays(21), null, null), List.of()));
        runAs.user("member", () -> deeds.record(new DeedForm(null, null, "为独居老人联系家庭医生签约", "和平社区独居老人12户",
                null, today.minusDays(9), null, null), List.of()));
        runAs.user("member2", () -> deeds.record(new DeedForm(null, null, "开展农技培训进村", "三河村种植户",
                "请农技站专家讲解果树修剪。", today.minusDays(5), null, null), List.of()));
        questionnaires.add(city);
        return logins.toString().stripTrailing();
    }

    private void fill(long committee, String committeeName, String prefix, int memberCount, String userPrefix,
                      StringBuilder logins, Random random) {
        if (!userPrefix.isEmpty()) {
            account(committee, committeeName, userPrefix + "admin", "系统管理员", Set.of(Role.ADMIN), null, null, null, logins);
        }
        Staffed staffed = runAs.user(userPrefix + "admin", () -> organise(prefix, memberCount, userPrefix, random));
        account(committee, committeeName, userPrefix + "staff", "提案委工作人员", Set.of(Role.STAFF), "提案委员会", null, null, logins);
        account(committee, committeeName, userPrefix + "member", staffed.memberNames().getFirst(), Set.of(Role.MEMBER), null,
                staffed.members().getFirst(), null, logins);
        account(committee, committeeName, userPrefix + "member2", staffed.memberNames().get(1), Set.of(Role.MEMBER), null,
                staffed.members().get(1), null, logins);
        account(committee, committeeName, userPrefix + "unit", prefix + UNITS.getFirst(), Set.of(Role.UNIT), null, null,
                staffed.handlingUnits().getFirst(), logins);
        account(committee, committeeName, userPrefix + "unit2", prefix + UNITS.get(1), Set.of(Role.UNIT), null, null,
                staffed.handlingUnits().get(1), logins);
        account(committee, committeeName, userPrefix + "leader", "分管领导", Set.of(Role.LEADER), null, null, null, logins);
        account(committee, committeeName, userPrefix + "correspondent", "特聘信息员" + name(random), Set.of(Role.CORRESPONDENT),
                null, null, null, logins);
    }

    private record Staffed(List<Long> members, List<String> memberNames, List<Long> handlingUnits) {
    }

    /** As the committee's administrator: terms, sessions, the organisation, handling units and the roster. */
    private Staffed organise(String prefix, int memberCount, String userPrefix, Random random) {
        long previous = setup.openTerm(12, LocalDate.of(2018, 1, 1), LocalDate.of(2022, 12, 31), false);
        long current = setup.openTerm(13, LocalDate.of(2023, 1, 1), LocalDate.of(2027, 12, 31), true);
        for (int i = 0; i < 4; i++) {
            LocalDate opening = LocalDate.of(2023 + i, 1, 8 + i);
            setup.openSession(current, i + 1, opening, opening.plusDays(4), opening.plusDays(2));
        }
        List<Long> sectors = units(OrgUnitKind.SECTOR, SECTORS, "");
        List<Long> specials = units(OrgUnitKind.SPECIAL_COMMITTEE, SPECIAL_COMMITTEES, "");
        List<Long> parties = units(OrgUnitKind.PARTY, PARTIES, "");
        List<Long> groups = units(OrgUnitKind.GROUP, GROUPS, "");
        List<Long> nonParty = units(OrgUnitKind.NON_PARTY, List.of("无党派人士"), "");
        List<Long> studios = units(OrgUnitKind.STUDIO, STUDIOS, "委员工作室");
        List<Long> affiliations = new ArrayList<>(parties);
        affiliations.addAll(groups);
        affiliations.addAll(nonParty);
        List<Long> handlingUnits = new ArrayList<>();
        for (int i = 0; i < UNITS.size(); i++) {
            handlingUnits.add(setup.addHandlingUnit(prefix + UNITS.get(i), UNITS.get(i).endsWith("公司") ? "企事业单位" : "政府部门",
                    name(random), "0551-6" + String.format("%06d", 100000 + i * 37), prefix + "行政中心" + (i % 5 + 1) + "号楼", i));
        }
        List<Long> members = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < memberCount; i++) {
            LocalDate birth = LocalDate.of(1958 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28));
            // the random draws in the order the demo has always made them: the same names for the same seeds
            String memberName = name(random);
            Gender gender = random.nextInt(3) == 0 ? Gender.FEMALE : Gender.MALE;
            String ethnicity = ETHNICITIES.get(random.nextInt(ETHNICITIES.size()));
            Long affiliation = random.nextInt(4) == 0 ? null : affiliations.get(random.nextInt(affiliations.size()));
            long sector = sectors.get(random.nextInt(sectors.size()));
            long special = specials.get(random.nextInt(specials.size()));
            Long studio = random.nextInt(3) == 0 ? studios.get(random.nextInt(studios.size())) : null;
            // the demo users "member" and "member2" work in the first and the second studio (issue 16: studios' triage)
            studio = i < 2 ? studios.get(i) : studio;
            var form = new MemberForm(memberName, gender, ethnicity, birth, affiliation, sector, special, studio,
                    EMPLOYERS.get(random.nextInt(EMPLOYERS.size())),
                    "13" + (userPrefix.isEmpty() ? "8" : userPrefix.startsWith("dc") ? "9" : "7") + String.format("%08d", 10000000 + i * 7919 % 89999999),
                    random.nextInt(6) == 0, i < memberCount - 8 ? current : previous,
                    i < memberCount - 8 ? MemberStatus.ACTIVE : MemberStatus.LEFT);
            members.add(roster.register(form));
            names.add(form.name());
        }
        return new Staffed(members, names, handlingUnits);
    }

    private List<Long> units(OrgUnitKind kind, List<String> names, String suffix) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            ids.add(setup.addUnit(kind, names.get(i) + suffix, i));
        }
        return ids;
    }

    private void account(long committee, String committeeName, String username, String displayName, Set<Role> roles,
                         String office, Long memberId, Long unitId, StringBuilder logins) {
        accounts.openWithoutCaller(committee, new NewAccount(username, displayName, PASSWORD, roles, office, memberId, unitId), false);
        logins.append(String.format("  %-10s %-18s %s%n", username, committeeName, roles.iterator().next().label()));
    }

    private static String name(Random random) {
        String given = GIVEN.substring(random.nextInt(GIVEN.length() - 1));
        int length = random.nextInt(3) == 0 ? 1 : 2;
        return SURNAMES.charAt(random.nextInt(SURNAMES.length())) + given.substring(0, Math.min(length, given.length()));
    }
}
