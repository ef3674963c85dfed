import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {classifyGoOutput, type ClassifiedItem} from '../source/classify/classify-go-error.js';
import {publicProxyHosts} from '../source/classify/extract-details.js';
import type {Category} from '../source/model/taxonomy.js';

/** One real report: go's output as a thread showed it, and the cause the thread settled on. */
export type CorpusEntry = {
	readonly id: string;
	readonly url: string;
	readonly category: Category;
	readonly surfaceMisleading: boolean;
	readonly why: string;
	readonly text: string;
};

/** How one category fared: how often it was the truth, how often the primary, and how often both. */
export type CategoryScore = {
	readonly truth: number;
	readonly predicted: number;
	readonly correct: number;
	readonly precision: number;
	readonly recall: number;
};

/** An entry whose primary was not the settled cause. */
export type Miss = {
	readonly id: string;
	readonly truth: Category;
	readonly primary?: Category;
	readonly alternatives: readonly Category[];
	readonly misleading: boolean;
};

/** What `npm run accuracy` measures over the corpus. */
export type AccuracyReport = {
	readonly total: number;
	readonly primaryRight: number;
	readonly eitherRight: number;
	readonly misleadingTotal: number;
	readonly misleadingPrimaryRight: number;
	readonly misleadingEitherRight: number;
	readonly perCategory: ReadonlyMap<Category, CategoryScore>;
	readonly misses: readonly Miss[];
	/** Entries with an error line that got no category at all. */
	readonly unclassified: readonly string[];
	/** Entries where the primary's fixes would harm the settled cause, and why. */
	readonly harmful: ReadonlyArray<{id: string; reason: string}>;
};

export const corpusPath = fileURLToPath(new URL('../test/corpus/go-errors.json', import.meta.url));

export function loadCorpus(path = corpusPath): CorpusEntry[] {
	const parsed = JSON.parse(readFileSync(path, 'utf8')) as {entries: CorpusEntry[]};
	return parsed.entries;
}

/** Fixes that hand over or set up credentials: wrong for a refusal that no credentials can change. */
const credentialFixes = new Set(['goprivate-host', 'netrc', 'ssh-key', 'git-insteadof-ssh', 'goauth']);

/** A 403/404/410 from a public mirror or checksum database, without any sign that credentials were asked for. */
function publicRefusal(text: string): boolean {
	const lower = text.toLowerCase();
	if (/\b401\b|www-authenticate|terminal prompts|could not read (?:username|password)|authentication failed/.test(lower)) {
		return false;
	}

	for (const match of lower.matchAll(/https?:\/\/([a-z\d.-]+)[^\s"]*:?\s*(?:"?:\s*)?(40[34]|410)\b/g)) {
		if (match[1] !== undefined && publicProxyHosts.has(match[1])) {
			return true;
		}
	}

	return false;
}

function harmfulFor(entry: CorpusEntry, primary: ClassifiedItem | undefined): string | undefined {
	if (primary === undefined) {
		return undefined;
	}

	const ids = primary.fixes.map((fix) => fix.id);
	if (entry.category !== 'private-auth' && publicRefusal(entry.text)) {
		const credential = ids.find((id) => credentialFixes.has(id));
		if (credential !== undefined) {
			return `a credentials fix (${credential}) for a public server's refusal`;
		}
	}

	if (entry.category === 'proxy-bad-response' && /zip: not a valid zip file|unexpected eof/i.test(entry.text)) {
		const wipe = ids.indexOf('clean-modcache');
		const check = ids.indexOf('clean-cache-check');
		if (wipe !== -1 && (check === -1 || check > wipe)) {
			return "a cache wipe for a mirror's bad zip, without the clean-cache check first";
		}
	}

	return undefined;
}

/** Classifies every entry and counts, per category and overall, how often the primary (or an alternative) was right. */
export function measureAccuracy(entries: readonly CorpusEntry[]): AccuracyReport {
	const counts = new Map<Category, {truth: number; predicted: number; correct: number}>();
	const count = (category: Category) => {
		const found = counts.get(category) ?? {truth: 0, predicted: 0, correct: 0};
		counts.set(category, found);
		return found;
	};

	let primaryRight = 0;
	let eitherRight = 0;
	let misleadingTotal = 0;
	let misleadingPrimaryRight = 0;
	let misleadingEitherRight = 0;
	const misses: Miss[] = [];
	const unclassified: string[] = [];
	const harmful: Array<{id: string; reason: string}> = [];
	for (const entry of entries) {
		const result = classifyGoOutput(entry.text);
		const {primary} = result;
		const alternatives = (primary?.alternatives ?? []).map((alternative) => alternative.category);
		const isPrimary = primary?.category === entry.category;
		const isEither = isPrimary || alternatives.includes(entry.category);
		count(entry.category).truth++;
		if (primary === undefined) {
			unclassified.push(entry.id);
		} else {
			count(primary.category).predicted++;
		}

		if (isPrimary) {
			primaryRight++;
			count(entry.category).correct++;
		} else {
			misses.push({
				id: entry.id,
				truth: entry.category,
				...(primary === undefined ? {} : {primary: primary.category}),
				alternatives,
				misleading: entry.surfaceMisleading,
			});
		}

		if (isEither) {
			eitherRight++;
		}

		if (entry.surfaceMisleading) {
			misleadingTotal++;
			misleadingPrimaryRight += isPrimary ? 1 : 0;
			misleadingEitherRight += isEither ? 1 : 0;
		}

		const reason = harmfulFor(entry, primary);
		if (reason !== undefined) {
			harmful.push({id: entry.id, reason});
		}
	}

	const perCategory = new Map<Category, CategoryScore>();
	for (const [category, {truth, predicted, correct}] of [...counts.entries()].toSorted(([a], [b]) => a.localeCompare(b))) {
		perCategory.set(category, {
			truth,
			predicted,
			correct,
			precision: predicted === 0 ? 0 : correct / predicted,
			recall: truth === 0 ? 0 : correct / truth,
		});
	}

	return {
		total: entries.length,
		primaryRight,
		eitherRight,
		misleadingTotal,
		misleadingPrimaryRight,
		misleadingEitherRight,
		perCategory,
		misses,
		unclassified,
		harmful,
	};
}

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`);

/** The report as the Markdown table the README carries. */
export function renderAccuracyMarkdown(report: AccuracyReport): string {
	const lines = [
		`Corpus: ${report.total} real reports, ${report.misleadingTotal} of them surface-misleading.`,
		'',
		'| measure | primary alone | primary or an alternative |',
		'|---|---|---|',
		`| whole corpus | ${percent(report.primaryRight, report.total)} (${report.primaryRight}/${report.total}) | ${percent(report.eitherRight, report.total)} (${report.eitherRight}/${report.total}) |`,
		`| surface-misleading | ${percent(report.misleadingPrimaryRight, report.misleadingTotal)} (${report.misleadingPrimaryRight}/${report.misleadingTotal}) | ${percent(report.misleadingEitherRight, report.misleadingTotal)} (${report.misleadingEitherRight}/${report.misleadingTotal}) |`,
		'',
		`Without a category: ${report.unclassified.length}. Harmful fixes for the settled cause: ${report.harmful.length}.`,
		'',
		'| category | reports | primary | right | precision | recall |',
		'|---|---|---|---|---|---|',
	];
	for (const [category, score] of report.perCategory) {
		lines.push(
			`| \`${category}\` | ${score.truth} | ${score.predicted} | ${score.correct} | ${percent(score.correct, score.predicted)} | ${percent(score.correct, score.truth)} |`,
		);
	}

	return `${lines.join('\n')}\n`;
}
