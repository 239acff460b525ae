/**
 * 问卷: questionnaires built by the office (single and multiple choice with "other", text, scale, matrix, required and
 * conditional questions), answered once by members or by the public (through participation's public write gate),
 * with results as charts, an .xlsx export of fixed columns, and results published on the portal (ADR 019).
 */
@org.springframework.modulith.ApplicationModule(displayName = "问卷")
package cn.tongxin.questionnaire;
