/**
 * 书香政协: the committee's reading groups (roster of 群主, 领读人, 联络员 and members), their themes (专题) with a book
 * list and a schedule, the office's 导读 articles, the members' 打卡 (reading notes with the day read), likes and
 * post-moderated comments, the offline sessions (activities) of a theme, and the statistics that feed the annual
 * account and the members' performance records (学习).
 */
@org.springframework.modulith.ApplicationModule(displayName = "书香政协")
package cn.tongxin.reading;
