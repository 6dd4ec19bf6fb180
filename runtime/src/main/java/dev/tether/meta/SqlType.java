package dev.tether.meta;

/** The storable kinds of value; each dialect maps them to column types and JDBC calls. */
public enum SqlType {
  STRING,
  INT,
  LONG,
  SHORT,
  DOUBLE,
  FLOAT,
  BOOLEAN,
  DECIMAL,
  /** {@link java.time.LocalDate}. */
  DATE,
  /** {@link java.time.LocalDateTime}. */
  DATETIME,
  /** {@link java.time.Instant}. */
  INSTANT,
  UUID,
  BYTES,
  /** An enum, stored as its constant's name. */
  ENUM,
  /** {@link java.time.LocalTime}: Django's {@code TimeField}, microseconds. */
  TIME,
  /**
   * {@link java.time.OffsetDateTime}: Django's {@code DateTimeField} with {@code USE_TZ}, stored as
   * the UTC instant (as {@link #INSTANT}) and read back at offset {@code +00:00}.
   */
  OFFSET_DATETIME,
  /**
   * {@link java.time.Duration}: Django's {@code DurationField}, PostgreSQL's {@code interval},
   * elsewhere a {@code bigint} of microseconds.
   */
  DURATION,
  /**
   * JSON text: Django's {@code JSONField}, PostgreSQL's {@code jsonb}, MariaDB's {@code longtext},
   * SQLite's {@code text} read with its JSON functions.
   */
  JSON;

  /** Whether values of this type take part in {@code <}/{@code >} comparisons as numbers. */
  public boolean isNumeric() {
    return this == INT || this == LONG || this == SHORT || this == DOUBLE || this == FLOAT || this == DECIMAL;
  }

  /** Whether the database assigns this type of key when it is left unset. */
  public boolean isAutoKey() {
    return this == INT || this == LONG;
  }
}
