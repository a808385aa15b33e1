package org.rematch.forums;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Peer forums for people on the same path, tagged so matching can recommend them. */
@SpringBootApplication
public class ForumsApplication {

    public static void main(String[] args) {
        SpringApplication.run(ForumsApplication.class, args);
    }
}
