package dev.tether.it.compositepk;

import dev.tether.ForeignKey;
import dev.tether.Model;
import dev.tether.OnDelete;
import java.util.UUID;

/** Django's {@code composite_pk.Post}: {@code pk = CompositePrimaryKey("tenant_id", "uuid")}. */
@Model(table = "cpk_post", primaryKey = {"tenant", "uuid"})
public class Post extends PostModel {
  @ForeignKey(onDelete = OnDelete.CASCADE) Tenant tenant;
  UUID uuid;
}
