package dev.tether.mm.app;

import dev.tether.Field;
import dev.tether.ManyToMany;
import dev.tether.Model;
import dev.tether.OnDelete;
import dev.tether.OneToOne;
import dev.tether.mm.core.Reporter;
import java.util.List;

/** A reporter's profile in module {@code app}: a one-to-one and a many-to-many into {@code core}. */
@Model
public class Profile extends ProfileModel {
  @Field(maxLength = 200) public String bio;
  @OneToOne(onDelete = OnDelete.CASCADE) public Reporter reporter;
  @ManyToMany(relatedName = "followers") public List<Reporter> follows;
}
