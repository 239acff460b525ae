/**
 * 驻地委员: members of an upper committee assigned to a committee below it (e.g. 驻市省政协委员), listed there with
 * what they submitted to their own committee (their submissions upward), counted from their performance records.
 */
package cn.tongxin.performance.resident;
