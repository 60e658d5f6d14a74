package vn.danhgia.evaluation.engine;

import vn.danhgia.evaluation.report.RuleSetIdentity;
import vn.danhgia.evaluation.report.Summary;

/**
 * What a streamed evaluation did.
 *
 * @param cadres how many cadres were evaluated
 * @param peerGroups how many peer groups the peer-group phases ran for
 * @param ruleSet the rule set applied
 * @param inputSha256 the stream's content hash (see {@link vn.danhgia.evaluation.io.CadreStream})
 * @param summary the count of each rating
 */
public record StreamSummary(long cadres, int peerGroups, RuleSetIdentity ruleSet, String inputSha256,
    Summary summary) {}
