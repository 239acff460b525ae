package cn.tongxin.account.internal;

import org.springframework.data.relational.core.mapping.Table;

import cn.tongxin.account.Role;

@Table("user_role")
record UserRole(Role role) {
}
