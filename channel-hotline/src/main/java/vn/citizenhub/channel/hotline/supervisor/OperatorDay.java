package vn.citizenhub.channel.hotline.supervisor;

import java.time.LocalDate;

/**
 * One operator's calls on one day, as counted from the call log.
 *
 * @param operator null for calls nobody's desk took (missed at an unclaimed extension)
 * @param operatorName the name the operator goes by, when known
 * @param genuine calls with a real matter: a new ticket, a follow-up or an answer on the spot
 * @param timed calls with a handling time (every handled call; not missed ones)
 * @param hours distinct clock hours in which the operator had calls: their staffed hours
 */
public record OperatorDay(LocalDate day, String operator, String operatorName, long calls,
    long genuine,
    long answeredOnTheSpot, long missed, long wrongOrNuisance, long timed,
    long handlingSeconds, long hours) {}
