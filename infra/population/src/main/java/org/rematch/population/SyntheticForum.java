package org.rematch.population;

import java.util.List;

/** A peer forum for one path: a name, a description and path tags such as specialty:IM, country:PK, visa:J1. */
public record SyntheticForum(String name, String description, List<String> tags) {

    public SyntheticForum {
        tags = List.copyOf(tags);
    }
}
