package dev.tether.internal.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.tether.internal.dialect.Dialect;
import java.util.Map;

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
    for (Map.Entry<String, String> p : d.connectProperties().entrySet()) {
      if (!url.contains(p.getKey() + "=")) {
        config.addDataSourceProperty(p.getKey(), p.getValue());
      }
    }
    // connect once now, so a wrong URL or credentials fail here (1 ms: a single attempt)
    config.setInitializationFailTimeout(1);
    try {
      HikariDataSource pool = new HikariDataSource(config);
      return new DataSourceSource(pool, null, pool, c -> {
        pool.evictConnection(c);
        var bean = pool.getHikariPoolMXBean();
        if (bean != null) {
          bean.softEvictConnections(); // a restart killed them too: the next borrow opens a fresh one
        }
      });
    } catch (RuntimeException e) {
      throw Sources.failure(url, e);
    }
  }
}
