package cn.tongxin.activity.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;

import cn.tongxin.shared.Spreadsheets;
import cn.tongxin.account.CurrentUser;
import cn.tongxin.account.CurrentUsers;
import cn.tongxin.organization.CommitteeAccess;
import cn.tongxin.activity.ActivityClosing;
import cn.tongxin.activity.ActivityForm;
import cn.tongxin.activity.ActivityQueries;
import cn.tongxin.activity.ActivityType;
import cn.tongxin.activity.Attendance;
import cn.tongxin.activity.OrganiserKind;
import cn.tongxin.activity.Participation;
import cn.tongxin.activity.PlanActivities;
import cn.tongxin.member.Members;
import cn.tongxin.organization.OrgUnitKind;
import cn.tongxin.organization.Organization;
import cn.tongxin.shared.PageQuery;
import cn.tongxin.web.Downloads;
import cn.tongxin.web.Forms;

@Controller
class ActivityController {

    private final PlanActivities plan;
    private final ActivityClosing closing;
    private final Participation participation;
    private final ActivityQueries queries;
    private final CurrentUsers currentUsers;
    private final Organization organization;
    private final Members members;

    private final CommitteeAccess committees;

    ActivityController(PlanActivities plan, ActivityClosing closing, Participation participation, ActivityQueries queries,
                       CurrentUsers currentUsers, Organization organization, Members members, CommitteeAccess committees) {
        this.committees = committees;
        this.plan = plan;
        this.closing = closing;
        this.participation = participation;
        this.queries = queries;
        this.currentUsers = currentUsers;
        this.organization = organization;
        this.members = members;
    }

    @GetMapping("/activities")
    String list(@RequestParam(required = false) String keyword, @RequestParam(required = false) ActivityType type,
                @RequestParam(required = false) Integer year, @RequestParam(required = false) Long organiserId,
                @RequestParam(required = false) Boolean leavePending, @RequestParam(required = false) Boolean held,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Long committeeId, Model model) {
        boolean pending = Boolean.TRUE.equals(leavePending);
        boolean onlyHeld = Boolean.TRUE.equals(held);
        model.addAttribute("result", queries.list(keyword, type, year, organiserId, pending, onlyHeld, PageQuery.of(page, 20), committeeId));
        model.addAttribute("leavePending", pending);
        model.addAttribute("held", onlyHeld);
        model.addAttribute("viewing", committees.viewing(currentUsers.get(), committeeId));
        model.addAttribute("types", ActivityType.values());
        model.addAttribute("keyword", keyword);
        model.addAttribute("type", type);
        model.addAttribute("year", year);
        return "activity/list";
    }

    @GetMapping("/activities/new")
    String form(Model model) {
        choices(model);
        return "activity/form";
    }

    @PostMapping("/activities")
    String create(@ModelAttribute ActivityForm form, Model model, RedirectAttributes redirect) {
        return Forms.create(() -> plan.create(form), "活动已发布，已通知受邀委员", "/activities/", model, redirect,
                () -> choices(model), "activity/form");
    }

    @GetMapping("/activities/{id}")
    String detail(@PathVariable long id, @RequestParam(required = false) Long committeeId, Model model) {
        CurrentUser user = currentUsers.get();
        var page = queries.page(id, committeeId);
        var viewing = committees.viewing(user, committeeId);
        model.addAttribute("viewing", viewing);
        model.addAttribute("a", page);
        model.addAttribute("me", viewing.readOnly() ? null : page.of(user.memberId()));
        if (user.isOffice() && !viewing.readOnly()) {
            model.addAttribute("memberChoices", members.active());
            model.addAttribute("outputKinds", cn.tongxin.activity.OutputKind.values());
        }
        return "activity/detail";
    }

    @PostMapping("/activities/{id}/sign-up")
    String signUp(@PathVariable long id, RedirectAttributes r) {
        return Forms.step("/activities/" + id, r, "已报名", () -> participation.signUp(id));
    }

    @PostMapping("/activities/{id}/leave")
    String leave(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes r) {
        return Forms.step("/activities/" + id, r, "请假申请已提交，等待组织方审批", () -> participation.requestLeave(id, reason));
    }

    @PostMapping("/activities/{id}/leave/{memberId}")
    String decideLeave(@PathVariable long id, @PathVariable long memberId, @RequestParam boolean approve, RedirectAttributes r) {
        return Forms.step("/activities/" + id, r, approve ? "已准假" : "已不准假", () -> participation.decideLeave(id, memberId, approve));
    }

    @PostMapping("/activities/{id}/signup-open")
    String signupOpen(@PathVariable long id, @RequestParam boolean open, RedirectAttributes r) {
        return Forms.step("/activities/" + id, r, open ? "已开放报名" : "已截止报名", () -> closing.setSignupOpen(id, open));
    }

