package dev.tether.it.expressions;

import dev.tether.Field;
import dev.tether.ForeignKey;
import dev.tether.Model;
import dev.tether.OnDelete;

/** Django's {@code expressions.Company}. */
@Model(table = "expressions_company")
public class Company extends CompanyModel {
  @Field(maxLength = 100) String name;
  int numEmployees;
  int numChairs;
  @ForeignKey(onDelete = OnDelete.CASCADE, relatedName = "companyCeoSet") Employee ceo;
  @ForeignKey(onDelete = OnDelete.SET_NULL, nullable = true, relatedName = "companyPointOfContactSet")
  Employee pointOfContact;
  boolean basedInEu;

  @Override
  public String toString() {
    return name;
  }
}
