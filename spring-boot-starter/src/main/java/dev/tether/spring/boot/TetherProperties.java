package dev.tether.spring.boot;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The {@code tether.*} properties of {@link TetherAutoConfiguration}. */
@ConfigurationProperties("tether")
public class TetherProperties {
  /**
   * Whether to bring the schema up to date when the application starts ({@code db.migrate()}:
   * the migrations under {@code db/migration} on the class path, or the missing tables when there
   * are none), before the beans that use the database are created.
   */
  private boolean migrateOnStartup = true;

  /** Whether lazy relation loads throw {@code LazyLoadException} ({@code db.strictLoading(true)}). */
  private boolean strictLoading;

  /**
   * Whether to log every statement with its parameters and time: the logger {@code dev.tether.sql}
   * at DEBUG (the same as {@code logging.level.dev.tether.sql=debug}).
   */
  private boolean sqlLogging;

  /** Statements taking at least this long are logged at WARN on {@code dev.tether.sql.slow}; unset: none. */
  private Duration slowQueryThreshold;

  public boolean isMigrateOnStartup() {
    return migrateOnStartup;
  }

  public void setMigrateOnStartup(boolean migrateOnStartup) {
    this.migrateOnStartup = migrateOnStartup;
  }

  public boolean isStrictLoading() {
    return strictLoading;
  }

  public void setStrictLoading(boolean strictLoading) {
    this.strictLoading = strictLoading;
  }

  public boolean isSqlLogging() {
    return sqlLogging;
  }

  public void setSqlLogging(boolean sqlLogging) {
    this.sqlLogging = sqlLogging;
  }

  public Duration getSlowQueryThreshold() {
    return slowQueryThreshold;
  }

  public void setSlowQueryThreshold(Duration slowQueryThreshold) {
    this.slowQueryThreshold = slowQueryThreshold;
  }
}
