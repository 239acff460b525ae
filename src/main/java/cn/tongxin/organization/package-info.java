/**
 * Committees and their levels, terms and plenary sessions, sectors, special committees, parties and groups,
 * member studios, handling units and per-committee settings.
 */
@org.springframework.modulith.ApplicationModule(displayName = "组织机构")
package cn.tongxin.organization;
