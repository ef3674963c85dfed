import path from 'node:path';
import {defineProbe} from '../../flow/define-probe.js';
import type {FileSystem, System} from '../../system/types.js';
import type {Message, Text} from '../../i18n/message.js';

/** What the probe says of each outcome: the module's messages, said in the reader's language where shown. */
export type ModulePathUsesText = {
	readonly unreadable: (message: Text) => Message;
	readonly none: (required: Text) => Message;
	readonly found: (required: Text, places: Text) => Message;
};

/**
The places in go.mod and the module's Go files that name `required`: `found` (its data: the places, `file:line`),
`none`, or `error` when the files could not be read. Never throws.
*/
export const modulePathUsesProbe = defineProbe({
	id: 'module-path-uses',
	outcomes: ['found', 'none', 'error'],
	async run(input: {readonly system: System; readonly dir: string; readonly required: string; readonly text: ModulePathUsesText}) {
		const {dir, required, text} = input;
		const {fs} = input.system;
		const started = performance.now();
		const base = {probe: 'file', tool: 'gomod-doctor', command: `grep -n '${required}' go.mod **/*.go`} as const;
		const places: string[] = [];
		try {
			const files = ['go.mod', ...(await goFiles(fs, dir))];
			for (const file of files) {
				let content: string;
				try {
					// eslint-disable-next-line no-await-in-loop
					content = await fs.readFile(path.join(dir, file), 'utf8');
				} catch {
					continue;
				}

				for (const [index, line] of content.split('\n').entries()) {
					if (
						file === 'go.mod'
							? new RegExp(String.raw`(^|\s)${escapeRegExp(required)}(\s|$)`).test(line)
							: line.includes(`"${required}"`) || line.includes(`"${required}/`)
					) {
						places.push(`${file}:${index + 1}`);
					}
				}
			}
		} catch (error) {
			return {
				evidence: {
					...base,
					outcome: 'error' as const,
					summary: text.unreadable((error as Error).message),
					durationMs: Math.round(performance.now() - started),
				},
				data: [],
			};
		}

		const durationMs = Math.round(performance.now() - started);
		return places.length === 0
			? {evidence: {...base, outcome: 'none' as const, summary: text.none(required), durationMs}, data: places}
			: {
					evidence: {
						...base,
						outcome: 'found' as const,
						summary: text.found(required, places.join(', ')),
						durationMs,
						output: places.join('\n'),
					},
					data: places,
				};
	},
});

/** Files read at most, so that a huge tree cannot stall the diagnosis. */
const maxFiles = 2000;
const skipped = new Set(['vendor', 'testdata', 'node_modules']);

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

export function escapeRegExp(text: string): string {
	return text.replaceAll(/[.*+?^${}()|[\]\\]/g, String.raw`\$&`);
}
