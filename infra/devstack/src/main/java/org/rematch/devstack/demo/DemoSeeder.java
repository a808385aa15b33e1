package org.rematch.devstack.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rematch.devstack.PlatformException;
import org.rematch.population.Login;
import org.rematch.population.Population;
import org.rematch.population.SyntheticForum;
import org.rematch.population.SyntheticMentee;
import org.rematch.population.SyntheticMentor;

/**
 * Seeds a synthetic population through the gateway's public HTTP API, as people would: the admin creates the
 * moderator; the moderator creates the forums; mentors register and list; mentees register and post their paths.
 * Registration and sign-in hash passwords (bcrypt), so people are seeded in parallel.
 *
 * <p>Safe to run again on the same platform (a run that stopped half way resumes): an e-mail already registered, a
 * listing or path already posted (409) count as done, and a forum whose name exists is not created again.
 */
public final class DemoSeeder {

    public static final int DEFAULT_PARALLELISM = 6;
    private static final Set<Integer> CREATED_OR_EXISTS = Set.of(200, 201, 409);

    private final String gatewayUrl;
    private final String adminEmail;
    private final String adminPassword;
    private final PrintStream out;
    private final int parallelism;

    public DemoSeeder(String gatewayUrl, String adminEmail, String adminPassword, PrintStream out, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1");
        }
        this.gatewayUrl = gatewayUrl;
        this.adminEmail = adminEmail;
        this.adminPassword = adminPassword;
        this.out = out;
        this.parallelism = parallelism;
    }

    /** Seeds everything and returns the logins to hand out. */
    public DemoLogins seed(Population population) {
        long start = System.nanoTime();
        try (GatewayClient gateway = new GatewayClient(gatewayUrl);
             ExecutorService pool = Executors.newFixedThreadPool(parallelism)) {
            String admin = gateway.token(adminEmail, adminPassword);
            expect(gateway.post("/api/accounts/moderators", admin, ApiBodies.moderator(population.moderator())),
                    "create the moderator " + population.moderator().email());
            String moderator = gateway.token(population.moderator().email(), population.moderator().password());

            GatewayClient.Response forums = gateway.get("/api/forums", moderator);
            expect(forums, "list the forums");
            Set<String> existing = gateway.read(forums).valueStream()
                    .map(forum -> forum.path("name").asString())
                    .collect(Collectors.toSet());
            List<SyntheticForum> missing = population.forums().stream()
                    .filter(forum -> !existing.contains(forum.name()))
                    .toList();
            phase(pool, "forums", missing, forum -> () -> {
                expect(gateway.post("/api/forums", moderator, ApiBodies.forum(forum)), "create forum " + forum.name());
                return null;
            });
            phase(pool, "mentors", population.mentors(), mentor -> () -> {
                String token = register(gateway, mentor.login(), "MENTOR");
                expect(gateway.post("/api/mentors", token, ApiBodies.listing(mentor)), "list " + mentor.login().email());
                return null;
            });
            phase(pool, "mentees", population.mentees(), mentee -> () -> {
                String token = register(gateway, mentee.login(), "MENTEE");
                expect(gateway.post("/api/mentees", token, ApiBodies.path(mentee)), "post the path of " + mentee.login().email());
                return null;
            });
        }
        out.printf("      demo data seeded in %.1f s%n", (System.nanoTime() - start) / 1e9);
        return logins(population);
    }

    private String register(GatewayClient gateway, Login login, String role) {
        expect(gateway.post("/api/auth/register", null, ApiBodies.registration(login, role)), "register " + login.email());
        return gateway.token(login.email(), login.password());
    }

    private <T> void phase(ExecutorService pool, String what, List<T> items, Function<T, Callable<Void>> task) {
        long start = System.nanoTime();
        List<Future<Void>> futures = new ArrayList<>();
        items.forEach(item -> futures.add(pool.submit(task.apply(item))));
        List<String> failures = new ArrayList<>();
        for (Future<Void> future : futures) {
            try {
                future.get();
            } catch (ExecutionException e) {
                failures.add(e.getCause().getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PlatformException("interrupted while seeding demo " + what);
            }
        }
        if (!failures.isEmpty()) {
            throw new PlatformException("Demo seeding: " + failures.size() + " of " + items.size() + " " + what
                    + " failed, e.g. " + failures.getFirst());
        }
        out.printf("      %4d %-8s in %5.1f s%n", items.size(), what, (System.nanoTime() - start) / 1e9);
    }

    private static void expect(GatewayClient.Response response, String what) {
        if (!CREATED_OR_EXISTS.contains(response.status())) {
            throw new PlatformException("Demo seeding: could not " + what + ": " + response.status() + " " + response.body());
        }
    }

    /**
     * The logins to show: the mentee on the most common path who has an accepting mentor on the same path (specialty
     * and country if possible), that mentor, and the moderator.
     */
    public static DemoLogins logins(Population population) {
        if (population.mentees().isEmpty() || population.mentors().isEmpty()) {
            throw new IllegalArgumentException("demo logins need at least one mentee and one mentor");
        }
        SyntheticMentee bestMentee = population.mentees().getFirst();
        SyntheticMentor bestMentor = population.mentors().getFirst();
        int bestOverlap = -1;
        for (SyntheticMentee mentee : population.mentees()) {
            for (SyntheticMentor mentor : population.mentors()) {
                if (!mentor.accepting()) {
                    continue; // a paused mentor gets no proposals: show one who does
                }
                int overlap = overlap(mentee, mentor);
                if (overlap > bestOverlap) {
                    bestOverlap = overlap;
                    bestMentee = mentee;
                    bestMentor = mentor;
                }
            }
        }
        return new DemoLogins(bestMentee.login(), bestMentor.login(), population.moderator());
    }

    /** 2 for the same specialty, 1 for the same school country (matching proposes only when one of them is shared). */
    static int overlap(SyntheticMentee mentee, SyntheticMentor mentor) {
        return (mentee.targetSpecialty() == mentor.matchedSpecialty() ? 2 : 0)
                + (mentee.medicalSchoolCountry().equals(mentor.medicalSchoolCountry()) ? 1 : 0);
    }
}
