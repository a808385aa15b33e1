package org.rematch.forums;

import static org.rematch.forums.ForumsHttp.body;
import static org.rematch.forums.ForumsHttp.postPath;
import static org.rematch.forums.ForumsHttp.postsPath;
import static org.rematch.forums.ForumsHttp.threadPath;
import static org.rematch.forums.ForumsHttp.threadsPath;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.rematch.testsupport.Http;
import org.rematch.testsupport.RematchServiceTest;
import org.rematch.testsupport.TestTokens;
import org.rematch.testsupport.authz.AuthorizationMatrix;
import org.rematch.testsupport.authz.Caller;
import org.rematch.testsupport.authz.Cell;
import org.rematch.testsupport.authz.World;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * Runs src/test/resources/authorization-matrix.md: every endpoint × caller, exact statuses. "moderator" is the
 * world's moderator; "the moderator moderates" (or "the moderator's forum") means they created the forum, "another
 * moderator's" means a moderator outside the world did. "joined by the mentee and mentor" means the world's mentee and
 * mentor are members, and the other mentee and other mentor are not; a "mentee's thread" or "mentee's post" was
 * written by the world's mentee.
 */
@RematchServiceTest
class AuthorizationMatrixTest {

    private static final String JOINED = "joined by the mentee and mentor";
    private static final String OWN_JOINED = "forum the moderator moderates, " + JOINED;
    private static final String MENTEES_THREAD = "mentee's thread in the moderator's forum, " + JOINED;
    private static final String MENTEES_POST = "mentee's post in the moderator's forum, " + JOINED;

