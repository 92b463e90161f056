package eu.buyzet.portal.dialogue;

/**
 * A dialogue with something for the current reader to do, for the start page.
 *
 * @param questionsToAnswer questions waiting for the reader's answer (its agency or moderators)
 * @param mayAsk the reader's organisation takes part and may still ask, until the clarification deadline
 * @param mayRegister a supplier that does not take part yet may register now
 */
public record DialogueTask(Dialogue dialogue, int questionsToAnswer, boolean mayAsk, boolean mayRegister) {
}
