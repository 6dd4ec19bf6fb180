package dev.tether.internal.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.tether.TetherException;
import dev.tether.internal.dialect.Dialect;

/**
 * The HikariCP pool of a server database opened by URL. The only class that names HikariCP, an
 * optional dependency: an application on SQLite alone loads none of it (nor SLF4J, which it logs
 * through).
 */
final class ServerPools {
  private ServerPools() {}

  static ConnectionSource open(Dialect d, String url, String user, String password, int poolSize) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(poolSize);
    config.setPoolName("tether");
    config.setConnectionInitSql(d.sessionInitSql());
    config.setInitializationFailTimeout(-1);
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new TetherException("could not open " + url + ": " + e.getMessage(), e);
    }
    return new DataSourceSource(pool, null, pool);
  }
}
