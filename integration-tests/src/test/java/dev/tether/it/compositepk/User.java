package dev.tether.it.compositepk;

import dev.tether.Field;
import dev.tether.ForeignKey;
import dev.tether.Model;
import dev.tether.OnDelete;

/** Django's {@code composite_pk.User}: {@code pk = CompositePrimaryKey("tenant_id", "id")}. */
@Model(table = "cpk_user", primaryKey = {"tenant", "id"})
public class User extends UserModel {
  @ForeignKey(onDelete = OnDelete.CASCADE) Tenant tenant;
  @Field(unique = true) int id;
  @Field(maxLength = 100) String email = "";

  @Override
  public String toString() {
    return "User " + pk();
  }
}
