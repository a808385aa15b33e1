package org.rematch.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rematch.devstack.demo.ApiBodies;
import org.rematch.population.PopulationGenerator;
import org.rematch.population.SyntheticMentee;

/**
 * A load run, not a test of correctness: how long, through the gateway and the whole event chain, from a mentee
 * posting their path until their proposal exists, when many register at once (a small Match Monday).
 * Not run by {@code ./mvnw verify}; run it with
 * {@code ./mvnw -B verify -pl infra/system-tests -Dit.test=RegistrationLoadRun -Drematch.load.mentees=200}.
 * It prints the figures docs/performance.md records. The mentees' paths come from the synthetic population
 * (infra/population, seed {@code -Drematch.load.seed}, default 2026), so they spread like real applicants'.
 */
@ExtendWith(SystemUnderTest.class)
class RegistrationLoadRun {

    /** Per directory rules a listing takes at most this many mentees. */
    private static final int MAX_CAPACITY = 10;

    @Test
    void menteesRegisteringAtOnceAreProposedAMentor() throws Exception {
        int mentees = Integer.getInteger("rematch.load.mentees", 100);
        int clients = Integer.getInteger("rematch.load.clients", 8);
        Http api = SystemUnderTest.gateway();
        // realistic paths (issue 4's distributions), the same for every run with the same seed
        PopulationGenerator generator = new PopulationGenerator(Long.getLong("rematch.load.seed", 2026L),
                Year.now(ZoneOffset.UTC).getValue());
        List<SyntheticMentee> paths = IntStream.range(0, mentees).mapToObj(generator::mentee).toList();
        List<Person> mentors = listMentors(api, paths);
        List<Person> people = registerAccounts(mentees, clients);
        List<LiveStreamReader> streams = mentors.stream().map(mentor -> LiveStreamReader.open(mentor, null)).toList();
        // a stream opened without a position starts at the mentor's latest item: every stream must be open before posting
        await().atMost(Duration.ofMinutes(1)).until(() -> streams.stream().allMatch(stream -> Integer.valueOf(200).equals(stream.status())));

        Map<Person, Instant> postedAt = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> posts = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                Person mentee = people.get(i);
                Map<String, Object> path = ApiBodies.path(paths.get(i));
                posts.add(pool.submit(() -> {
                    var response = api.post("/api/mentees", mentee.token(), path);
                    assertThat(response.status()).as(response.toString()).isEqualTo(201);
                    postedAt.put(mentee, Instant.now());
                }));
            }
            for (Future<?> post : posts) {
                post.get();
            }
        }
        long allPosted = System.nanoTime();

        List<Double> scores = Collections.synchronizedList(new ArrayList<>());
        List<Long> latenciesMillis = awaitProposals(api, postedAt, Duration.ofMinutes(5), scores);
        long allProposed = System.nanoTime();

        assertThat(latenciesMillis).as("mentees proposed a mentor").hasSize(mentees);
        Collections.sort(latenciesMillis);
        System.out.printf("%n>>> Load run: %d mentees posted their path through the gateway with %d clients%n", mentees, clients);
        System.out.printf(">>>   posting took %.1f s (%.1f paths/s)%n", seconds(allPosted - start), mentees / seconds(allPosted - start));
        System.out.printf(">>>   path posted -> proposal made: p50 %d ms, p95 %d ms, max %d ms%n",
                percentile(latenciesMillis, 50), percentile(latenciesMillis, 95), latenciesMillis.getLast());
        System.out.printf(">>>   all %d proposed %.1f s after the first post%n", latenciesMillis.size(), seconds(allProposed - start));
        System.out.printf(">>>   mean same-path score of the proposals %.3f%n", scores.stream().mapToDouble(Double::doubleValue).average().orElse(0));
        List<LiveStreamReader.Arrival> pushed = awaitLivePushes(streams, mentees, Duration.ofMinutes(1));
        List<Long> stored = millis(pushed, arrival -> Duration.between(arrival.createdAt(), arrival.storedAt()));
        List<Long> streamed = millis(pushed, arrival -> Duration.between(arrival.storedAt(), arrival.at()));
        List<Long> total = millis(pushed, arrival -> Duration.between(arrival.createdAt(), arrival.at()));
        System.out.printf(">>>   proposal made -> in the mentor's inbox: p50 %d ms, p95 %d ms, max %d ms%n",
                percentile(stored, 50), percentile(stored, 95), stored.getLast());
        System.out.printf(">>>   in the inbox -> on the mentor's open live stream: p50 %d ms, p95 %d ms, max %d ms%n",
                percentile(streamed, 50), percentile(streamed, 95), streamed.getLast());
        System.out.printf(">>>   proposal made -> on the live stream (%d of %d): p50 %d ms, p95 %d ms, max %d ms%n%n",
                pushed.size(), mentees, percentile(total, 50), percentile(total, 95), total.getLast());
        streams.forEach(LiveStreamReader::close);
    }

    /** Waits until the mentors' open streams carried every proposal; returns what arrived. */
    private static List<LiveStreamReader.Arrival> awaitLivePushes(List<LiveStreamReader> streams, int expected, Duration limit) {
        return await().atMost(limit).pollInterval(Duration.ofMillis(200))
                .until(() -> streams.stream().flatMap(stream -> stream.notifications().stream())
                        .filter(arrival -> arrival.type().equals("PAIRING_PROPOSED")).toList(), seen -> seen.size() >= expected);
    }

    /** Each arrival's span in milliseconds, sorted (clocks of this one machine: the platform runs here). */
    private static List<Long> millis(List<LiveStreamReader.Arrival> arrivals, Function<LiveStreamReader.Arrival, Duration> span) {
        return arrivals.stream().map(span).map(Duration::toMillis).sorted().toList();
    }

    /** For every specialty and country pair the mentees are on, enough mentors to take all of them; returns them. */
    private static List<Person> listMentors(Http api, List<SyntheticMentee> paths) {
        List<Person> mentors = new ArrayList<>();
        Map<String, Long> menteesPerPath = paths.stream().collect(Collectors.groupingBy(
                m -> m.targetSpecialties().getFirst().name() + " " + m.medicalSchoolCountry(), TreeMap::new, Collectors.counting()));
        menteesPerPath.forEach((path, count) -> {
            String[] specialtyAndCountry = path.split(" ");
            int capacity = (int) Math.min(MAX_CAPACITY, count + 1);
            for (int n = 0; n * MAX_CAPACITY < count; n++) {
                Person mentor = Person.register("MENTOR", "Dr " + path + " " + n);
                var response = api.post("/api/mentors", mentor.token(),
                        Steps.listing(specialtyAndCountry[0], specialtyAndCountry[1], 1, capacity));
                assertThat(response.status()).as(response.toString()).isEqualTo(201);
                mentors.add(mentor);
            }
        });
        return mentors;
    }

    private static List<Person> registerAccounts(int mentees, int clients) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<Person>> accounts = new ArrayList<>();
            for (int i = 0; i < mentees; i++) {
                int n = i;
                accounts.add(pool.submit(() -> Person.register("MENTEE", "Load Mentee " + n)));
            }
            List<Person> people = new ArrayList<>();
            for (Future<Person> account : accounts) {
                people.add(account.get());
            }
            return people;
        }
    }

    /**
     * Polls each waiting mentee's pairings until one exists. The latency is the pairing's proposedAt (stamped by
     * matching) minus the moment the POST returned, both from this machine's clock, so polling speed does not count.
     * Each proposal's score, as the mentee sees it, goes into {@code scores}.
     */
    private static List<Long> awaitProposals(Http api, Map<Person, Instant> postedAt, Duration limit, List<Double> scores) {
        List<Long> latencies = new ArrayList<>();
        Map<Person, Instant> waiting = new ConcurrentHashMap<>(postedAt);
        long deadline = System.nanoTime() + limit.toNanos();
        while (!waiting.isEmpty() && System.nanoTime() < deadline) {
            for (Person mentee : List.copyOf(waiting.keySet())) {
                var pairings = api.get("/api/pairings", mentee.token());
                if (pairings.status() == 200 && !pairings.json().isEmpty()) {
                    Instant proposedAt = Instant.parse(pairings.json().get(0).get("proposedAt").asString());
                    latencies.add(Duration.between(waiting.remove(mentee), proposedAt).toMillis());
                    scores.add(pairings.json().get(0).get("score").asDouble());
                }
            }
        }
        return latencies;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static long percentile(List<Long> sorted, int percentile) {
        return sorted.get(Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }
}