    private static final String REASON = body("reason", "Matrix check");
    private static final String MUTE = body("reason", "Matrix check", "duration", "PT1H");
    private static final String RESOLVE = body("outcome", "DISMISSED", "reason", "Matrix check");
    private static final String SETTINGS = "{\"slowModePostsPerMinute\":2,\"holdFirstDayPosts\":true,\"reason\":\"Matrix check\"}";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @TestFactory
    Stream<DynamicTest> matrix() {
        Map<String, Cell.Setup> setups = Map.ofEntries(
                Map.entry("POST /api/forums | none", world -> Cell.of("/api/forums", forumBody())),
                Map.entry("GET /api/forums | none", world -> Cell.of("/api/forums?tag=specialty:IM")),
                Map.entry("GET /api/forums/{forumId} | forum the moderator moderates",
                        world -> Cell.of("/api/forums/" + forumOf(ownModerator(world)))),
                Map.entry("PUT /api/forums/{forumId} | forum the moderator moderates",
                        world -> Cell.of("/api/forums/" + forumOf(ownModerator(world)), forumBody())),
                Map.entry("PUT /api/forums/{forumId} | another moderator's forum",
                        world -> Cell.of("/api/forums/" + forumOf(anotherModerator()), forumBody())),
                Map.entry("POST /api/forums/{forumId}/archive | forum the moderator moderates",
                        world -> Cell.of("/api/forums/" + forumOf(ownModerator(world)) + "/archive")),
                Map.entry("POST /api/forums/{forumId}/archive | another moderator's forum",
                        world -> Cell.of("/api/forums/" + forumOf(anotherModerator()) + "/archive")),
                Map.entry("POST /api/forums/{forumId}/lock | forum the moderator moderates",
                        world -> Cell.of("/api/forums/" + forumOf(ownModerator(world)) + "/lock")),
                Map.entry("POST /api/forums/{forumId}/lock | another moderator's forum",
                        world -> Cell.of("/api/forums/" + forumOf(anotherModerator()) + "/lock")),
                Map.entry("POST /api/forums/{forumId}/reopen | archived forum the moderator moderates",
                        world -> Cell.of("/api/forums/" + changed(forumOf(ownModerator(world)), ownModerator(world), "archive") + "/reopen")),
                Map.entry("POST /api/forums/{forumId}/reopen | another moderator's archived forum", world -> {
                    String moderator = anotherModerator();
                    return Cell.of("/api/forums/" + changed(forumOf(moderator), moderator, "archive") + "/reopen");
                }),
                Map.entry("POST /api/forums/{forumId}/moderators | forum the moderator moderates",
                        world -> Cell.of("/api/forums/" + forumOf(ownModerator(world)) + "/moderators",
                                "{\"accountId\":\"" + world.id(Caller.MENTOR) + "\"}")),
                Map.entry("POST /api/forums/{forumId}/members/me | open forum",
                        world -> Cell.of("/api/forums/" + forumOf(anotherModerator()) + "/members/me")),
                Map.entry("POST /api/forums/{forumId}/members/me | archived forum", world -> {
                    String moderator = anotherModerator();
                    return Cell.of("/api/forums/" + changed(forumOf(moderator), moderator, "archive") + "/members/me");
                }),
                Map.entry("GET /api/forums/{forumId}/members/me | forum the mentee and mentor joined",
                        world -> Cell.of("/api/forums/" + joined(world, forumOf(anotherModerator())) + "/members/me")),
                Map.entry("DELETE /api/forums/{forumId}/members/me | forum the mentee and mentor joined",
                        world -> Cell.of("/api/forums/" + joined(world, forumOf(anotherModerator())) + "/members/me")),
                Map.entry("GET /api/forums/invitations | none", world -> Cell.of("/api/forums/invitations")),
                Map.entry("POST /api/forums/invitations/{forumId}/accept | forum the mentee is invited to",
                        world -> Cell.of("/api/forums/invitations/" + invitedTo(world) + "/accept")),
                Map.entry("DELETE /api/forums/invitations/{forumId} | forum the mentee is invited to",
                        world -> Cell.of("/api/forums/invitations/" + invitedTo(world))),
                Map.entry("GET /api/forums/{forumId}/members | " + OWN_JOINED,
                        world -> Cell.of("/api/forums/" + joined(world, forumOf(ownModerator(world))) + "/members")),
                Map.entry("GET /api/forums/{forumId}/members | another moderator's forum, " + JOINED,
                        world -> Cell.of("/api/forums/" + joined(world, forumOf(anotherModerator())) + "/members")),
                Map.entry("GET /api/forums/{forumId}/threads | " + OWN_JOINED,
                        world -> Cell.of(threadsPath(joined(world, forumOf(ownModerator(world)))) + "?page=0&size=10")),
                Map.entry("POST /api/forums/{forumId}/threads | " + OWN_JOINED,
                        world -> Cell.of(threadsPath(joined(world, forumOf(ownModerator(world)))), threadBody())),
                Map.entry("POST /api/forums/{forumId}/threads | another moderator's forum, " + JOINED,
                        world -> Cell.of(threadsPath(joined(world, forumOf(anotherModerator()))), threadBody())),
                Map.entry("POST /api/forums/{forumId}/threads | locked " + OWN_JOINED, world -> Cell.of(
                        threadsPath(changed(joined(world, forumOf(ownModerator(world))), ownModerator(world), "lock")), threadBody())),
                Map.entry("GET /api/forums/{forumId}/threads/{threadId} | " + MENTEES_THREAD,
                        world -> Cell.of(menteesThread(world).threadPath())),
                Map.entry("PUT /api/forums/{forumId}/threads/{threadId} | " + MENTEES_THREAD,
                        world -> Cell.of(menteesThread(world).threadPath(), body("title", "A better title"))),
                Map.entry("GET /api/forums/{forumId}/threads/{threadId}/posts | " + MENTEES_THREAD,
                        world -> Cell.of(menteesThread(world).postsPath())),
                Map.entry("POST /api/forums/{forumId}/threads/{threadId}/posts | " + MENTEES_THREAD,
                        world -> Cell.of(menteesThread(world).postsPath(), body("body", "A *reply*"))),
                Map.entry("PUT /api/forums/{forumId}/threads/{threadId}/posts/{postId} | " + MENTEES_POST,
                        world -> Cell.of(menteesThread(world).openingPostPath(), body("body", "Edited"))),
                Map.entry("DELETE /api/forums/{forumId}/threads/{threadId}/posts/{postId} | " + MENTEES_POST,
                        world -> Cell.of(menteesThread(world).openingPostPath())),
                Map.entry("POST /api/forums/{forumId}/threads/{threadId}/posts/{postId}/reports | mentor's post in the moderator's forum, "
                        + JOINED, world -> {
                    String forumId = joined(world, forumOf(ownModerator(world)));
                    JsonNode thread = http().startThread(forumId, worldMentor(world), "The mentor's thread", "Buy my course");
                    return Cell.of(postPath(forumId, thread.get("threadId").asString(), thread.get("openingPost").get("postId").asString())
                            + "/reports", body("reason", "SPAM", "note", "advertising"));
                }),
                Map.entry("POST /api/forums/{forumId}/members/{accountId}/reports | the mentor as a member of the moderator's forum, " + JOINED,
                        world -> Cell.of("/api/forums/" + joined(world, forumOf(ownModerator(world))) + "/members/" + world.id(Caller.MENTOR)
                                + "/reports", body("reason", "HARASSMENT"))),
                Map.entry("GET /api/moderation/queue | none", world -> Cell.of("/api/moderation/queue?size=5")),
                Map.entry("POST /api/moderation/reports/{reportId}/resolve | report of a post in the moderator's forum",
                        world -> Cell.of("/api/moderation/reports/" + reportIn(world, ownModerator(world)) + "/resolve", RESOLVE)),
                Map.entry("POST /api/moderation/reports/{reportId}/resolve | report of a post in another moderator's forum",
                        world -> Cell.of("/api/moderation/reports/" + reportIn(world, anotherModerator()) + "/resolve", RESOLVE)),
                Map.entry("GET /api/moderation/audit | log of the forum the moderator moderates",
                        world -> Cell.of("/api/moderation/audit?forumId=" + forumOf(ownModerator(world)))),
                Map.entry("GET /api/moderation/audit | log of another moderator's forum",
                        world -> Cell.of("/api/moderation/audit?forumId=" + forumOf(anotherModerator()))),
                Map.entry("POST /api/moderation/forums/{forumId}/posts/{postId}/hide | " + MENTEES_POST,
                        world -> Cell.of(moderationPath(menteesThread(world), "hide"), REASON)),
                Map.entry("POST /api/moderation/forums/{forumId}/posts/{postId}/hide | mentee's post in another moderator's forum, " + JOINED,
                        world -> Cell.of(moderationPath(menteesThread(world, anotherModerator()), "hide"), REASON)),
                Map.entry("POST /api/moderation/forums/{forumId}/posts/{postId}/restore | hidden mentee's post in the moderator's forum",
                        world -> {
                            MenteesThread thread = menteesThread(world);
                            http().acted(moderationPath(thread, "hide").substring("/api/moderation".length()), ownModerator(world),
                                    "reason", "hidden first");
                            return Cell.of(moderationPath(thread, "restore"), REASON);
                        }),
                Map.entry("POST /api/moderation/forums/{forumId}/posts/{postId}/delete | " + MENTEES_POST,
                        world -> Cell.of(moderationPath(menteesThread(world), "delete"), REASON)),
                Map.entry("POST /api/moderation/forums/{forumId}/posts/{postId}/approve | mentee's first-day post held in the moderator's forum",
                        world -> Cell.of(moderationPath(heldPost(world), "approve"), REASON)),
                Map.entry("POST /api/moderation/forums/{forumId}/posts/{postId}/reject | mentee's first-day post held in the moderator's forum",
                        world -> Cell.of(moderationPath(heldPost(world), "reject"), REASON)),
                Map.entry("POST /api/moderation/forums/{forumId}/threads/{threadId}/lock | " + MENTEES_THREAD, world -> {
                    MenteesThread thread = menteesThread(world);
                    return Cell.of("/api/moderation/forums/" + thread.forumId() + "/threads/" + thread.threadId() + "/lock", REASON);
                }),
                Map.entry("POST /api/moderation/forums/{forumId}/threads/{threadId}/unlock | locked mentee's thread in the moderator's forum",
                        world -> {
                            MenteesThread thread = menteesThread(world);
                            String path = "/forums/" + thread.forumId() + "/threads/" + thread.threadId();
                            http().acted(path + "/lock", ownModerator(world), "reason", "locked first");
                            return Cell.of("/api/moderation" + path + "/unlock", REASON);
                        }),
                Map.entry("POST /api/moderation/forums/{forumId}/members/{accountId}/mute | the mentee as a member of the moderator's forum",
                        world -> Cell.of(memberPath(world, joined(world, forumOf(ownModerator(world))), "mute"), MUTE)),
                Map.entry("POST /api/moderation/forums/{forumId}/members/{accountId}/mute | the mentee as a member of another moderator's forum",
                        world -> Cell.of(memberPath(world, joined(world, forumOf(anotherModerator())), "mute"), MUTE)),
                Map.entry("POST /api/moderation/forums/{forumId}/members/{accountId}/unmute | the mentee muted in the moderator's forum",
                        world -> {
                            String path = memberPath(world, joined(world, forumOf(ownModerator(world))), "");
                            http().acted(path.substring("/api/moderation".length()) + "mute", ownModerator(world), "reason", "x",
                                    "duration", "PT1H");
                            return Cell.of(path + "unmute", REASON);
                        }),
                Map.entry("POST /api/moderation/forums/{forumId}/members/{accountId}/ban | the mentee as a member of the moderator's forum",
                        world -> Cell.of(memberPath(world, joined(world, forumOf(ownModerator(world))), "ban"), REASON)),
                Map.entry("POST /api/moderation/forums/{forumId}/members/{accountId}/unban | the mentee banned from the moderator's forum",
                        world -> {
                            String path = memberPath(world, joined(world, forumOf(ownModerator(world))), "");
                            http().acted(path.substring("/api/moderation".length()) + "ban", ownModerator(world), "reason", "x");
                            return Cell.of(path + "unban", REASON);
                        }),
                Map.entry("POST /api/moderation/accounts/{accountId}/suspend | the mentee's account",
                        world -> Cell.of("/api/moderation/accounts/" + world.id(Caller.MENTEE) + "/suspend", REASON)),
                Map.entry("POST /api/moderation/accounts/{accountId}/unsuspend | the mentee's suspended account", world -> {
                    http().acted("/accounts/" + world.id(Caller.MENTEE) + "/suspend", ForumsHttp.admin(), "reason", "x");
                    return Cell.of("/api/moderation/accounts/" + world.id(Caller.MENTEE) + "/unsuspend", REASON);
                }),
                Map.entry("GET /api/moderation/forums/{forumId}/settings | forum the moderator moderates",
                        world -> Cell.of("/api/moderation/forums/" + forumOf(ownModerator(world)) + "/settings")),
                Map.entry("GET /api/moderation/forums/{forumId}/settings | another moderator's forum",
                        world -> Cell.of("/api/moderation/forums/" + forumOf(anotherModerator()) + "/settings")),
                Map.entry("PUT /api/moderation/forums/{forumId}/settings | forum the moderator moderates",
                        world -> Cell.of("/api/moderation/forums/" + forumOf(ownModerator(world)) + "/settings", SETTINGS)),
                Map.entry("GET /api/personal-data | own", world -> {
                    String forumId = joined(world, forumOf(ownModerator(world)));
                    http().startThread(forumId, worldMentee(world), "Mine", "my words");
                    return Cell.of("/api/personal-data");
                }));
        return AuthorizationMatrix.of("forums").tests(context, port, setups);
    }

