import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';

/**
 * One rule for passphrase strength, used by the meter in the form and enforced by the
 * core (so the CLI and the bridge refuse the same passphrases).
 */
export const MIN_PASSPHRASE_LENGTH = 10;
export const MIN_SCORE = 3;

let factory: ZxcvbnFactory | undefined;
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
  return factory;
}

export interface PassphraseStrength {
  /** 0 (guessable in seconds) to 4 (very strong). */
  score: 0 | 1 | 2 | 3 | 4;
  problem: string | undefined;
}

export function passphraseStrength(passphrase: string): PassphraseStrength {
  const zxcvbn = estimator();
  let score: PassphraseStrength['score'];
  try {
    score = zxcvbn.check(passphrase.slice(0, 256)).score as PassphraseStrength['score'];
  } finally {
    // The factory keeps its last scoring (the passphrase and every matched piece) until the
    // next one: score an empty string so it holds nothing once this call returns.
    zxcvbn.check('');
  }
  let problem: string | undefined;
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    problem = `Use at least ${MIN_PASSPHRASE_LENGTH} characters; a few unrelated words work well.`;
  } else if (score < MIN_SCORE) {
    problem = 'Too easy to guess: add another unrelated word or two, and avoid names, dates and common phrases.';
  }
  return { score, problem };
}

export function passphraseProblem(passphrase: string): string | undefined {
  return passphraseStrength(passphrase).problem;
}
