package cn.tongxin.account.internal;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface UserAccounts extends ListCrudRepository<UserAccount, Long> {

    @Query("select * from user_account where lower(username) = lower(:username)")
    Optional<UserAccount> findByUsername(@Param("username") String username);

    Optional<UserAccount> findByIdAndCommitteeId(long id, long committeeId);

    @Query("select exists(select 1 from user_account where lower(username) = lower(:username))")
    boolean usernameTaken(@Param("username") String username);
}
