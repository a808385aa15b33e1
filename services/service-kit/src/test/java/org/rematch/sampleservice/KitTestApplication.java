package org.rematch.sampleservice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.rematch.contracts.Topics;
import org.rematch.contracts.forums.ForumSnapshot;
import org.rematch.kit.messaging.ProcessedEvents;
import org.rematch.kit.outbox.OutboxEvent;
import org.rematch.kit.privacy.AccountErasure;
import org.rematch.kit.privacy.PersonalData;
import org.rematch.kit.security.CurrentUser;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A minimal service built on the kit, outside its packages, to test the kit as every service gets it: by auto-configuration. */
@SpringBootApplication
public class KitTestApplication {

    /** A document that carries an outbox, like every producing service's aggregates. */
    public record Note(String id, String text, List<OutboxEvent> outbox) {
    }

    public record NoteRequest(@NotBlank String text, @Min(1) int priority) {
    }

    @RestController
    static class NoteController {

        @PostMapping("/api/notes")
        @ResponseStatus(HttpStatus.CREATED)
        @PreAuthorize("hasRole('MODERATOR')")
        NoteRequest create(@Valid @RequestBody NoteRequest request, @AuthenticationPrincipal Jwt jwt) {
            CurrentUser.of(jwt);
            return request;
        }

        @GetMapping("/api/notes")
        List<String> list(@RequestParam(defaultValue = "10") @Min(1) int limit) {
            return List.of();
        }
    }

    /** Remembers whom it erased, and exports a note per account, as a service's privacy hooks do. */
    @org.springframework.stereotype.Component
    public static class NotesPrivacy implements AccountErasure, PersonalData {

        public final List<String> erased = new CopyOnWriteArrayList<>();

        @Override
        public void erase(String accountId) {
            erased.add(accountId);
        }

        @Override
        public Object of(String accountId) {
            return Map.of("notesAbout", accountId);
        }
    }

    /** Records what it consumed; fails on forums named "fail" to exercise retries and the dead-letter topic. */
    @org.springframework.stereotype.Component
    public static class ForumListener {

        public final List<ForumSnapshot> consumed = new CopyOnWriteArrayList<>();
        public final List<String> attempts = new CopyOnWriteArrayList<>();
        private final ProcessedEvents processedEvents;

        ForumListener(ProcessedEvents processedEvents) {
            this.processedEvents = processedEvents;
        }

        @KafkaListener(topics = Topics.FORUMS)
        void on(ConsumerRecord<String, ForumSnapshot> record) {
            attempts.add(record.key());
            if (record.value() != null && record.value().name().equals("fail")) {
                throw new IllegalStateException("handler failure for " + record.key());
            }
            processedEvents.once("kit-test.forums", record, () -> consumed.add(record.value()));
        }
    }
}
