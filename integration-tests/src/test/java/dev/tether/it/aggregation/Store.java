package dev.tether.it.aggregation;

import dev.tether.Field;
import dev.tether.ManyToMany;
import dev.tether.Model;
import java.time.LocalDateTime;
import java.util.List;

/** Django's {@code aggregation.Store} (without {@code friday_night_closing}: Tether has no time-of-day type). */
@Model(table = "aggregation_store")
public class Store extends StoreModel {
  @Field(maxLength = 255) String name;
  @ManyToMany List<Book> books;
  LocalDateTime originalOpening;

  @Override
  public String toString() {
    return name;
  }
}
