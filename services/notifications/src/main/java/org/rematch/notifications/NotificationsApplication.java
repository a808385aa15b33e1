package org.rematch.notifications;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Each person's inbox: what matching tells on matching.pairings and what the forums tell on forums.activity, rendered
 * for the person it concerns.
 */
@SpringBootApplication
public class NotificationsApplication {

    public static void main(String[] args) {
        SpringApplication.run(NotificationsApplication.class, args);
    }
}