    private ForumsHttp http() {
        return new ForumsHttp(port);
    }

    private static String ownModerator(World world) {
        return TestTokens.bearer(world.id(Caller.MODERATOR), "MODERATOR");
    }

    private static String anotherModerator() {
        return TestTokens.bearer(UUID.randomUUID().toString(), "MODERATOR");
    }

    private static String worldMentee(World world) {
        return TestTokens.bearer(world.id(Caller.MENTEE), "MENTEE");
    }

    private static String worldMentor(World world) {
        return TestTokens.bearer(world.id(Caller.MENTOR), "MENTOR");
    }

    /** A report by the world's mentee of a post by the world's mentor, in a forum of the holder of {@code moderatorToken}. */
    private String reportIn(World world, String moderatorToken) {
        String forumId = joined(world, forumOf(moderatorToken));
        JsonNode thread = http().startThread(forumId, worldMentor(world), "Reported", "Buy my course");
        ResponseEntity<String> reported = http().reportPost(forumId, thread.get("threadId").asString(),
                thread.get("openingPost").get("postId").asString(), worldMentee(world), "SPAM", null);
        return Http.json(reported).get("reportId").asString();
    }

    /** A held first-day post: the forum holds them, and the world's mentee joined just now. */
    /**
     * A forum the mentee is invited to, stored as a recommendation leaves it (how recommendations become invitations is
     * InvitationsTest's business; here only who may act on one).
     */
    private String invitedTo(World world) {
        String forumId = forumOf(anotherModerator());
        String menteeId = world.id(Caller.MENTEE);
        context.getBean(MongoTemplate.class).insert(new Document("_id", forumId + ":" + menteeId).append("forumId", forumId)
                .append("accountId", menteeId).append("sharedTags", List.of("specialty:IM")).append("invitedAt", new Date()),
                "forum_invitations");
        return forumId;
    }

