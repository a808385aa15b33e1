package org.rematch.directory.listing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * The calling mentee's match score per mentor, asked of matching (GET /api/match/suggestions) with the mentee's own
 * token. A synchronous call between services, the exception the design allows with a reason: the score rests on the
 * mentee's private path (exam history, visa need), which only matching holds, and is wanted for this one request;
 * copying every mentee × mentor score into the directory through events would be far more data for no gain. The
 * directory still answers when matching cannot: the search falls back to relevance and says why.
 */
@Component
class MatchScores {

    /** Scores per mentor id, or why there are none. */
    sealed interface Answer {
    }

    record Scores(Map<String, Double> byMentorId) implements Answer {
    }

    record Unavailable(String notice) implements Answer {
    }

    /** The JSON matching answers with; only what the directory reads. */
    record Suggestions(List<Suggestion> suggestions) {
        record Suggestion(String mentorId, double score) {
        }
    }

    /** As many suggestions as matching gives in one call. */
    static final int LIMIT = 100;

    private static final Logger log = LoggerFactory.getLogger(MatchScores.class);

    private final RestClient matching;

    MatchScores(@Value("${rematch.directory.matching-url}") String matchingUrl,
            @Value("${rematch.directory.matching-timeout:2s}") Duration timeout) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(timeout);
        requests.setReadTimeout(timeout);
        this.matching = RestClient.builder().baseUrl(matchingUrl).requestFactory(requests).build();
    }

    /** @param authorization the caller's Authorization header, passed on as it came */
    Answer forMentee(String authorization) {
        try {
            Suggestions answer = matching.get().uri("/api/match/suggestions?limit={limit}", LIMIT)
                    .header(HttpHeaders.AUTHORIZATION, authorization).retrieve().body(Suggestions.class);
            List<Suggestions.Suggestion> found = answer == null || answer.suggestions() == null ? List.of() : answer.suggestions();
            return new Scores(found.stream().collect(Collectors.toMap(Suggestions.Suggestion::mentorId, Suggestions.Suggestion::score,
                    Math::max)));
        } catch (RestClientResponseException refused) {
            if (refused.getStatusCode().isSameCodeAs(HttpStatus.CONFLICT)) {
                return new Unavailable("Match scores appear once your mentee profile reaches matching (create it with"
                        + " POST /api/mentees); sorted by relevance meanwhile.");
            }
            log.warn("matching answered {} for match scores; sorting by relevance", refused.getStatusCode());
            return unavailable();
        } catch (RestClientException unreachable) {
            log.warn("matching could not be asked for match scores ({}); sorting by relevance", unreachable.getMessage());
            return unavailable();
        }
    }

    private static Unavailable unavailable() {
        return new Unavailable("Match scores are unavailable right now; sorted by relevance instead.");
    }
}
