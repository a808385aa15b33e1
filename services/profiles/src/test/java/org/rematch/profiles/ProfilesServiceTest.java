package org.rematch.profiles;

import org.rematch.testsupport.ServiceTestBase;
import org.springframework.test.context.TestPropertySource;

/**
 * The running profiles service, with the one set of properties every integration test class uses (so they share one
 * application context), called through {@link ProfilesHttp}. Subclasses carry {@code @RematchServiceTest}.
 */
@TestPropertySource(properties = {ProfilesHttp.ADMIN_EMAIL_PROPERTY, ProfilesHttp.ADMIN_PASSWORD_PROPERTY})
public abstract class ProfilesServiceTest extends ServiceTestBase {

    @Override
    protected ProfilesHttp http() {
        return new ProfilesHttp(port);
    }
}
