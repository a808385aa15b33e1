package org.rematch.matching.surge;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The assignment of a whole batch that maximises the total score exactly, with no mentor given more mentees than slots
 * left: a min-cost flow (OR-Tools) on the candidate graph.
 *
 * <p>Nodes: a source with one unit per mentee, a node per mentee, a node per mentor, a sink. Arcs: source → mentee
 * (capacity 1), mentee → candidate mentor (capacity 1, cost {@code SCALE - score·SCALE}), mentor → sink (capacity =
 * slots left), and mentee → sink directly (capacity 1, cost {@code SCALE}: waiting, worth a score of 0). Every unit
 * reaches the sink, so the minimum cost is {@code SCALE · mentees - total score · SCALE}: the minimum-cost flow is the
 * assignment of greatest total score. Scores carry three decimals, so the scaling to whole numbers loses nothing.
 */
public final class SurgeOptimizer {

    /** Scores are rounded to three decimals: a thousandth is the unit of cost. */
    static final long SCALE = 1000;

    static {
        Loader.loadNativeLibraries();
    }

    private SurgeOptimizer() {
    }

    public static Assignment assign(List<WaitingMentee> batch, Map<String, Integer> slotsLeft) {
        Map<String, Integer> mentorNode = new LinkedHashMap<>();
        int source = 0;
        int sink = 1;
        int firstMentee = 2;
        int nextNode = firstMentee + batch.size();
        for (WaitingMentee mentee : batch) {
            for (Candidate candidate : mentee.candidates()) {
                if (slotsLeft.getOrDefault(candidate.mentorId(), 0) > 0 && !mentorNode.containsKey(candidate.mentorId())) {
                    mentorNode.put(candidate.mentorId(), nextNode++);
                }
            }
        }

        MinCostFlow flow = new MinCostFlow();
        try {
            record Choice(int arc, String menteeId, String mentorId) {
            }
            List<Choice> choices = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                WaitingMentee mentee = batch.get(i);
                int node = firstMentee + i;
                flow.addArcWithCapacityAndUnitCost(source, node, 1, 0);
                flow.addArcWithCapacityAndUnitCost(node, sink, 1, SCALE);
                for (Candidate candidate : mentee.candidates()) {
                    Integer mentor = mentorNode.get(candidate.mentorId());
                    if (mentor != null) {
                        int arc = flow.addArcWithCapacityAndUnitCost(node, mentor, 1, SCALE - Math.round(candidate.score() * SCALE));
                        choices.add(new Choice(arc, mentee.menteeId(), candidate.mentorId()));
                    }
                }
            }
            mentorNode.forEach((mentorId, node) -> flow.addArcWithCapacityAndUnitCost(node, sink, slotsLeft.get(mentorId), 0));
            flow.setNodeSupply(source, batch.size());
            flow.setNodeSupply(sink, -batch.size());

            MinCostFlowBase.Status status = flow.solve();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("The min-cost flow of a surge batch ended " + status);
            }
            Map<String, String> mentorOf = new HashMap<>();
            for (Choice choice : choices) {
                if (flow.getFlow(choice.arc()) > 0) {
                    mentorOf.put(choice.menteeId(), choice.mentorId());
                }
            }
            return Assignment.of(mentorOf, batch);
        } finally {
            flow.delete();
        }
    }
}
