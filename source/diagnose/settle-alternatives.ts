import type {ClassifiedItem} from '../classify/classify-go-error.js';
import {say, type Text} from '../i18n/index.js';
import type {Finding} from '../model/report.js';
import type {Category} from '../model/taxonomy.js';

/**
Which of the causes go's message leaves open (its primary and alternatives) the checks settled on, and why.
Part of the conclusion (and of `diagnose --json`'s report as `settled`); absent when go's message was unambiguous.
*/
export type Settlement = {
	/** Go's likely cause first, then its alternatives. */
	readonly candidates: readonly Category[];
	/** The candidate the evidence confirmed; absent when no check confirmed any. */
	readonly category?: Category;
	/** In plain words: which one, and the evidence (or that the checks did not decide). */
	readonly statement: Text;
};

/**
The candidate that a finding with a problem confirms (the first in the candidates' order), from the findings of
the checks and of the walk of the entry go failed on.
*/
export function settleAlternatives(primary: ClassifiedItem | undefined, evidence: readonly Finding[]): Settlement | undefined {
	if (primary === undefined || primary.alternatives.length === 0) {
		return undefined;
	}

	const words = say.classify.alternatives;
	const candidates = [primary.category, ...primary.alternatives.map((alternative) => alternative.category)];
	const problems = evidence.filter((finding) => finding.severity === 'error' || finding.severity === 'warning');
	for (const category of candidates) {
		const confirming = problems.find((finding) => finding.category === category);
		if (confirming !== undefined) {
			const ruledOut = candidates.filter((other) => other !== category);
			return {candidates, category, statement: words.settledOn(category, confirming.summary, ruledOut)};
		}
	}

	return {candidates, statement: words.notSettled(primary.category, candidates.slice(1))};
}
