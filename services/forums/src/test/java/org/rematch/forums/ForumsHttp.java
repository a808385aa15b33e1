package org.rematch.forums;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.rematch.testsupport.Http;
import org.rematch.testsupport.TestTokens;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** The forums API as tests use it: the steps most tests take before the one they are about. */
public class ForumsHttp extends Http {

    public ForumsHttp(int port) {
        super(port);
    }

    public static String mentee(String accountId) {
        return TestTokens.bearerWithName(accountId, "Mentee " + accountId.substring(0, 8), "MENTEE");
    }

    public static String mentor(String accountId) {
        return TestTokens.bearerWithName(accountId, "Mentor " + accountId.substring(0, 8), "MENTOR");
    }

    public static String moderator(String accountId) {
        return TestTokens.bearer(accountId, "MODERATOR");
    }

    public static String admin() {
        return TestTokens.bearer(UUID.randomUUID().toString(), "ADMIN");
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** JSON with the given name/value pairs, values escaped as JSON strings. */
    public static String body(String... namesAndValues) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            json.append(i == 0 ? "" : ",").append('"').append(namesAndValues[i]).append("\":")
                    .append(JSON.writeValueAsString(namesAndValues[i + 1]));
        }
        return json.append('}').toString();
    }

    /** A new open forum moderated by the holder of {@code moderatorToken}; returns its id. */
    public String forumBy(String moderatorToken) {
        ResponseEntity<String> created = post("/api/forums", moderatorToken,
                "{\"name\":\"Forum " + UUID.randomUUID() + "\",\"tags\":[\"specialty:IM\"]}");
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        return json(created).get("forumId").asString();
    }

    public void join(String forumId, String token) {
        ResponseEntity<String> joined = post("/api/forums/" + forumId + "/members/me", token, null);
        assertThat(joined.getStatusCode().value()).as(joined.getBody()).isIn(200, 201);
    }

    public void moderate(String forumId, String moderatorToken, String action) {
        ResponseEntity<String> changed = post("/api/forums/" + forumId + "/" + action, moderatorToken, null);
        assertThat(changed.getStatusCode().value()).as(changed.getBody()).isEqualTo(200);
    }

    /** Starts a thread; returns the created thread (with its opening post). */
    public JsonNode startThread(String forumId, String token, String title, String markdown) {
        ResponseEntity<String> started = post("/api/forums/" + forumId + "/threads", token, body("title", title, "body", markdown));
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(201);
        return json(started);
    }

    /** Replies in a thread; returns the created post. */
    public JsonNode reply(String forumId, String threadId, String token, String markdown) {
        ResponseEntity<String> replied = post(postsPath(forumId, threadId), token, body("body", markdown));
        assertThat(replied.getStatusCode().value()).as(replied.getBody()).isEqualTo(201);
        return json(replied);
    }

    /** Reports a post; returns the answer (201 new, 200 repeated), unchecked. */
    public ResponseEntity<String> reportPost(String forumId, String threadId, String postId, String token, String reason, String note) {
        return post(postPath(forumId, threadId, postId) + "/reports", token, note == null ? body("reason", reason)
                : body("reason", reason, "note", note));
    }

    /** A moderation action ("hide", "mute"...) on {@code path} under /api/moderation, with a reason and more fields. */
    public ResponseEntity<String> act(String path, String token, String... namesAndValues) {
        return post("/api/moderation" + path, token, body(namesAndValues));
    }

    /** A moderation action that must succeed; returns the audit entry it wrote. */
    public JsonNode acted(String path, String token, String... namesAndValues) {
        ResponseEntity<String> done = act(path, token, namesAndValues);
        assertThat(done.getStatusCode().value()).as(done.getBody()).isEqualTo(200);
        return json(done);
    }

    public int memberCount(String forumId) {
        return json(get("/api/forums/" + forumId, admin())).get("memberCount").asInt();
    }

    public static String threadsPath(String forumId) {
        return "/api/forums/" + forumId + "/threads";
    }

    public static String threadPath(String forumId, String threadId) {
        return threadsPath(forumId) + "/" + threadId;
    }

    public static String postsPath(String forumId, String threadId) {
        return threadPath(forumId, threadId) + "/posts";
    }

    public static String postPath(String forumId, String threadId, String postId) {
        return postsPath(forumId, threadId) + "/" + postId;
    }
}
