package org.rematch.embeddedmongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoTest {

    @Test
    void answersTheHelloCommandThatCurrentDriversAndHealthChecksSend() {
        try (EmbeddedMongo mongo = EmbeddedMongo.inMemory()) {
            withClient(mongo, client -> {
                Document hello = client.getDatabase("admin").runCommand(new Document("hello", 1));
                assertThat(hello.get("ok", Number.class).intValue()).isEqualTo(1);
            });
        }
    }

    @Test
    void fileBackedDataSurvivesARestart(@TempDir Path data) throws Exception {
        try (EmbeddedMongo mongo = EmbeddedMongo.persistent(data, 0)) {
            withClient(mongo, client -> client.getDatabase("rematch").getCollection("mentees")
                    .insertOne(new Document("_id", "m1").append("targetSpecialty", "IM")));
        }
        try (EmbeddedMongo mongo = EmbeddedMongo.persistent(data, 0)) {
            withClient(mongo, client -> assertThat(client.getDatabase("rematch").getCollection("mentees")
                    .find(new Document("_id", "m1")).first()).containsEntry("targetSpecialty", "IM"));
        }
    }

    private static void withClient(EmbeddedMongo mongo, Consumer<MongoClient> use) {
        try (MongoClient client = MongoClients.create(mongo.connectionString())) {
            use.accept(client);
        }
    }
}
