package eu.buyzet.portal.buyergroup;

/** A group waiting for the current reader to take a step: the start page lists it with the step. */
public record GroupTask(BuyerGroup group, GroupAction step) {
}
