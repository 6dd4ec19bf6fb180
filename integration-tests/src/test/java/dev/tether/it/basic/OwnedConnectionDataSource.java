package dev.tether.it.basic;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * What a transaction manager's {@code DataSource} does, without one: every {@code getConnection()}
 * hands out a proxy of one connection the test owns (in whatever commit mode the test left it),
 * and {@code close()} on the proxy gives it back without closing it. The proxy is not the
 * driver's class, so SQLite's functions must be registered through {@code unwrap}.
 */
final class OwnedConnectionDataSource implements DataSource {
  private final Connection target;
  final AtomicInteger borrowed = new AtomicInteger();
  final AtomicInteger returned = new AtomicInteger();

  OwnedConnectionDataSource(Connection target) {
    this.target = target;
  }

  @Override
  public Connection getConnection() {
    borrowed.incrementAndGet();
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          switch (method.getName()) {
            case "close":
              returned.incrementAndGet();
              return null;
            case "isClosed":
              return false;
            default:
              try {
                return method.invoke(target, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
          }
        });
  }

  @Override
  public Connection getConnection(String username, String password) {
    return getConnection();
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
