package org.rematch.forums.thread;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.Objects;
import org.rematch.forums.web.Actors;
import org.rematch.forums.web.PageView;
import org.rematch.forums.web.Paging;
import org.rematch.kit.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Threads of a forum and their posts. A JSON null body is read as an empty one, so its fields are named as missing. */
@RestController
@RequestMapping("/api/forums/{forumId}/threads")
class ThreadController {

    private final ThreadService service;

    ThreadController(ThreadService service) {
        this.service = service;
    }

    @PostMapping
    @Operation(summary = "Start a thread: title (3-200 characters, one line) and opening post (CommonMark, 1-20,000 characters); "
            + "members and the forum's moderators, while the forum is open")
    ResponseEntity<ThreadView> start(@PathVariable String forumId, @RequestBody(required = false) ThreadRequest request,
            @AuthenticationPrincipal Jwt jwt) {
        CurrentUser user = CurrentUser.of(jwt);
        ThreadView thread = service.start(forumId, Objects.requireNonNullElse(request, new ThreadRequest(null, null)), Actors.of(user),
                user.displayName().orElse(null));
        return ResponseEntity.created(URI.create("/api/forums/" + forumId + "/threads/" + thread.threadId())).body(thread);
    }

    @GetMapping
    @Operation(summary = "A forum's threads, newest activity first; page (from 0), size (1-50, default 20)")
    PageView<ThreadView> list(@PathVariable String forumId, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size, @AuthenticationPrincipal Jwt jwt) {
        return service.list(forumId, Actors.of(jwt), Paging.parse(page, size));
    }

    @GetMapping("/{threadId}")
    @Operation(summary = "One thread with its opening post")
    ThreadView one(@PathVariable String forumId, @PathVariable String threadId, @AuthenticationPrincipal Jwt jwt) {
        return service.one(forumId, threadId, Actors.of(jwt));
    }

    @PutMapping("/{threadId}")
    @Operation(summary = "Change a thread's title (the person who started it, while a member and the forum is open)")
    ThreadView retitle(@PathVariable String forumId, @PathVariable String threadId,
            @RequestBody(required = false) TitleRequest request, @AuthenticationPrincipal Jwt jwt) {
        return service.retitle(forumId, threadId, Objects.requireNonNullElse(request, new TitleRequest(null)), Actors.of(jwt));
    }

    @GetMapping("/{threadId}/posts")
    @Operation(summary = "A thread's posts, oldest first, each as CommonMark (body) and sanitised HTML (html); a post hidden "
            + "pending review shows no words except to its author and the moderators; held posts only to them; "
            + "page (from 0), size (1-50, default 20)")
    PageView<PostView> posts(@PathVariable String forumId, @PathVariable String threadId, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size, @AuthenticationPrincipal Jwt jwt) {
        return service.posts(forumId, threadId, Actors.of(jwt), Paging.parse(page, size));
    }

    @PostMapping("/{threadId}/posts")
    @Operation(summary = "Reply in a thread (CommonMark, 1-20,000 characters); members and the forum's moderators, while the "
            + "forum is open")
    ResponseEntity<PostView> reply(@PathVariable String forumId, @PathVariable String threadId,
            @RequestBody(required = false) PostRequest request, @AuthenticationPrincipal Jwt jwt) {
        CurrentUser user = CurrentUser.of(jwt);
        PostView post = service.reply(forumId, threadId, Objects.requireNonNullElse(request, new PostRequest(null)), Actors.of(user),
                user.displayName().orElse(null));
        return ResponseEntity.created(URI.create("/api/forums/" + forumId + "/threads/" + threadId + "/posts/" + post.postId()))
                .body(post);
    }

    @PutMapping("/{threadId}/posts/{postId}")
    @Operation(summary = "Edit your own post (while a member and the forum is open)")
    PostView edit(@PathVariable String forumId, @PathVariable String threadId, @PathVariable String postId,
            @RequestBody(required = false) PostRequest request, @AuthenticationPrincipal Jwt jwt) {
        return service.edit(forumId, threadId, postId, Objects.requireNonNullElse(request, new PostRequest(null)),
                Actors.of(jwt));
    }

    @DeleteMapping("/{threadId}/posts/{postId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete your own post: it keeps its place in the thread, its body goes (always allowed; 204 again if "
            + "already deleted)")
    void delete(@PathVariable String forumId, @PathVariable String threadId, @PathVariable String postId,
            @AuthenticationPrincipal Jwt jwt) {
        service.delete(forumId, threadId, postId, Actors.of(jwt));
    }
}
