package org.rematch.testsupport.authz;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/** Fresh account ids for every caller, made anew for each cell so no cell sees another's data or side effects. */
public final class World {

    private final Map<Caller, String> accountIds = new EnumMap<>(Caller.class);

    World() {
        for (Caller caller : Caller.values()) {
            accountIds.put(caller, UUID.randomUUID().toString());
        }
    }

    public String id(Caller caller) {
        return accountIds.get(caller);
    }
}
