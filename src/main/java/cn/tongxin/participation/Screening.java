package cn.tongxin.participation;

import java.util.List;

/**
 * The outcome of a public write that passed the pipeline.
 *
 * @param held         whether it waits for a moderator (the item pre-moderates, or a sensitive word was found)
 * @param flaggedWords the committee's words found in it, for the moderator
 */
public record Screening(boolean held, List<String> flaggedWords) {
}
