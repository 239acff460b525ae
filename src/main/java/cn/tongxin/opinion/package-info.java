/**
 * Public-opinion reports (社情民意信息): submission by members, correspondents, parties and groups and units' liaison
 * officers; triage, editing (original and edited text kept), numbered bulletins, forwarding, outcomes, statistics.
 */
@org.springframework.modulith.ApplicationModule(displayName = "社情民意")
package cn.tongxin.opinion;
