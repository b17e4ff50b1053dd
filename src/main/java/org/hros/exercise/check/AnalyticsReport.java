package org.hros.exercise.check;

import java.util.List;

/** The member's answers next to the computed ones. */
public record AnalyticsReport(List<Answer> answers) {

    public AnalyticsReport {
        answers = List.copyOf(answers);
    }

    /**
     * One answer.
     *
     * @param given what the member answered, as typed (empty when not answered)
     * @param expected the value computed from the data set
     * @param within whether the answer counts as right
     */
    public record Answer(
            String questionId,
            String questionKey,
            List<String> questionArgs,
            boolean numeric,
            String given,
            String expected,
            boolean within) {

        public Object[] questionArgArray() {
            return questionArgs.toArray();
        }

        /** The given number, or null when it is not a number. */
        public Double givenNumber() {
            return AnalyticsCheck.number(given);
        }

        public double expectedNumber() {
            return numeric ? Double.parseDouble(expected) : 0;
        }
    }

    public List<Answer> numericAnswers() {
        return answers.stream().filter(Answer::numeric).toList();
    }
}
