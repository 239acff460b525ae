package cn.tongxin.handling;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import cn.tongxin.account.CurrentUser;
import cn.tongxin.organization.Dictionaries;
import cn.tongxin.organization.DictionaryKind;

/** Puts what the shared handling fragment (templates/handling/case.html) needs into a subject page's model. */
@Component
public class HandlingSection {

    private final Dictionaries dictionaries;
    private final Clock clock;

    HandlingSection(Dictionaries dictionaries, Clock clock) {
        this.dictionaries = dictionaries;
        this.clock = clock;
    }

    public void addTo(Model model, CurrentUser user, CaseView c, String self, boolean handledHere) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("c", c);
        model.addAttribute("panel", HandlingPanel.of(user, c, today, handledHere));
        model.addAttribute("self", self);
        model.addAttribute("today", today);
        model.addAttribute("replyCategories", dictionaries.entries(user.committeeId(), DictionaryKind.REPLY_CATEGORY));
        model.addAttribute("contactMethods", dictionaries.entries(user.committeeId(), DictionaryKind.CONTACT_METHOD));
        model.addAttribute("satisfactions", Satisfaction.values());
    }
}
