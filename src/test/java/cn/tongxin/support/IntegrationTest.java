package cn.tongxin.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * One application context for all integration tests, on the embedded PostgreSQL (a fresh cluster per test run)
 * with the demo data loaded: 示例市政协 and its two county committees. E-mail and SMS go to servers in the test
 * process ({@link TestMessaging}). MockMvc requests keep the container's session ({@link ContainerSessionsForMockMvc});
 * real HTTP requests use the sessions stored in the database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestMessaging.class)
@Import(ContainerSessionsForMockMvc.class)
public @interface IntegrationTest {
}
