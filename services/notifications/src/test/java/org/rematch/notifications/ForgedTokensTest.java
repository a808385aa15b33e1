package org.rematch.notifications;

import org.rematch.testsupport.RefusesForgedTokens;
import org.rematch.testsupport.RematchServiceTest;

@RematchServiceTest
class ForgedTokensTest extends RefusesForgedTokens {

    @Override
    protected String protectedPath() {
        return "/api/notifications";
    }
}
