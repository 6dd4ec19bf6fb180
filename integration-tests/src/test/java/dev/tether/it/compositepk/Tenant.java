package dev.tether.it.compositepk;

import dev.tether.Field;
import dev.tether.Model;

/** Django's {@code composite_pk.Tenant}. */
@Model(table = "cpk_tenant")
public class Tenant extends TenantModel {
  @Field(maxLength = 10) String name = "";
}
