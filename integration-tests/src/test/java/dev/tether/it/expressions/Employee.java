package dev.tether.it.expressions;

import dev.tether.Field;
import dev.tether.Model;

/** Django's {@code expressions.Employee}. */
@Model(table = "expressions_employee")
public class Employee extends EmployeeModel {
  @Field(maxLength = 50) String firstname;
  @Field(maxLength = 50) String lastname;
  @Field(nullable = true) Integer salary;

  @Override
  public String toString() {
    return firstname + " " + lastname;
  }
}
