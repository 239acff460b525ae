/**
 * Shared web layer: the page shell, error pages, problem details for the API, and form-error helpers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web 外壳", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.tongxin.web;
