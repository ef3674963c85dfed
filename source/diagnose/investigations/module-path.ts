import path from 'node:path';
import {modulePathFlow, type ModulePathSubject} from '../../flow/graphs/module-path.js';
import {reproductionErrorText} from '../../go/reproduce-download.js';
import {t} from '../../i18n/index.js';
import type {Evidence, Finding} from '../../model/report.js';
import type {FileSystem} from '../../system/types.js';
import type {Investigation} from '../investigation.js';
import {walkEvidence} from '../run-investigations.js';

/** go's words: `module declares its path as: X` / `but was required as: Y` (on one line or two). */
const mismatchPattern = /module declares its path as:\s*(\S+)\s+but was required as:\s*(\S+)/;

/** `module declares its path as`: both paths, and the files of this module that name the old one. */
export const modulePathInvestigation: Investigation<ModulePathSubject> = {
	id: 'module-path',
	flow: modulePathFlow,
	phase: 'after',
	subjects(context) {
		if (!(context.classified ?? []).some((item) => item.category === 'module-path')) {
			return [];
		}

		const text = context.reproduction === undefined ? '' : `${reproductionErrorText(context.reproduction)}\n${context.reproduction.stderr}`;
		const subjects: ModulePathSubject[] = [];
		for (const match of text.matchAll(new RegExp(mismatchPattern, 'g'))) {
			const declared = match[1]!;
			const required = match[2]!;
			if (subjects.some((subject) => subject.required === required)) {
				continue;
			}

			const version =
				new RegExp(`${escapeRegExp(required)}@(v[^\\s:]+)`).exec(text)?.[1] ??
				context.goMod?.requires.find((require) => require.path === required)?.version ??
				'';
			subjects.push({label: required, required, declared, version});
		}

		return subjects;
	},
	async check(pending, subject, run) {
		if (pending.probe !== 'module-path-uses') {
			throw new Error(`module-path has no check ${pending.probe}`);
		}

		return findPathUses(run.context.system.fs, run.context.dir, subject.required);
	},
	findings(walk): Finding[] {
		const {subject} = walk;
		const evidence = walkEvidence(walk);
		const places = evidence.find((item) => item.outcome === 'found')?.output?.split('\n').filter((line) => line !== '') ?? [];
		return [
			{
				category: 'module-path',
				severity: 'error',
				subject: subject.required,
				summary: walk.summary,
				evidence,
				fixes: walk.offers.includes('module-path-change')
					? [
							{
								id: 'module-path-change',
								title: t().private.modulePathTitle(subject.declared),
								detail: t().private.modulePathDetail(subject.required, subject.declared, places.length > 0 ? places.join(', ') : t().private.modulePathIndirect),
								kind: 'info',
								scope: 'persistent',
								weakensSecurity: false,
							},
						]
					: [],
			},
		];
	},
};

/** Files read at most, so that a huge tree cannot stall the diagnosis. */
const maxFiles = 2000;
const skipped = new Set(['vendor', 'testdata', 'node_modules']);

/** The places in go.mod and the module's Go files that name `required` (`file:line`). Exported for tests. Never throws. */
export async function findPathUses(fs: FileSystem, dir: string, required: string): Promise<Evidence> {
	const started = performance.now();
	const base = {probe: 'file', tool: 'gomod-doctor', command: `grep -n '${required}' go.mod **/*.go`} as const;
	const places: string[] = [];
	try {
		const files = ['go.mod', ...(await goFiles(fs, dir))];
		for (const file of files) {
			let text: string;
			try {
				// eslint-disable-next-line no-await-in-loop
				text = await fs.readFile(path.join(dir, file), 'utf8');
			} catch {
				continue;
			}

			for (const [index, line] of text.split('\n').entries()) {
				if (file === 'go.mod' ? new RegExp(`(^|\\s)${escapeRegExp(required)}(\\s|$)`).test(line) : line.includes(`"${required}"`) || line.includes(`"${required}/`)) {
					places.push(`${file}:${index + 1}`);
				}
			}
		}
	} catch (error) {
		return {...base, outcome: 'error', summary: t().findings.modulePath.unreadable((error as Error).message), durationMs: Math.round(performance.now() - started)};
	}

	const durationMs = Math.round(performance.now() - started);
	return places.length === 0
		? {...base, outcome: 'none', summary: t().findings.modulePath.none(required), durationMs}
		: {...base, outcome: 'found', summary: t().findings.modulePath.found(required, places.join(', ')), durationMs, output: places.join('\n')};
}

async function goFiles(fs: FileSystem, dir: string): Promise<string[]> {
	const found: string[] = [];
	const queue = [''];
	while (queue.length > 0 && found.length < maxFiles) {
		const relative = queue.shift()!;
		// eslint-disable-next-line no-await-in-loop
		const entries = await fs.readdirEntries(path.join(dir, relative)).catch(() => []);
		for (const entry of entries) {
			if (entry.name.startsWith('.') || entry.name.startsWith('_') || skipped.has(entry.name)) {
				continue;
			}

			const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
			if (entry.isDirectory()) {
				queue.push(child);
			} else if (entry.isFile() && entry.name.endsWith('.go') && found.length < maxFiles) {
				found.push(child);
			}
		}
	}

	return found;
}

function escapeRegExp(text: string): string {
	return text.replaceAll(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`);
}
