package org.rematch.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.rematch.systemtests.Browser.Size;
import org.rematch.systemtests.Browser.Viewport;
import tools.jackson.databind.JsonNode;

/**
 * The whole journey in real browsers, as issue 8 tells it: a mentee signs up on her phone and describes her path, and
 * is proposed the mentor whose path fits hers, with the reasons; the mentor signs in at his desk and accepts, and her
 * page shows it by itself; in the forum for her path a member reports her post, a moderator hides it from the report
 * queue, and the member sees it gone. The API only sets the stage (the moderator, the forum, the mentors). Each main
 * screen is saved as target/screenshots/&lt;name&gt;.png, and no screen may log a JavaScript error.
 */
@BrowserTest
class JourneyBrowserIT {

    /** How long something the platform does in the background may take to show: a proposal, a live notification. */
    private static final Duration LIVE = Duration.ofSeconds(30);

    private static final String FORUM = "Internal Medicine applicants from Pakistan";
    private static final String MENTEE = "Nadia Rehman";
    private static final String THREAD = "Is a paid guaranteed match real?";
    private static final String POST = "MatchPro promises a guaranteed IM match within one cycle for $3,000. "
            + "I paid the deposit today; message me on WhatsApp and I will get you their group discount.";
    private static final Pattern THREAD_PATH = Pattern.compile("^/forums/([^/]+)/threads/([^/]+)$");

    private final Http api = SystemUnderTest.gateway();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aMenteeIsPairedLiveAndAModeratorHidesAReportedPost(Browser menteePhone,
            @Viewport(Size.DESKTOP) Browser mentorDesktop, @Viewport(Size.DESKTOP) Browser moderatorDesktop) {
        // the stage, through the API: a moderator and the forum for her path; three mentors, one who walked her road
        Person moderator = theAdminAppointsAModerator("Maya Osei");
        String forumId = theModeratorCreatesTheForum(moderator);
        Person tariq = aMentorLists("Dr. Tariq Farooq", theBestFitForHerPath());
        aMentorLists("Dr. Elena Petrova", Steps.listing("PEDS", "RU", 0, 2));
        aMentorLists("Dr. Kwame Asante", Steps.listing("PSYCH", "GH", 1, 2));

        // on her phone she signs up, describes her path in six steps, and is proposed Dr. Farooq with the reasons why
        Person nadia = signsUpAsAMentee(menteePhone);
        describesHerPath(menteePhone);
        String pairingId = isProposed(menteePhone, tariq.displayName());

        // at his desk he signs in, sees her proposal with the reasons, and accepts it
        String marker = UUID.randomUUID().toString();
        menteePhone.script("window.rematchTestMarker = arguments[0]", marker);
        signsIn(mentorDesktop, tariq, "Your mentees");
        acceptsTheProposal(mentorDesktop, pairingId);

        // her page, never reloaded, shows him as her mentor by itself
        seesTheAcceptanceLive(menteePhone, pairingId, tariq.displayName(), marker);

        // the forum for her path invites her; she joins and passes on a paid "guaranteed match", which its rules forbid
        joinsByTheInvitation(menteePhone, nadia, forumId);
        String threadPath = startsAThread(menteePhone);
        String postId = theOnlyPostOn(menteePhone);

        // Dr. Farooq joins the forum too, reads her thread and reports the post
        joinsTheForum(mentorDesktop, forumId);
        reportsThePost(mentorDesktop, threadPath, postId);

        // the moderator finds it in the report queue and hides it; reloading the thread, he sees it hidden, no words
        signsIn(moderatorDesktop, moderator, "Report queue");
        hidesTheReportedPost(moderatorDesktop, moderator, postId);
        seesThePostHidden(mentorDesktop, postId);
    }

    // ---- the stage, through the API --------------------------------------------------------------------------------

