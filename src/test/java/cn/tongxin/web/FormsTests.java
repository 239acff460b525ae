package cn.tongxin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.FieldErrors;
import cn.tongxin.shared.FieldErrors.FieldError;

/** A refused form shows its errors next to the fields; 403 and 404 go to the error page; a step returns only to a local page. */
class FormsTests {

    private final ExtendedModelMap model = new ExtendedModelMap();
    private final RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

    private static Map<String, Object> flash(RedirectAttributesModelMap attributes) {
        return Map.copyOf(attributes.getFlashAttributes());
    }

    private static FieldErrors twoErrorsOnName() {
        return new FieldErrors("提交的内容有误", List.of(new FieldError("name", "姓名不能为空"),
                new FieldError("name", "姓名不超过50个字符"), new FieldError("mobile", "手机格式不正确")));
    }

    @Test
    void aSubmittedFormRedirectsWithANotice() {
        String view = Forms.submit(() -> 1, "已保存", "redirect:/members", model, redirect, () -> "member/form");
        assertThat(view).isEqualTo("redirect:/members");
        assertThat(flash(redirect)).containsEntry("notice", "已保存");
    }

    @Test
    void aRefusedFormShowsEachFieldsErrorsJoinedNextToIt() {
        String view = Forms.submit(() -> {
            throw twoErrorsOnName();
        }, "已保存", "redirect:/members", model, redirect, () -> "member/form");
        assertThat(view).isEqualTo("member/form");
        assertThat(model.get("fieldErrors")).isEqualTo(Map.of("name", "姓名不能为空；姓名不超过50个字符", "mobile", "手机格式不正确"));
        assertThat(model.get("errorMessage")).isEqualTo("提交的内容有误");
        assertThat(flash(redirect)).doesNotContainKey("notice");
    }

    @Test
    void aConflictShowsTheFormAgainWithTheReason() {
        String view = Forms.submit(() -> {
            throw BusinessException.conflict("该提案已立案");
        }, "已保存", "redirect:/x", model, redirect, () -> "x/form");
        assertThat(view).isEqualTo("x/form");
        assertThat(model.get("errorMessage")).isEqualTo("该提案已立案");
        assertThat(model.get("fieldErrors")).isEqualTo(Map.of());
    }

    @Test
    void notFoundAndForbiddenGoToTheErrorPage() {
        assertThatThrownBy(() -> Forms.submit(() -> {
            throw BusinessException.notFound("委员");
        }, "已保存", "redirect:/x", model, redirect, () -> "x/form")).hasMessage("未找到委员，或您无权查看");
        assertThatThrownBy(() -> Forms.step("/x", redirect, "已办", () -> {
            throw BusinessException.forbidden("无权");
        })).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> Forms.create(() -> {
            throw BusinessException.forbidden("无权");
        }, "已创建", "/x/", model, redirect, () -> { }, "x/form")).isInstanceOf(BusinessException.class);
    }

    @Test
    void aStepReturnsToTheLocalPageWithANotice() {
        assertThat(Forms.step("/proposals/7", redirect, "已立案", () -> { })).isEqualTo("redirect:/proposals/7");
        assertThat(flash(redirect)).containsEntry("notice", "已立案");
    }

    @Test
    void aStepNeverRedirectsOffSite() {
        assertThat(Forms.step("https://evil.example/", redirect, "好", () -> { })).isEqualTo("redirect:/");
        assertThat(Forms.step("//evil.example/", redirect, "好", () -> { })).isEqualTo("redirect:/");
        assertThat(Forms.step(null, redirect, "好", () -> { })).isEqualTo("redirect:/");
    }

    @Test
    void aRefusedStepCarriesTheReasonsBack() {
        Forms.step("/x", redirect, "已办", () -> {
            throw twoErrorsOnName();
        });
        assertThat(flash(redirect)).containsEntry("error", "姓名不能为空；姓名不超过50个字符；手机格式不正确")
                .doesNotContainKey("notice");
        var again = new RedirectAttributesModelMap();
        Forms.step("/x", again, "已办", () -> {
            throw BusinessException.conflict("该提案已立案");
        });
        assertThat(flash(again)).containsEntry("error", "该提案已立案");
    }

    @Test
    void aCreatedThingOpensItsPageAndARefusalPreparesTheFormAgain() {
        assertThat(Forms.create(() -> 42L, "已创建", "/proposals/", model, redirect, () -> { }, "proposal/form"))
                .isEqualTo("redirect:/proposals/42");
        boolean[] prepared = {false};
        String view = Forms.create(() -> {
            throw twoErrorsOnName();
        }, "已创建", "/proposals/", model, redirect, () -> prepared[0] = true, "proposal/form");
        assertThat(view).isEqualTo("proposal/form");
        assertThat(prepared[0]).isTrue();
        assertThat(model.get("fieldErrors")).isInstanceOf(Map.class);
    }
}
