/**
 * 网络议政 · 远程协商: a topic page attached to a consultation activity (or a standing call for ideas) where members and,
 * on public topics, citizens comment and reply; comments are moderated through participation's queue, appear without
 * reload (a cheap versioned poll), and after the window the office writes a summary, exports it as .docx and turns the
 * best comments into an output of the activity.
 */
@org.springframework.modulith.ApplicationModule(displayName = "网络议政")
package cn.tongxin.deliberation;
