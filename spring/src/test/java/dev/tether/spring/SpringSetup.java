package dev.tether.spring;

import dev.tether.Database;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.support.TransactionTemplate;

/** A plain Spring application: a data source (registered by the test), its transaction manager, Tether. */
@Configuration
@EnableTransactionManagement
class SpringSetup {
  @Bean
  DataSourceTransactionManager transactionManager(DataSource dataSource) {
    return new DataSourceTransactionManager(dataSource);
  }

  @Bean
  TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
    return new TransactionTemplate(transactions);
  }

  @Bean
  JdbcTemplate jdbcTemplate(DataSource dataSource) {
    return new JdbcTemplate(dataSource);
  }

  @Bean(destroyMethod = "close")
  Database database(DataSource dataSource) {
    Database db = TetherSpring.database(dataSource);
    Database.setDefault(db);
    return db;
  }

  @Bean
  NoteService noteService() {
    return new NoteService();
  }
}
