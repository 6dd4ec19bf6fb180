package dev.tether.spring.boot;

import dev.tether.Database;
import dev.tether.spring.TetherSpring;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * A {@link Database} over the application's {@code DataSource} that joins Spring transactions
 * ({@link TetherSpring}), installed as the default database (what {@code Article.objects} uses)
 * and migrated on startup unless {@code tether.migrate-on-startup=false}. Beans that use the
 * database through {@code JdbcTemplate}, or are marked {@code @DependsOnDatabaseInitialization},
 * are created after the migration, as with Flyway; so is every bean that injects the
 * {@code Database}. An application that declares its own {@code Database} bean keeps it.
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class})
@ConditionalOnClass(Database.class)
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(TetherProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public class TetherAutoConfiguration {
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public Database tetherDatabase(DataSource dataSource, TetherProperties properties,
      ObjectProvider<LoggingSystem> logging) {
    if (properties.isSqlLogging()) {
      logging.ifAvailable(l -> l.setLogLevel("dev.tether.sql", LogLevel.DEBUG));
    }
    Database db = TetherSpring.database(dataSource);
    db.strictLoading(properties.isStrictLoading());
    db.slowQueryThreshold(properties.getSlowQueryThreshold());
    if (properties.isMigrateOnStartup()) {
      db.migrate();
    }
    Database.setDefault(db);
    return db;
  }
}
