/**
 * The shared 交办 → 签收 → 办理 → 答复 → 评价 engine: a subject (a proposal, later a micro-suggestion or a consultation
 * outcome) is handed to units, which acknowledge, contact, reply; the proposers rate; staff oversee. Nothing here
 * knows what a proposal is: subjects are a type and an id with their deadlines and raters.
 */
@org.springframework.modulith.ApplicationModule(displayName = "交办办理")
package cn.tongxin.handling;
