package org.rematch.testsupport;

import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/** What a service's database holds, searched as text: the proof that an erased person left no trace. */
public final class StoredDocuments {

    private StoredDocuments() {
    }

    /** "collection: json" of every document, in every collection of the database, whose JSON contains {@code text}. */
    public static List<String> mentioning(MongoTemplate mongo, String text) {
        return mongo.getCollectionNames().stream()
                .flatMap(collection -> mongo.findAll(Document.class, collection).stream()
                        .map(document -> collection + ": " + document.toJson()))
                .filter(json -> json.contains(text))
                .toList();
    }
}
