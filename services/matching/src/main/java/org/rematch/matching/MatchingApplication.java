package org.rematch.matching;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Matching: keeps read models of mentees, mentor listings and forums from their compacted topics, scores mentors for
 * each registered mentee, runs the pairing lifecycle (proposed, accepted, declined) and recommends peer forums.
 */
@SpringBootApplication
public class MatchingApplication {

    public static void main(String[] args) {
        SpringApplication.run(MatchingApplication.class, args);
    }
}