    private MenteesThread heldPost(World world) {
        String moderator = ownModerator(world);
        String forumId = forumOf(moderator);
        http().put("/api/moderation/forums/" + forumId + "/settings", moderator, SETTINGS);
        joined(world, forumId);
        JsonNode thread = http().startThread(forumId, worldMentee(world), "Held", "My first words here");
        return new MenteesThread(forumId, thread.get("threadId").asString(), thread.get("openingPost").get("postId").asString());
    }

    private static String moderationPath(MenteesThread thread, String action) {
        return "/api/moderation/forums/" + thread.forumId() + "/posts/" + thread.openingPostId() + "/" + action;
    }

    private static String memberPath(World world, String forumId, String action) {
        return "/api/moderation/forums/" + forumId + "/members/" + world.id(Caller.MENTEE) + "/" + action;
    }

    private static String forumBody() {
        return "{\"name\":\"Matrix forum " + UUID.randomUUID() + "\",\"tags\":[\"specialty:IM\"]}";
    }

    private static String threadBody() {
        return body("title", "Matrix thread", "body", "Hello **peers**");
    }

    /** A new open forum created (and so moderated) by the holder of {@code moderatorToken}; returns its id. */
    private String forumOf(String moderatorToken) {
        return http().forumBy(moderatorToken);
    }

