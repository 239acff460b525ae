package cn.tongxin.reading.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import cn.tongxin.member.Members;
import cn.tongxin.reading.GroupRole;
import cn.tongxin.reading.NoteQueries;
import cn.tongxin.reading.ReadingGroups;

/** What a group's page shows, for its own request and for a refused form posted from it. */
@Component
class GroupPage {

    private final ReadingGroups groups;
    private final NoteQueries notes;
    private final Members members;
    private final Clock clock;

    GroupPage(ReadingGroups groups, NoteQueries notes, Members members, Clock clock) {
        this.groups = groups;
        this.notes = notes;
        this.members = members;
        this.clock = clock;
    }

    String fill(long id, String before, Model model) {
        var group = groups.get(id);
        model.addAttribute("g", group);
        model.addAttribute("feed", notes.ofGroup(id, before, null));
        model.addAttribute("before", before);
        model.addAttribute("roles", GroupRole.values());
        model.addAttribute("today", LocalDate.now(clock));
        if (!model.containsAttribute("requestKey")) {
            model.addAttribute("requestKey", UUID.randomUUID().toString());
        }
        if (group.office()) {
            model.addAttribute("members", members.active());
        }
        return "reading/group";
    }
}
