/**
 * 文史资料: calls for historical accounts on a theme, the accounts members submit (or the office enters for a citizen),
 * the office's editing and selection, and the collections (专辑) compiled from the selected accounts as .docx.
 */
@org.springframework.modulith.ApplicationModule(displayName = "文史资料")
package cn.tongxin.memoir;