    @PostMapping("/activities/{id}/close")
    String close(@PathVariable long id, RedirectAttributes r) {
        return Forms.step("/activities/" + id, r, "已归档，出勤已确定", () -> closing.close(id));
    }

    @GetMapping("/activities/{id}/check-in")
    String checkInForm(@PathVariable long id, @RequestParam(required = false) String code, Model model) {
        model.addAttribute("a", queries.page(id));
        model.addAttribute("code", code);
        return "activity/checkin";
    }

    @PostMapping("/activities/{id}/check-in")
    String checkIn(@PathVariable long id, @RequestParam(defaultValue = "") String code, RedirectAttributes r) {
        // one notice (the layout's), and the page without the code box once checked in
        return Forms.step("/activities/" + id + "/check-in", r, () -> {
            String attendance = participation.checkIn(id, code).label();
            r.addFlashAttribute("checkedIn", attendance);
            return "签到成功：" + attendance;
        });
    }

    @PostMapping("/activities/{id}/attendance/{memberId}")
    String markPresent(@PathVariable long id, @PathVariable long memberId, RedirectAttributes r) {
        return Forms.step("/activities/" + id, r, "已登记出席", () -> participation.markPresent(id, memberId));
    }

    @PostMapping("/activities/{id}/attendance/{memberId}/correction")
    String correctAttendance(@PathVariable long id, @PathVariable long memberId, @RequestParam(required = false) Attendance attendance,
                             @RequestParam(required = false) String reason, RedirectAttributes r) {
        return Forms.step("/activities/" + id, r, "出勤已更正", () -> participation.correctAttendance(id, memberId, attendance, reason));
    }

    /** The venue screen: the current code, large, and its QR; the page refreshes itself every 30 seconds. */
    @GetMapping("/activities/{id}/code")
    String code(@PathVariable long id, Model model) {
        model.addAttribute("a", queries.page(id));
        model.addAttribute("code", participation.currentCode(id));
        return "activity/code";
    }

    @GetMapping("/activities/{id}/qr.png")
    ResponseEntity<byte[]> qr(@PathVariable long id) throws WriterException, IOException {
        String code = participation.currentCode(id);
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/activities/{id}/check-in")
                .queryParam("code", code).buildAndExpand(id).toUriString();
        var matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 320, 320);
        var image = new java.awt.image.BufferedImage(matrix.getWidth(), matrix.getHeight(), java.awt.image.BufferedImage.TYPE_BYTE_BINARY);
        for (int x = 0; x < matrix.getWidth(); x++) {
            for (int y = 0; y < matrix.getHeight(); y++) {
                image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
            }
        }
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return ResponseEntity.ok().header("Content-Type", "image/png").header("Cache-Control", "no-store").body(out.toByteArray());
    }

    /** The attendance sheet (签到表) as .xlsx. */
    @GetMapping("/activities/{id}/attendance.xlsx")
    ResponseEntity<byte[]> attendanceSheet(@PathVariable long id) {
        currentUsers.require(cn.tongxin.account.Role.ADMIN, cn.tongxin.account.Role.STAFF, cn.tongxin.account.Role.LEADER);
        var page = queries.page(id);
        List<List<Object>> rows = new ArrayList<>();
        for (var p : page.participants()) {
            rows.add(Arrays.asList(p.name(), p.sector(), p.invited() ? "是" : "否", p.response() == null ? "" : p.response().label(),
                    p.leaveReason(), p.attendance().label(), p.checkedInAt() == null ? null : p.checkedInAt().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDateTime().withSecond(0).withNano(0)));
        }
        rows.add(Arrays.asList("出席率", page.attendanceRate()));
        var out = new ByteArrayOutputStream();
        Spreadsheets.write(out).head(List.of(List.of("姓名"), List.of("界别"), List.of("受邀"), List.of("报名/请假"), List.of("请假事由"),
                List.of("出勤"), List.of("签到时间"))).sheet("签到表").doWrite(rows);
        return Downloads.of(page.title() + "-签到表.xlsx", Downloads.XLSX, out.toByteArray());
    }

    private void choices(Model model) {
        model.addAttribute("types", ActivityType.values());
        model.addAttribute("organiserKinds", OrganiserKind.values());
        model.addAttribute("sectors", organization.units(OrgUnitKind.SECTOR));
        model.addAttribute("specialCommittees", organization.units(OrgUnitKind.SPECIAL_COMMITTEE));
        model.addAttribute("studios", organization.units(OrgUnitKind.STUDIO));
        model.addAttribute("parties", organization.affiliations());
        model.addAttribute("units", organization.activeHandlingUnits());
        model.addAttribute("memberChoices", members.active());
    }

}
