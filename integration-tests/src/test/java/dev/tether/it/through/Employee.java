package dev.tether.it.through;

import dev.tether.Field;
import dev.tether.ManyToMany;
import dev.tether.Model;
import java.util.List;

/** Django's {@code m2m_through.Employee}: a self-relation through {@code Relationship(source, target)}. */
@Model(table = "m2m_through_employee", ordering = {"id"})
public class Employee extends EmployeeModel {
  @Field(maxLength = 5) String name;
  @ManyToMany(through = Relationship.class, throughFields = {"source", "target"}) List<Employee> subordinates;

  @Override
  public String toString() {
    return name;
  }
}
