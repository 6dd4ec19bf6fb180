package dev.tether.processor.model;

/**
 * The storable Java types and how generated code handles each: the runtime's {@code SqlType}, the
 * {@code RowReader}/{@code RowWriter} methods and the lookup column class.
 */
public enum ScalarType {
  STRING("STRING", "getString", "setString", "StringColumn"),
  INT("INT", "getInt", "setInt", "NumberColumn"),
  LONG("LONG", "getLong", "setLong", "NumberColumn"),
  SHORT("SHORT", "getShort", "setShort", "NumberColumn"),
  DOUBLE("DOUBLE", "getDouble", "setDouble", "NumberColumn"),
  FLOAT("FLOAT", "getFloat", "setFloat", "NumberColumn"),
  BOOLEAN("BOOLEAN", "getBoolean", "setBoolean", "Column"),
  DECIMAL("DECIMAL", "getBigDecimal", "setBigDecimal", "NumberColumn"),
  DATE("DATE", "getLocalDate", "setLocalDate", "DateColumn"),
  DATETIME("DATETIME", "getLocalDateTime", "setLocalDateTime", "DateColumn"),
  INSTANT("INSTANT", "getInstant", "setInstant", "DateColumn"),
  UUID("UUID", "getUuid", "setUuid", "Column"),
  BYTES("BYTES", "getBytes", "setBytes", "Column"),
  ENUM("ENUM", "getEnum", "setEnum", "Column"),
  TIME("TIME", "getLocalTime", "setLocalTime", "TimeColumn"),
  OFFSET_DATETIME("OFFSET_DATETIME", "getOffsetDateTime", "setOffsetDateTime", "DateColumn"),
  DURATION("DURATION", "getDuration", "setDuration", "ComparableColumn"),
  JSON("JSON", "getJson", "setJson", "JsonColumn");

  public final String sqlType;
  public final String reader;
  public final String writer;
  public final String columnClass;

  ScalarType(String sqlType, String reader, String writer, String columnClass) {
    this.sqlType = sqlType;
    this.reader = reader;
    this.writer = writer;
    this.columnClass = columnClass;
  }

  /** Whether the reader has a primitive {@code get...Value()} for this type. */
  public boolean numericOrBoolean() {
    return this == INT || this == LONG || this == SHORT || this == DOUBLE || this == FLOAT || this == BOOLEAN;
  }

  /** Whether the database can assign keys of this type. */
  public boolean autoKey() {
    return this == INT || this == LONG;
  }

  /** The types Tether stores, for error messages. */
  public static final String SUPPORTED = "String, int, long, short, double, float, boolean (and their"
      + " boxes), BigDecimal, LocalDate, LocalDateTime, LocalTime, Instant, OffsetDateTime, Duration, UUID, byte[],"
      + " enums, @Json fields and @Convert fields";

  /** Whether lookups on the type compare by order ({@code gt}, {@code between}, ...). */
  public boolean ordered() {
    return this != BOOLEAN && this != UUID && this != BYTES && this != ENUM && this != JSON;
  }
}
