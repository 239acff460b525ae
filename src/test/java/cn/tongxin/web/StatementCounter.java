package cn.tongxin.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Tests only: counts the SQL statements the current thread prepares while {@link #count} runs (a page request in
 * MockMvc runs on the test's thread). Registered in every test context by component scanning; it counts nothing
 * unless asked. Left out where throughput is measured ({@code tongxin.test.count-statements=false}): every JDBC call
 * through its proxy costs a reflective call.
 */
@Component
@ConditionalOnProperty(name = "tongxin.test.count-statements", havingValue = "true", matchIfMissing = true)
public class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<List<String>> STATEMENTS = new ThreadLocal<>();

    /** The statements {@code work} prepared on this thread. */
    public static List<String> count(Callable<?> work) throws Exception {
        List<String> statements = new ArrayList<>();
        STATEMENTS.set(statements);
        try {
            work.call();
        } finally {
            STATEMENTS.remove();
        }
        return statements;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof Counting)) {
            return new Counting(dataSource);
        }
        return bean;
    }

    static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counted(super.getConnection(username, password));
        }

        private static Connection counted(Connection connection) {
            return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        List<String> statements = STATEMENTS.get();
                        if (statements != null && (method.getName().equals("prepareStatement")
                                || method.getName().equals("prepareCall") || method.getName().equals("createStatement"))) {
                            statements.add(args != null && args.length > 0 && args[0] instanceof String sql
                                    ? sql.strip().replaceAll("\\s+", " ") : "(statement)");
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
