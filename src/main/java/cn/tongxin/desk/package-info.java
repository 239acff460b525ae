/**
 * The home page (工作台): what needs each role's attention today, composed from the small query APIs each module
 * offers for its own section ({@code ProposalDesk}, {@code HandlingDesk}, {@code ActivityDesk} …). Owns no table.
 */
@org.springframework.modulith.ApplicationModule(displayName = "工作台")
package cn.tongxin.desk;
