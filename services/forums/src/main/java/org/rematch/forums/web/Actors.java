package org.rematch.forums.web;

import java.util.Set;
import org.rematch.forums.forum.domain.Actor;
import org.rematch.kit.security.CurrentUser;
import org.springframework.security.oauth2.jwt.Jwt;

/** The caller, as the forum rules know them: their account id and roles from the token. */
public final class Actors {

    private Actors() {
    }

    public static Actor of(Jwt jwt) {
        return of(CurrentUser.of(jwt));
    }

    public static Actor of(CurrentUser user) {
        return new Actor(user.accountId(), Set.copyOf(user.roles()));
    }
}
