package vn.danhgia.evaluation.vocabulary;

/**
 * What a product came to.
 *
 * @param product the product's id
 * @param work the task or order it proves
 * @param met whether it counts as met
 * @param exceeded whether it counts as exceeded
 * @param late whether it was delivered after the work's deadline
 */
public record ProductCheck(String product, WorkItem work, boolean met, boolean exceeded, boolean late) {}
