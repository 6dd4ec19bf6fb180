package dev.tether;

/**
 * What {@code getOrCreate} and {@code updateOrCreate} return: the object, and whether this call
 * created it. Django's {@code (obj, created)} tuple.
 * <pre>{@code
 * Created<Person> r = Person.objects.getOrCreate(Person_.firstName.eq("John"),
 *     p -> { p.firstName = "John"; p.lastName = "Lennon"; });
 * if (r.created()) { ... }
 * Person john = r.object();
 * }</pre>
 *
 * @param object the object found or created
 * @param created true when this call inserted it
 * @param <T> the model
 */
public record Created<T>(T object, boolean created) {}