    private Person theAdminAppointsAModerator(String name) {
        String admin = Person.token(SystemUnderTest.ADMIN_EMAIL, SystemUnderTest.ADMIN_PASSWORD);
        String email = "moderator-" + run + "@example.org";
        String password = "moderator-password-" + run;
        var created = api.post("/api/accounts/moderators", admin,
                Map.of("email", email, "password", password, "displayName", name));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String token = Person.token(email, password);
        return new Person(email, password, name, Http.subject(token), token);
    }

    /**
     * Its tags also fit the README walkthrough's mentee, in the same platform, who may be invited here too: the
     * walkthrough joins her first invitation and expects rules starting with "**Be kind.**", as these do.
     */
    private String theModeratorCreatesTheForum(Person moderator) {
        var created = api.post("/api/forums", moderator.token(), Map.of("name", FORUM,
                "description", "For IMGs from Pakistan reapplying to Internal Medicine",
                "rules", "1. **Be kind.** Everyone here went unmatched.\n2. No selling: no paid observerships, no guaranteed matches.",
                "tags", List.of("specialty:IM", "country:PK")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("forumId").asString();
    }

    /**
     * Her road exactly: Internal Medicine after two unmatched cycles and SOAP, trained in Pakistan, on an H-1B, Urdu,
     * helping with applications and interviews. Capacity 1, so that once he accepts he is proposed to no one else
     * (the README's walkthrough, in the same platform, expects its own Pakistani mentors to be proposed).
     */
    private static Map<String, Object> theBestFitForHerPath() {
        Map<String, Object> listing = new HashMap<>(Steps.listing("IM", "PK", 2, 1));
        listing.put("matchedViaSoap", true);
        listing.put("topics", List.of("APPLICATION_REVIEW", "INTERVIEWS"));
        listing.put("languages", List.of("en", "ur"));
        return listing;
    }

    private Person aMentorLists(String name, Map<String, Object> listing) {
        Person mentor = Person.register("MENTOR", name);
        var listed = api.post("/api/mentors", mentor.token(), listing);
        assertThat(listed.status()).as(listed.toString()).isEqualTo(201);
        return mentor;
    }

    // ---- the mentee, on her phone ----------------------------------------------------------------------------------

    private Person signsUpAsAMentee(Browser phone) {
        phone.open("/");
        phone.heading("Unmatched is not the end of the road");
        phone.click(phone.link("Create an account"));
        phone.awaitPath("/signup");
        phone.heading("Create your account");
        WebElement asMentee = phone.byLabel("A mentee: I am an IMG preparing to apply again");
        phone.click(asMentee);
        assertThat(asMentee.isSelected()).as("the mentee role chosen").isTrue();
        String email = "nadia.rehman-" + run + "@example.org";
        String password = "nadia-password-" + run;
        phone.byLabel("Your name").sendKeys(MENTEE);
        phone.byLabel("Email").sendKeys(email);
        phone.byLabel("Password").sendKeys(password);
        screen(phone, "mentee-signup");
        phone.click(phone.button("Create account"));

        phone.awaitPath("/profile");
        phone.heading("Your path");
        String token = Person.token(email, password);
        return new Person(email, password, MENTEE, Http.subject(token), token);
    }

    /** The six steps of "Your path", each field found by its label and each choice by the words on the screen. */
    private static void describesHerPath(Browser phone) {
        step(phone, "Where you are headed");
        choose(phone.byLabel("First choice"), "Internal Medicine");
        choose(phone.byLabel("Your goal for the coming year"), "Reapply to the same specialty");
        next(phone, "Your training");
        choose(phone.byLabel("Country of your medical school"), "Pakistan");
        type(phone.byLabel("Name of your medical school (optional)"), "Allama Iqbal Medical College");
        phone.click(phone.byLabel(phone.group("Are you a US citizen?"), "No"));
        type(phone.byLabel("Year you graduated"), "2020");
        choose(phone.byLabel("ECFMG certification"), "Certified");
        next(phone, "Your exams");
        choose(phone.byLabel("Result"), "Passed");
        type(phone.byLabel(phone.group("USMLE Step 1 (pass/fail)"), "Attempts so far"), "1");
        type(phone.byLabel(phone.group("USMLE Step 2 CK"), "Attempts so far"), "1");
        type(phone.byLabel("Latest score (optional)"), "238");
        next(phone, "Match attempts and experience");
        type(phone.byLabel("Match cycles you have applied in"), "2");
        phone.click(phone.byLabel("I have been through SOAP"));
        type(phone.byLabel("Months of US clinical experience"), "4");
        phone.click(phone.byLabel("Observership"));
        type(phone.byLabel("Research items (publications, posters, abstracts)"), "2");
        next(phone, "Visa, languages and places");
        phone.click(phone.byLabel("H-1B visa"));
        assertThat(phone.byLabel("English").isSelected()).as("English, offered ticked").isTrue();
        // the language list names itself by aria-label; choosing adds a ticked box and sets the list back
        new Select(phone.driver().findElement(By.cssSelector("select[aria-label='Add a language']"))).selectByVisibleText("Urdu");
        assertThat(phone.byLabel("Urdu").isSelected()).as("Urdu, added and ticked").isTrue();
        choose(phone.byLabel("Your time zone"), "Asia / Karachi");
        next(phone, "Help and privacy");
        phone.click(phone.byLabel("Application review (CV, personal statement)"));
        phone.click(phone.byLabel("Interviews"));
        phone.click(phone.byLabel("How many Match cycles I went through (and SOAP)"));
        assertThat(phone.byLabel("Invite me to the peer forums that fit my path; I decide whether to join").isSelected())
                .as("forum invitations, the default").isTrue();
        screen(phone, "mentee-path");
        phone.click(phone.button("Save my path and find a mentor"));

        phone.await(() -> "her path saved and /pairings shown (address " + phone.path() + ", form says: "
                + phone.driver().findElements(By.cssSelector(".form-error, .field .error")).stream()
                .map(WebElement::getText).filter(text -> !text.isBlank()).toList() + ")",
                driver -> "/pairings".equals(phone.path()));
        phone.heading("Your mentorship");
    }

    /** Her proposal, drawn when matching made it (the page looks again by itself): his name and why he fits. */
    private static String isProposed(Browser phone, String mentor) {
        WebElement card = phone.await(LIVE, () -> "a proposal on her page (it shows: " + mainText(phone) + ")",
                driver -> driver.findElements(By.cssSelector("main [data-testid^='proposal-']")).stream()
                        .filter(WebElement::isDisplayed).findFirst().orElse(null));
        String pairingId = card.getDomAttribute("data-testid").substring("proposal-".length());

        steadily("her proposal", () -> {
            WebElement proposal = phone.byTestId("proposal-" + pairingId);
            assertThat(proposal.findElement(By.tagName("h2")).getText()).isEqualTo("Your proposal");
            assertThat(proposal.getText()).contains("Waiting for the mentor's answer", "We asked " + mentor + ".");
            assertThat(proposal.findElement(By.cssSelector(".reasons-heading")).getText())
                    .isEqualTo("Why " + mentor + " fits your path");
            assertThat(reasons(proposal)).as("the reasons on her proposal")
                    .contains("Matched Internal Medicine, your target specialty", "Both trained in Pakistan",
                            "Matched through SOAP, which you have been through");
        });
        fitsThePhone(phone);

        // the screen the README shows: settled, from the top
        settled(phone);
        phone.script("window.scrollTo(0, 0)");
        screen(phone, "mentee-proposal");
        return pairingId;
    }

    private static void seesTheAcceptanceLive(Browser phone, String pairingId, String mentor, String marker) {
        phone.await(LIVE, () -> "her page to show the acceptance without a reload (it shows: " + mainText(phone) + ")",
                driver -> driver.findElements(By.cssSelector("[data-testid='pairing-" + pairingId + "']")).stream()
                        .anyMatch(WebElement::isDisplayed));
        assertThat(phone.script("return window.rematchTestMarker")).as("her page was not reloaded").isEqualTo(marker);

        // the forums recommended to her arrive as another notification, which draws the page once more
        steadily("her mentorship", () -> {
            WebElement mentorship = phone.byTestId("pairing-" + pairingId);
            assertThat(mentorship.findElement(By.tagName("h2")).getText()).isEqualTo("Your mentor: " + mentor);
            assertThat(mentorship.findElement(By.cssSelector(".state")).getText()).isEqualTo("Your mentor");
            assertThat(mentorship.getText()).contains(mentor + " accepted you as their mentee", "How to reach your mentor");
            assertThat(reasons(mentorship)).as("why they fit, still shown").contains("Both trained in Pakistan");
            assertThat(phone.driver().findElements(By.cssSelector("[data-testid='proposal-" + pairingId + "']")))
                    .as("the proposal, now decided").isEmpty();
        });
        fitsThePhone(phone);
        screen(phone, "mentee-accepted");
    }

    /** The forum recommended for her path invites her once she has a mentor; she joins from the forums page. */
    private void joinsByTheInvitation(Browser phone, Person mentee, String forumId) {
        await("the invitation to " + FORUM).atMost(LIVE).until(() -> invitations(mentee),
                invitations -> invitations.stream().anyMatch(i -> forumId.equals(i.get("forumId").asString())));
        phone.click(phone.link("Forums"));
        phone.awaitPath("/forums");
        phone.heading("Forums");
        WebElement invitation = phone.byTestId("invitation-" + forumId);
        assertThat(invitation.getText()).contains(FORUM, "specialty:IM", "country:PK");
        settled(phone);
        screen(phone, "mentee-forum-invitation");
        phone.click(phone.button(invitation, "Join " + FORUM));

        WebElement mine = phone.byTestId("my-forum-" + forumId);
        assertThat(phone.driver().findElements(By.cssSelector("[data-testid='invitation-" + forumId + "']")))
                .as("the invitation, accepted").isEmpty();
        phone.click(mine.findElement(By.linkText(FORUM)));
        phone.heading(FORUM);
        assertThat(phone.driver().findElement(By.cssSelector("main")).getText()).contains("Member", "Be kind.");
    }

    private static String startsAThread(Browser phone) {
        type(phone.byLabel("Title"), THREAD);
        type(phone.byLabel("Your post"), POST);
        phone.click(phone.button("Start thread"));
        phone.heading(THREAD);
        assertThat(phone.path()).matches(THREAD_PATH);
        return phone.path();
    }

    private static String theOnlyPostOn(Browser phone) {
        List<WebElement> posts = phone.driver().findElements(By.cssSelector("main [data-testid^='post-']"));
        assertThat(posts).as("the posts of her new thread").hasSize(1);
        WebElement post = posts.getFirst();
        assertThat(post.getText()).contains(MENTEE, POST);
        fitsThePhone(phone);
        screen(phone, "mentee-thread");
        return post.getDomAttribute("data-testid").substring("post-".length());
    }

    // ---- the mentor, at his desk -----------------------------------------------------------------------------------

    private static void acceptsTheProposal(Browser desktop, String pairingId) {
        // the proposal's notification may reach his page after he signed in, and draw it again
        steadily("the proposal he sees", () -> {
            WebElement proposal = desktop.byTestId("proposal-" + pairingId);
            assertThat(desktop.byText("Proposals waiting for your answer (1)").getTagName()).isEqualTo("h2");
            assertThat(proposal.findElement(By.tagName("h3")).getText()).isEqualTo(MENTEE);
            assertThat(proposal.getText()).contains("Waiting for your answer", "Matching proposes " + MENTEE,
                    "Aims for: Internal Medicine", "Trained in: Pakistan", "Match cycles so far: 2", "Why you fit");
            assertThat(reasons(proposal)).as("the reasons he sees").hasSizeGreaterThanOrEqualTo(2)
                    .contains("Both trained in Pakistan", "Matched through SOAP, which you have been through");
        });
        screen(desktop, "mentor-proposal");

        WebElement accept = desktop.byTestId("accept-" + pairingId);
        assertThat(accept.getText()).isEqualTo("Accept " + MENTEE + " as your mentee");
        desktop.click(accept);

        desktop.byTestId("pairing-" + pairingId);
        steadily("his new mentee", () -> {
            WebElement mentee = desktop.byTestId("pairing-" + pairingId);
            assertThat(desktop.byText("Your mentees (1)").getTagName()).isEqualTo("h2");
            assertThat(desktop.byText("Proposals waiting for your answer (0)").getTagName()).isEqualTo("h2");
            assertThat(mentee.findElement(By.cssSelector(".state")).getText()).isEqualTo("Your mentee");
            assertThat(mentee.getText()).contains(MENTEE, "Your mentee since");
            assertThat(desktop.driver().findElements(By.cssSelector("[data-testid='accept-" + pairingId + "']"))).isEmpty();
        });
        screen(desktop, "mentor-accepted");
    }

    private static void joinsTheForum(Browser desktop, String forumId) {
        desktop.click(desktop.link("Forums"));
        desktop.heading("Forums");
        desktop.click(desktop.button(desktop.byTestId("forum-" + forumId), "Join " + FORUM));
        WebElement mine = desktop.byTestId("my-forum-" + forumId);
        desktop.click(mine.findElement(By.linkText(FORUM)));
        desktop.heading(FORUM);
    }

    private static void reportsThePost(Browser desktop, String threadPath, String postId) {
        Matcher thread = THREAD_PATH.matcher(threadPath);
        assertThat(thread.matches()).isTrue();
        desktop.click(desktop.byTestId("thread-" + thread.group(2)).findElement(By.linkText(THREAD)));
        desktop.heading(THREAD);
        assertThat(desktop.path()).isEqualTo(threadPath);
        WebElement post = desktop.byTestId("post-" + postId);
        assertThat(post.getText()).contains(MENTEE, POST);

        desktop.click(desktop.byText(post, "Report post"));
        WebElement report = desktop.await("the report form", driver ->
                post.findElement(By.cssSelector("form[aria-label='Report post']")));
        desktop.click(desktop.byLabel(report, "Misleading claims, such as a \"guaranteed match\" or paid observerships"));
        type(desktop.byLabel(report, "A short note for the moderators (optional)"), "Sells a paid guaranteed match");
        screen(desktop, "mentor-report");
        desktop.click(desktop.button(report, "Send report"));
        desktop.await("the report's receipt", driver -> post.getText().contains(
                "Thank you. The forum's moderators will review your report"));
    }

    private static void seesThePostHidden(Browser desktop, String postId) {
        desktop.driver().navigate().refresh();
        desktop.heading(THREAD);
        WebElement post = desktop.byTestId("post-" + postId);
        assertThat(post.findElement(By.cssSelector(".notice.bad")).getText()).isEqualTo("Hidden by a moderator");
        assertThat(post.getText()).as("what a reader sees of the hidden post").contains(MENTEE).doesNotContain(POST);
        assertThat(post.findElements(By.cssSelector(".prose"))).as("the post's words").isEmpty();
        screen(desktop, "thread-after-hide");
    }

    // ---- the moderator ---------------------------------------------------------------------------------------------

    private void hidesTheReportedPost(Browser desktop, Person moderator, String postId) {
        String reportId = theOnlyReportOn(moderator, postId);
        WebElement item = desktop.byTestId("report-" + reportId);
        assertThat(item.getText()).contains("Reported post", FORUM, THREAD, "written by " + MENTEE, POST,
                "Reported by 1 member", "Misinformation", "Sells a paid guaranteed match");
        screen(desktop, "moderation-queue");

        desktop.click(desktop.byText(item, "Hide post"));
        WebElement hide = desktop.await("the hide form", driver -> item.findElement(By.cssSelector("form[aria-label='Hide post']")));
        type(desktop.byLabel(hide, "Reason"), "No selling: paid guaranteed-match offers break rule 2.");
        desktop.click(desktop.button(hide, "Hide this post"));

        // hiding deals with the report: the queue is drawn again without it
        desktop.await("the report to leave the queue", driver ->
                driver.findElements(By.cssSelector("[data-testid='report-" + reportId + "']")).isEmpty());
        assertThat(desktop.byText("0 items waiting.").getTagName()).isEqualTo("p");
        assertThat(desktop.driver().findElement(By.cssSelector("main .notice.good")).getText()).startsWith("Nothing waits for you.");
        screen(desktop, "moderation-hidden");
    }

    /** The queue's one item for the post, as the moderation API lists it: its first report names it on the screen. */
    private String theOnlyReportOn(Person moderator, String postId) {
        var queue = api.get("/api/moderation/queue", moderator.token());
        assertThat(queue.status()).as(queue.toString()).isEqualTo(200);
        List<JsonNode> items = StreamSupport.stream(queue.json().get("items").spliterator(), false)
                .filter(item -> postId.equals(item.get("targetId").asString()))
                .toList();
        assertThat(items).as("queue items for the post").hasSize(1);
        return items.getFirst().get("reportIds").get(0).asString();
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private static void signsIn(Browser browser, Person person, String startPage) {
        browser.open("/signin");
        browser.heading("Sign in");
        type(browser.byLabel("Email"), person.email());
        type(browser.byLabel("Password"), person.password());
        browser.click(browser.button("Sign in"));
        browser.heading(startPage);
    }

    private List<JsonNode> invitations(Person person) {
        var response = api.get("/api/forums/invitations", person.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return StreamSupport.stream(response.json().spliterator(), false).toList();
    }

    /**
     * Assertions on a screen a live notification may draw again meanwhile (its elements replaced): tried again until
     * they hold, for a few seconds, then they fail with what they saw last.
     */
    private static void steadily(String what, ThrowingRunnable assertions) {
        await(what).atMost(Duration.ofSeconds(10)).ignoreException(StaleElementReferenceException.class)
                .untilAsserted(assertions);
    }

    /** Until the toasts (which cover the bottom of a phone's screen for a few seconds) are gone and nothing loads. */
    private static void settled(Browser browser) {
        browser.await("the page to settle (no toast, nothing loading)", driver -> driver.findElements(By.cssSelector(
                ".toast, main [role='status']")).stream().noneMatch(WebElement::isDisplayed));
    }

    private static void step(Browser phone, String title) {
        phone.await("the step \"" + title + "\"", driver -> driver.findElements(By.cssSelector("section.step h2")).stream()
                .anyMatch(heading -> heading.isDisplayed() && title.equals(heading.getText())));
    }

    private static void next(Browser phone, String title) {
        phone.click(phone.button("Next"));
        step(phone, title);
    }

    private static void choose(WebElement select, String visibleText) {
        new Select(select).selectByVisibleText(visibleText);
        assertThat(new Select(select).getFirstSelectedOption().getText()).isEqualTo(visibleText);
    }

    private static void type(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

    /** The reasons listed in a proposal or pairing (the score's parts, folded away, are not reasons). */
    private static List<String> reasons(WebElement pairing) {
        return pairing.findElements(By.cssSelector("ul.reasons li")).stream()
                .filter(WebElement::isDisplayed)
                .map(WebElement::getText)
                .toList();
    }

    private static String mainText(Browser browser) {
        return browser.driver().findElement(By.tagName("main")).getText().replace('\n', ' ');
    }

    /** A phone shows the screen at its width: nothing to scroll sideways. */
    private static void fitsThePhone(Browser phone) {
        assertThat(phone.script("return document.documentElement.scrollWidth")).as("the page's width on a phone")
                .isEqualTo(375L);
    }

    /**
     * Every screen: no JavaScript error so far (failed requests, such as a 404 membership lookup, may happen), no two
     * toasts drawn over each other in their corner, and saved.
     */
    private static void screen(Browser browser, String name) {
        assertThat(browser.javaScriptErrors()).as("JavaScript errors up to the screen " + name).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector(".toast"))).as("toasts on the screen " + name)
                .hasSizeLessThanOrEqualTo(1);
        browser.screenshot(name);
    }
}
