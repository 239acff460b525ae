/**
 * Proposals (提案): drafting and co-signing, review and numbering, assignment to units through the handling engine,
 * key and outstanding proposals, closing, statistics and documents.
 */
@org.springframework.modulith.ApplicationModule(displayName = "提案")
package cn.tongxin.proposal;
