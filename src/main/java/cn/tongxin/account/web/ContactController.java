package cn.tongxin.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.tongxin.account.ContactDetails;
import cn.tongxin.web.ApiTwin;
import cn.tongxin.web.Forms;

/** The contact form sits on the message settings page, where the user sees what it is for. */
@Controller
class ContactController {

    private final ContactDetails contacts;

    ContactController(ContactDetails contacts) {
        this.contacts = contacts;
    }

    @PostMapping("/account/contact")
    @ApiTwin("PUT /api/v1/me/contact")
    String update(@RequestParam(required = false) String email, @RequestParam(required = false) String mobile,
                  RedirectAttributes redirect) {
        return Forms.step("/notifications/settings", redirect, "联系方式已保存",
                () -> contacts.updateMine(new ContactDetails.Contact(email, mobile)));
    }
}
