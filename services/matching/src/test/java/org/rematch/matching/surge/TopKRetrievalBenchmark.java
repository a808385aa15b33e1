package org.rematch.matching.surge;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.rematch.embeddedmongo.EmbeddedMongo;
import org.rematch.matching.scoring.MenteePath;
import org.rematch.matching.scoring.MentorCandidate;
import org.rematch.matching.scoring.MentorScorer;
import org.rematch.matching.scoring.TestWeights;
import org.rematch.population.PopulationGenerator;
import org.rematch.population.SyntheticMentee;
import org.rematch.population.SyntheticMentor;

/**
 * Top-K retrieval for one mentee over many listings: in matching's memory (the scorer's points and a bounded heap, as
 * {@link CandidateGraph} does) against the same query done by the database (an aggregation computing the same score,
 * sorted and limited). The database here is mongo-java-server (in memory), which says nothing about a real MongoDB's
 * speed. Not part of the test run; run it with the command in docs/performance.md.
 */
class TopKRetrievalBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    private final int listings = Integer.getInteger("rematch.topk.listings", 100_000);
    private final int queries = Integer.getInteger("rematch.topk.queries", 100);
    private final int k = Integer.getInteger("rematch.topk.k", 10);

    @Test
    void topKOverManyListings() {
        PopulationGenerator population = new PopulationGenerator(2026, TODAY.getYear());
        List<SyntheticMentor> synthetic = IntStream.range(0, listings).mapToObj(population::mentor).toList();
        List<SyntheticMentee> asking = IntStream.range(0, queries).mapToObj(population::mentee).toList();
        // the database computes the three-part score (specialty, country, cycles) on bare paths; memory does it too, and
        // the full model (every component, every hard rule) besides, to show what the other nine components cost
        List<MentorCandidate> mentors = synthetic.stream().map(SyntheticPaths::bare).toList();
        List<MenteePath> mentees = asking.stream().map(SyntheticPaths::bare).toList();
        CandidateGraph graph = new CandidateGraph(new MentorScorer(TestWeights.THREE_PARTS), k);
        List<MentorCandidate> fullMentors = synthetic.stream().map(SyntheticPaths::candidate).toList();
        List<MenteePath> fullMentees = asking.stream().map(SyntheticPaths::path).toList();
        CandidateGraph fullGraph = new CandidateGraph(new MentorScorer(), k);

        try (EmbeddedMongo mongo = EmbeddedMongo.inMemory(); MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> collection = client.getDatabase("benchmark").getCollection("mentors");
            long loading = System.nanoTime();
            collection.insertMany(mentors.stream().map(TopKRetrievalBenchmark::document).toList());
            collection.createIndex(Indexes.ascending("matchedSpecialty"));
            collection.createIndex(Indexes.ascending("medicalSchoolCountry"));
            System.out.printf("%nTop-%d retrieval over %,d listings, %d queries (loaded into Mongo in %.1f s)%n", k, listings, queries,
                    (System.nanoTime() - loading) / 1e9);

            for (int warmUp = 0; warmUp < 3; warmUp++) {
                inMemory(graph, mentees.get(warmUp), mentors);
                inMongo(collection, mentees.get(warmUp));
            }
            long[] memory = new long[queries];
            long[] database = new long[queries];
            long[] full = new long[queries];
            for (int i = 0; i < queries; i++) {
                long fullStart = System.nanoTime();
                inMemory(fullGraph, fullMentees.get(i), fullMentors);
                full[i] = System.nanoTime() - fullStart;
                MenteePath mentee = mentees.get(i);
                long start = System.nanoTime();
                List<Double> fromMemory = inMemory(graph, mentee, mentors);
                memory[i] = System.nanoTime() - start;
                start = System.nanoTime();
                List<Double> fromMongo = inMongo(collection, mentee);
                database[i] = System.nanoTime() - start;
                assertThat(fromMongo).as("the same scores either way").isEqualTo(fromMemory);
            }
            report("in memory (points + heap)", memory);
            report("Mongo aggregation", database);
            report("in memory, full model", full);
        }
    }

    private List<Double> inMemory(CandidateGraph graph, MenteePath mentee, List<MentorCandidate> mentors) {
        // one mentee's batch: its own K best (the mentor-side edges of a one-mentee batch add nothing beyond K per slot)
        return graph.batch(List.of(mentee), mentors, Map.of(), TODAY).getFirst().candidates().stream()
                .map(Candidate::score).sorted((a, b) -> Double.compare(b, a)).limit(k).toList();
    }

    /** The same rules and score as {@link MentorScorer#points} with three-part weights on bare paths, computed by the database. */
    private List<Double> inMongo(MongoCollection<Document> collection, MenteePath mentee) {
        List<String> targets = mentee.targetSpecialties();
        double[] factors = {1.0, 0.8, 0.6};
        Object specialty = 0; // nested $cond rather than $switch, which mongo-java-server lacks: the last choice innermost
        for (int i = targets.size() - 1; i >= 0; i--) {
            specialty = new Document("$cond", List.of(new Document("$eq", List.of("$matchedSpecialty", targets.get(i))), 0.5 * factors[i],
                    specialty));
        }
        Document country = new Document("$cond", List.of(new Document("$eq", List.of("$medicalSchoolCountry", mentee.medicalSchoolCountry())), 0.25, 0));
        Document difference = new Document("$abs", new Document("$subtract", List.of("$unmatchedCyclesBeforeMatch", mentee.matchAttempts())));
        Document cycles = new Document("$cond", List.of(new Document("$lt", List.of(difference, 3)),
                new Document("$multiply", List.of(0.25, new Document("$subtract", List.of(1, new Document("$divide", List.of(difference, 3)))))), 0));
        List<Document> pipeline = List.of(
                new Document("$match", new Document("accepting", true)
                        .append("$or", List.of(new Document("matchedSpecialty", new Document("$in", targets)),
                                new Document("medicalSchoolCountry", mentee.medicalSchoolCountry())))
                        .append("$expr", new Document("$lt", List.of("$reserved", "$capacity")))),
                new Document("$addFields", new Document("score", new Document("$add", List.of(specialty, country, cycles)))),
                new Document("$sort", new Document("score", -1).append("_id", 1)),
                new Document("$limit", k),
                new Document("$project", new Document("score", 1)));
        return collection.aggregate(pipeline).map(found -> Math.round(((Number) found.get("score")).doubleValue() * 1000) / 1000.0)
                .into(new ArrayList<>());
    }

    private static void report(String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("  %-28s mean %7.2f ms   p50 %7.2f ms   p95 %7.2f ms%n", name, Arrays.stream(nanos).average().orElse(0) / 1e6,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6);
    }

    private static Document document(MentorCandidate mentor) {
        return new Document("_id", mentor.mentorId()).append("matchedSpecialty", mentor.matchedSpecialty())
                .append("medicalSchoolCountry", mentor.medicalSchoolCountry())
                .append("unmatchedCyclesBeforeMatch", mentor.unmatchedCyclesBeforeMatch())
                .append("capacity", mentor.capacity()).append("reserved", mentor.reserved()).append("accepting", mentor.accepting());
    }
}
