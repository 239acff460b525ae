/**
 * Uploaded files (PDF, Word, images), checked by type and size and stored in the database with what they belong to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "附件")
package cn.tongxin.attachment;
