package org.rematch.population;

import java.util.List;

/** One generated population: a moderator, the forums they create, mentors and mentees. */
public record Population(long seed, Login moderator, List<SyntheticForum> forums, List<SyntheticMentor> mentors,
                         List<SyntheticMentee> mentees) {

    public Population {
        forums = List.copyOf(forums);
        mentors = List.copyOf(mentors);
        mentees = List.copyOf(mentees);
    }

    /** Generates with {@link PopulationGenerator} (same seed and year, same population). */
    public static Population generate(long seed, Sizes sizes, int currentYear) {
        return new PopulationGenerator(seed, currentYear).population(sizes);
    }
}
