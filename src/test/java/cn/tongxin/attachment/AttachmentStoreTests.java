package cn.tongxin.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import cn.tongxin.shared.BusinessException;
import cn.tongxin.shared.SubjectType;
import cn.tongxin.support.IntegrationTest;

/** Files are stored in the owner's transaction and read back only by the same committee and owner. */
@IntegrationTest
class AttachmentStoreTests {

    @Autowired
    Attachments attachments;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    private final long owner = 900_000_000L + ThreadLocalRandom.current().nextInt(100_000_000);

    @BeforeEach
    void signIn() {
        var principal = users.loadUserByUsername("dc_staff");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long committee(String name) {
        return jdbc.sql("select id from committee where name = ?").param(name).query(Long.class).single();
    }

    private long east() {
        return committee("示例市东城区政协");
    }

    private long west() {
        return committee("示例市西山县政协");
    }

    private long store(long committeeId, SubjectType type, long ownerId, String name, byte[] content) {
        return tx.execute(s -> attachments.store(committeeId, type, ownerId, new Upload(name, content)));
    }

    @Test
    void aFileIsStoredWithItsRealTypeAndReadBackByItsOwner() {
        long id = store(east(), SubjectType.PROPOSAL, owner, "扫描件.pdf", AttachmentCheckTests.PNG);
        var info = attachments.list(east(), SubjectType.PROPOSAL, owner);
        assertThat(info).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(id);
            assertThat(a.filename()).isEqualTo("扫描件.pdf");
            assertThat(a.contentType()).isEqualTo("image/png");
            assertThat(a.sizeBytes()).isEqualTo(AttachmentCheckTests.PNG.length);
        });
        var file = attachments.content(east(), SubjectType.PROPOSAL, owner, id).orElseThrow();
        assertThat(file.content()).isEqualTo(AttachmentCheckTests.PNG);
        assertThat(file.contentType()).isEqualTo("image/png");
        assertThat(jdbc.sql("select uploaded_by from attachment where id = ?").param(id).query(String.class).single())
                .isEqualTo("dc_staff");
    }

    @Test
    void filesAreListedInTheOrderTheyCame() {
        store(east(), SubjectType.PROPOSAL, owner, "一.pdf", AttachmentCheckTests.PDF);
        store(east(), SubjectType.PROPOSAL, owner, "二.jpg", AttachmentCheckTests.JPEG);
        assertThat(attachments.list(east(), SubjectType.PROPOSAL, owner)).extracting(AttachmentInfo::filename)
                .containsExactly("一.pdf", "二.jpg");
    }

    @Test
    void anotherCommitteeCannotListOrReadTheFile() {
        long id = store(east(), SubjectType.PROPOSAL, owner, "内部.pdf", AttachmentCheckTests.PDF);
        assertThat(attachments.list(west(), SubjectType.PROPOSAL, owner)).isEmpty();
        assertThat(attachments.content(west(), SubjectType.PROPOSAL, owner, id)).isEmpty();
        assertThat(attachments.info(west(), id)).isEmpty();
        assertThat(attachments.info(east(), id)).isPresent();
    }

    @Test
    void anotherOwnerCannotReadTheFile() {
        long id = store(east(), SubjectType.PROPOSAL, owner, "内部.pdf", AttachmentCheckTests.PDF);
        assertThat(attachments.content(east(), SubjectType.PROPOSAL, owner + 1, id)).isEmpty();
        assertThat(attachments.content(east(), SubjectType.MICRO_SUGGESTION, owner, id)).isEmpty();
        assertThat(attachments.list(east(), SubjectType.MICRO_SUGGESTION, owner)).isEmpty();
    }

    @Test
    void aRefusedFileIsNotStored() {
        assertThatThrownBy(() -> store(east(), SubjectType.PROPOSAL, owner, "病毒.docx", AttachmentCheckTests.EXE))
                .isInstanceOf(BusinessException.class).hasMessageContaining("类型不支持");
        assertThat(attachments.list(east(), SubjectType.PROPOSAL, owner)).isEmpty();
    }

    @Test
    void aFileIsStoredOnlyInsideTheOwnersTransaction() {
        assertThatThrownBy(() -> attachments.store(east(), SubjectType.PROPOSAL, owner, new Upload("a.pdf", AttachmentCheckTests.PDF)))
                .isInstanceOf(IllegalTransactionStateException.class);
        tx.executeWithoutResult(s -> {
            attachments.store(east(), SubjectType.PROPOSAL, owner, new Upload("a.pdf", AttachmentCheckTests.PDF));
            s.setRollbackOnly();
        });
        assertThat(attachments.list(east(), SubjectType.PROPOSAL, owner)).isEmpty();
    }

    @Test
    void pathCharactersInTheNameAreReplaced() {
        store(east(), SubjectType.PROPOSAL, owner, "..\\..\\etc/passwd:x.pdf", AttachmentCheckTests.PDF);
        assertThat(attachments.list(east(), SubjectType.PROPOSAL, owner).getFirst().filename()).isEqualTo(".._.._etc_passwd_x.pdf");
    }

    @Test
    void aVeryLongNameKeepsItsEnding() {
        String name = "长".repeat(300) + ".pdf";
        store(east(), SubjectType.PROPOSAL, owner, name, AttachmentCheckTests.PDF);
        String stored = attachments.list(east(), SubjectType.PROPOSAL, owner).getFirst().filename();
        assertThat(stored).hasSize(200).endsWith("长.pdf");
    }
}
