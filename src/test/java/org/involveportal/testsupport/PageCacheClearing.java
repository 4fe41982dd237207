package org.involveportal.testsupport;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A connection to the portal's database that clears the portal's page cache when it is closed after a
 * write. The portal clears it on every commit it makes; a test writing by SQL goes round it, and other
 * tests' pages would be stale without this.
 */
final class PageCacheClearing {

    private static final Set<String> EXECUTING = Set.of("execute", "executeUpdate", "executeLargeUpdate", "executeBatch",
            "executeLargeBatch", "addBatch");

    private PageCacheClearing() {
    }

    static Connection wrap(Connection connection, Runnable clearPageCache) {
        var wrote = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(PageCacheClearing.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> {
                    boolean closing = "close".equals(method.getName());
                    Object result = invoke(connection, method, arguments);
                    if (result instanceof PreparedStatement prepared) {
                        String sql = arguments != null && arguments.length > 0 && arguments[0] instanceof String s ? s : "";
                        return statement(prepared, PreparedStatement.class, isWrite(sql) ? wrote : null);
                    }
                    if (result instanceof Statement statement) {
                        return statement(statement, Statement.class, wrote);
                    }
                    if (closing && wrote.getAndSet(false)) {
                        clearPageCache.run();
                    }
                    return result;
                });
    }

    /** A statement that notes writes: every execution of a prepared write, and any SQL but a query on a plain one. */
    private static Object statement(Statement statement, Class<? extends Statement> type, AtomicBoolean wrote) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            if (wrote != null && EXECUTING.contains(method.getName())) {
                boolean plainQuery = arguments != null && arguments.length > 0 && arguments[0] instanceof String sql && !isWrite(sql);
                if (!plainQuery) {
                    wrote.set(true);
                }
            }
            return invoke(statement, method, arguments);
        };
        return Proxy.newProxyInstance(PageCacheClearing.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static boolean isWrite(String sql) {
        String start = sql.stripLeading().toLowerCase(Locale.ROOT);
        return !(start.startsWith("select") || start.startsWith("show") || start.startsWith("explain"));
    }

    private static Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
