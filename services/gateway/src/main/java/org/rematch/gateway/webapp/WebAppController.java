package org.rematch.gateway.webapp;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The web app's pages are paths the browser shows (History API), and inbox items and emails already link to them
 * (/pairings/{id}, /forums/{id}/threads/{threadId}, /moderation/queue?forumId=...), so loading or reloading any of
 * them must get the app, which then reads the path itself: a forward to static/index.html, status 200. Only these
 * prefixes (each pattern matches the bare prefix too): /api/**, /platform/**, /web/**, /.well-known/** and the
 * static files keep their handlers, and any other path stays a 404.
 */
@Controller
class WebAppController {

    @GetMapping({"/signin/**", "/signup/**", "/profile/**", "/pairings/**", "/mentors/**", "/forums/**", "/inbox/**",
            "/settings/**", "/listing/**", "/mentees/**", "/moderation/**", "/admin/**", "/account/**"})
    String app() {
        return "forward:/index.html";
    }
}
