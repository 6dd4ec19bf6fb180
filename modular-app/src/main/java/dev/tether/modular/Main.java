package dev.tether.modular;

import dev.tether.Database;
import dev.tether.modular.models.Article;
import dev.tether.modular.models.Article_;
import dev.tether.modular.models.Reporter;
import dev.tether.modular.models.Reporter_;

/**
 * Migrates a database (tables made from the registry the module provides), then fills it in from
 * this package, where the models' package-private fields are out of reach: through the generated
 * accessors. Prints one line that {@code ModularAppTest} checks.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.out.println(run(args.length > 0 ? args[0] : "jdbc:sqlite::memory:"));
    }

    /** Runs the scenario on {@code url}; returns what it found. */
    public static String run(String url) {
        try (Database db = Database.open(url)) {
            db.migrate();
            Database.setDefault(db);
            Reporter ann = new Reporter();
            ann.setName("Ann");
            ann.setActive(true);
            ann.save();
            Reporter bob = Reporter.objects.create(r -> r.setName("Bob"));
            Article a = new Article();
            a.setHeadline("Modules");
            a.setReporter(ann);
            a.save();
            a.readers().add(ann, bob);
            long byAnn = Article.objects.filter(Article_.reporter().name.eq("Ann")).count();
            String readers = String.join(",", a.readers().list().stream().map(Reporter::getName).toList());
            long read = bob.read().count();
            long deleted = ann.delete().total();
            return "byAnn=" + byAnn + " readers=" + readers + " read=" + read + " active="
                + Reporter.objects.get(Reporter_.name.eq("Bob")).isActive() + " deleted=" + deleted
                + " articles=" + Article.objects.count();
        }
    }
}
