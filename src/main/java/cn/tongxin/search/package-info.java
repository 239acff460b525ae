/**
 * Finding things (检索): one full-text index over proposals, micro-suggestions, opinion reports, activities and their
 * outputs, kept from the owning modules' events; Chinese segmented in Java, permission-filtered in the query; similar
 * proposals while drafting and at review.
 */
@org.springframework.modulith.ApplicationModule(displayName = "检索")
package cn.tongxin.search;
