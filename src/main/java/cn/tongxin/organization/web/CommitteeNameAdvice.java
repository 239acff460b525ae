package cn.tongxin.organization.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import cn.tongxin.account.CurrentUsers;
import cn.tongxin.organization.CommitteeView;
import cn.tongxin.organization.Organization;
import cn.tongxin.web.Requests;

/** The top bar shows the committee the user works in. */
@ControllerAdvice(annotations = Controller.class)
class CommitteeNameAdvice {

    private final CurrentUsers currentUsers;
    private final Organization organization;

    CommitteeNameAdvice(CurrentUsers currentUsers, Organization organization) {
        this.currentUsers = currentUsers;
        this.organization = organization;
    }

    @ModelAttribute("committeeName")
    String committeeName(HttpServletRequest request) {
        if (Requests.isApi(request)) {
            return "";
        }
        return currentUsers.find().flatMap(u -> organization.committee(u.committeeId()))
                .map(CommitteeView::name).orElse("");
    }
}
