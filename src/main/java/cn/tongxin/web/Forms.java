package cn.tongxin.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.shared.BusinessException;

import cn.tongxin.shared.FieldErrors;

/** Puts a refused form's errors where the form fragments show them, next to each field. */
public final class Forms {

    private Forms() {
    }

    public static void showErrors(Model model, FieldErrors e) {
        Map<String, String> byField = new LinkedHashMap<>();
        e.errors().forEach(err -> byField.merge(err.field(), err.message(), (a, b) -> a + "；" + b));
        model.addAttribute("fieldErrors", byField);
        model.addAttribute("errorMessage", e.getMessage());
    }

    public static void showError(Model model, String message) {
        model.addAttribute("fieldErrors", Map.of());
        model.addAttribute("errorMessage", message);
    }

    /**
     * Runs a form action: on success, redirect with a notice; when refused (422/409), show the page again with the
     * errors next to the fields. 403 and 404 go to the error page.
     */
    public static String submit(Supplier<?> action, String done, String success, Model model,
                                RedirectAttributes redirect, Supplier<String> page) {
        try {
            action.get();
            redirect.addFlashAttribute("notice", done);
            return success;
        } catch (FieldErrors e) {
            showErrors(model, e);
        } catch (BusinessException e) {
            if (e.status().value() == 404 || e.status().value() == 403) {
                throw e;
            }
            showError(model, e.getMessage());
        }
        return page.get();
    }

    /**
     * Runs one step of a flow from a page and goes back to {@code page}: a notice when done, the reason when refused
     * (409/422). 403 and 404 go to the error page. {@code page} must be a local path.
     */
    public static String step(String page, RedirectAttributes redirect, String done, Runnable action) {
        return step(page, redirect, () -> {
            action.run();
            return done;
        });
    }

    /** {@link #step(String, RedirectAttributes, String, Runnable)} whose notice says what the step did. */
    public static String step(String page, RedirectAttributes redirect, Supplier<String> action) {
        String target = page != null && page.startsWith("/") && !page.startsWith("//") ? page : "/";
        try {
            redirect.addFlashAttribute("notice", action.get());
        } catch (FieldErrors e) {
            redirect.addFlashAttribute("error", String.join("；", e.errors().stream().map(FieldErrors.FieldError::message).toList()));
        } catch (BusinessException e) {
            if (e.status().value() == 404 || e.status().value() == 403) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + target;
    }

    /**
     * Creates something from a form: on success, redirect to {@code path + id} with a notice; when refused, prepare the
     * form again ({@code beforeForm}) and show it with the errors. 403 and 404 go to the error page.
     */
    public static String create(Supplier<Long> action, String done, String path, Model model, RedirectAttributes redirect,
                                Runnable beforeForm, String formView) {
        try {
            long id = action.get();
            redirect.addFlashAttribute("notice", done);
            return "redirect:" + path + id;
        } catch (FieldErrors e) {
            showErrors(model, e);
        } catch (BusinessException e) {
            if (e.status().value() == 404 || e.status().value() == 403) {
                throw e;
            }
            showError(model, e.getMessage());
        }
        beforeForm.run();
        return formView;
    }
}
