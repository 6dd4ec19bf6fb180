package dev.tether.spring.boot.example;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small Boot application on Tether: the starter gives it a migrated default {@code Database}
 * over {@code spring.datasource.*}, which its {@code @Transactional} services use.
 */
@SpringBootApplication
public class ExampleApplication {
  public static void main(String[] args) {
    SpringApplication.run(ExampleApplication.class, args);
  }
}
