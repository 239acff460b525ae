/**
 * 委员值班: the rota of members on duty online and the questions citizens ask them on the portal in their shift,
 * answered by the member on duty; counts per member.
 */
@org.springframework.modulith.ApplicationModule(displayName = "委员值班")
package cn.tongxin.duty;
