package cn.tongxin.account.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import cn.tongxin.account.ContactDetails;

@RestController
@Tag(name = "当前用户", description = "当前用户信息与个人API令牌")
class ContactApiController {

    private final ContactDetails contacts;

    ContactApiController(ContactDetails contacts) {
        this.contacts = contacts;
    }

    @GetMapping("/api/v1/me/contact")
    @Operation(summary = "本人的电子邮箱和手机（消息与找回密码用）")
    ContactDetails.Contact mine() {
        return contacts.mine();
    }

    @PutMapping("/api/v1/me/contact")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "修改本人的电子邮箱和手机（留空即清除）")
    void update(@RequestBody ContactDetails.Contact contact) {
        contacts.updateMine(contact);
    }
}
