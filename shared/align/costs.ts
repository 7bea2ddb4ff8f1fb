/**
 * The cost model of a bead: a prior for its shape, a Gale–Church length term, and lexical
 * anchor evidence. Costs are negative log-likelihood-like: lower is better.
 */

/** A bead shape: how many sentences it takes from each side. */
export interface BeadShape {
  da: number;
  db: number;
  prior: number;
}

export interface CostParams {
  /** −log prior of each shape; nulls are likelier than in parallel corpora since news rewrites add and drop sentences. */
  shapes: BeadShape[];
  /** Variance per character of the length difference (Gale–Church's s²). */
  lengthVariance: number;
  /** Weight of shared anchor evidence (subtracted). */
  lexicalWeight: number;
  /**
   * Cost of each sentence in a paired bead that shares no anchor with the other side: news
   * rewrites drop and add sentences, so a pairing with no evidence at all is barely better
   * than leaving both sentences unpaired.
   */
  bareSentenceCost: number;
  /** Cost of leaving unpaired a sentence that looks like page boilerplate. */
  boilerplateNullCost: number;
  /** Shared anchor weight a sentence needs so that it does not count as bare. */
  minEvidence: number;
  /** Cap of the length term so that strong anchors can still win over a bad length ratio. */
  maxLengthCost: number;
}

const cost = (p: number) => -Math.log(p);

export const DEFAULT_COST_PARAMS: CostParams = {
  shapes: [
    { da: 1, db: 1, prior: cost(0.89) },
    { da: 1, db: 0, prior: cost(0.1) },
    { da: 0, db: 1, prior: cost(0.1) },
    { da: 2, db: 1, prior: cost(0.05) },
    { da: 1, db: 2, prior: cost(0.05) },
    { da: 2, db: 2, prior: cost(0.004) },
    { da: 3, db: 1, prior: cost(0.001) },
    { da: 1, db: 3, prior: cost(0.001) },
  ],
  lengthVariance: 25,
  lexicalWeight: 1,
  bareSentenceCost: 2.5,
  minEvidence: 3.5,
  boilerplateNullCost: cost(0.5),
  maxLengthCost: 8,
};

/** Standard normal upper tail, Abramowitz–Stegun 26.2.17 (abs. error < 7.5e-8). */
export function normalTail(z: number): number {
  const t = 1 / (1 + 0.2316419 * z);
  const poly = t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return (Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI)) * poly;
}

/** Two-sided probability of a length mismatch at least this large, Gale–Church style. */
export function lengthProbability(la: number, lb: number, ratio: number, variance: number): number {
  const mean = (la + lb / ratio) / 2;
  const delta = (lb - la * ratio) / Math.sqrt(variance * Math.max(mean, 1));
  return Math.max(2 * normalTail(Math.abs(delta)), 1e-12);
}
