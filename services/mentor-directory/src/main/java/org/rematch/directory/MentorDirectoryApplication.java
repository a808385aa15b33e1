package org.rematch.directory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Mentor listings: the journey, specialty and capacity mentors offer, and the search mentees use to find them. */
@SpringBootApplication
public class MentorDirectoryApplication {

    public static void main(String[] args) {
        SpringApplication.run(MentorDirectoryApplication.class, args);
    }
}