    /** The forum after its moderator archived or locked it. */
    private String changed(String forumId, String moderatorToken, String action) {
        http().moderate(forumId, moderatorToken, action);
        return forumId;
    }

    /** The forum with the world's mentee and mentor as members. */
    private String joined(World world, String forumId) {
        http().join(forumId, worldMentee(world));
        http().join(forumId, TestTokens.bearer(world.id(Caller.MENTOR), "MENTOR"));
        return forumId;
    }

    /** A thread the world's mentee started in a forum the world's moderator moderates and the mentee and mentor joined. */
    private MenteesThread menteesThread(World world) {
        return menteesThread(world, ownModerator(world));
    }

    /** The same in a forum of the holder of {@code moderatorToken}. */
    private MenteesThread menteesThread(World world, String moderatorToken) {
        String forumId = joined(world, forumOf(moderatorToken));
        JsonNode thread = http().startThread(forumId, worldMentee(world), "The mentee's thread", "The mentee's *opening* post");
        return new MenteesThread(forumId, thread.get("threadId").asString(), thread.get("openingPost").get("postId").asString());
    }

    private record MenteesThread(String forumId, String threadId, String openingPostId) {

        String threadPath() {
            return ForumsHttp.threadPath(forumId, threadId);
        }

        String postsPath() {
            return ForumsHttp.postsPath(forumId, threadId);
        }

        String openingPostPath() {
            return postPath(forumId, threadId, openingPostId);
        }
    }
}
