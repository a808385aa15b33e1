package org.rematch.matching.proposal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rematch.matching.pairing.Pairings;
import org.rematch.matching.readmodel.MenteeReadModel;
import org.rematch.matching.readmodel.MenteeView;
import org.rematch.matching.readmodel.MentorReadModel;
import org.rematch.matching.readmodel.MentorView;
import org.rematch.matching.scoring.MentorCandidate;
import org.rematch.matching.scoring.MentorScorer;
import org.rematch.matching.surge.Assignment;
import org.rematch.matching.surge.CandidateGraph;
import org.rematch.matching.surge.SurgeOptimizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code rematch.matching.surge.batch-interval} the mentees queued during a surge are matched together: the
 * surge optimizer picks, over the candidate graph (each mentee's K best mentors and each mentor's K best mentees per
 * slot), the assignment of greatest total score, and each mentee is then proposed through the {@link Proposer} with
 * the optimizer's choice tried first. So every rule, the slot reservation and crash safety are the usual ones; a
 * mentee the optimizer left out, or whose chosen mentor was taken meanwhile, gets the best mentor still free.
 */
@Component
public class SurgeBatches {

    private static final Logger LOG = LoggerFactory.getLogger(SurgeBatches.class);

    private final MenteeReadModel mentees;
    private final MentorReadModel mentors;
    private final Pairings pairings;
    private final Proposer proposer;
    private final Clock clock;
    private final CandidateGraph graph;
    private final int batchSize;

    public SurgeBatches(MenteeReadModel mentees, MentorReadModel mentors, Pairings pairings, Proposer proposer, Clock clock,
            MentorScorer scorer,
            @Value("${rematch.matching.surge.k:30}") int k, @Value("${rematch.matching.surge.batch-size:10000}") int batchSize) {
        this.mentees = mentees;
        this.mentors = mentors;
        this.pairings = pairings;
        this.proposer = proposer;
        this.clock = clock;
        this.graph = new CandidateGraph(scorer, k);
        this.batchSize = batchSize;
    }

    @Scheduled(fixedDelayString = "${rematch.matching.surge.batch-interval:5s}",
            initialDelayString = "${rematch.matching.surge.batch-interval:5s}")
    public void matchQueued() {
        List<MenteeView> queued = mentees.queued(batchSize);
        if (queued.isEmpty()) {
            return;
        }
        List<MentorCandidate> candidates = mentors.maybeAccepting().stream().map(MentorView::candidate).toList();
        LocalDate today = LocalDate.now(clock);
        Map<String, Integer> slots = new HashMap<>();
        candidates.stream().filter(mentor -> mentor.available(today)).forEach(mentor -> slots.put(mentor.mentorId(), mentor.capacityLeft()));
        long start = System.nanoTime();
        Assignment assignment = SurgeOptimizer.assign(graph.batch(queued.stream().map(mentee -> mentee.path(today)).toList(), candidates,
                notAgain(queued), today), slots);
        long solved = System.nanoTime();
        for (MenteeView mentee : queued) {
            proposer.proposeNextRound(mentee.id(), assignment.mentorOf().get(mentee.id()));
        }
        // what an operator watching Match Monday wants to know, and what docs/performance.md's load run reads
        LOG.info("Surge batch: {} queued mentees, {} assigned by the optimizer (mean score {}), solved in {} ms, proposed in {} ms",
                queued.size(), assignment.mentorOf().size(),
                assignment.mentorOf().isEmpty() ? 0 : Math.round(assignment.totalScore() / assignment.mentorOf().size() * 1000) / 1000.0,
                (solved - start) / 1_000_000, (System.nanoTime() - solved) / 1_000_000);
    }

    /** Per mentee, the mentors they must not be proposed: their earlier pairings' and those they flagged a conflict with. */
    private Map<String, Set<String>> notAgain(List<MenteeView> queued) {
        Map<String, Set<String>> earlier = pairings.earlierMentorsOf(queued.stream().map(MenteeView::id).toList());
        Map<String, Set<String>> notAgain = new HashMap<>();
        queued.forEach(mentee -> notAgain.put(mentee.id(), mentee.notAgain(earlier.getOrDefault(mentee.id(), Set.of()))));
        return notAgain;
    }
}
