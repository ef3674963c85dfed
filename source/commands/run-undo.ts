import {undoChanges} from '../fixes/undo.js';
import {catalogTree, renderText, t, type Language} from '../i18n/index.js';
import type {Environment, System} from '../system/types.js';
import {createRedactor} from '../redact/redact.js';
import {createLazySystem} from '../system/create-lazy-system.js';
import type {CliCommand} from './command-line.js';
import {resolveCommonOptions} from './options.js';

/**
`gomod-doctor undo`: restores every go setting the journal still holds as changed, newest first.
Exit status: 0 restored (or nothing to undo), 2 the undo failed.
*/
export async function runUndo(
	system: System,
	options: {dir: string; language: Language},
	env: Environment,
	write: (text: string) => void,
): Promise<number> {
	const text = t(options.language).cli.undo;
	const result = await undoChanges(system, {env, cwd: options.dir, timeoutMs: 15_000});
	const redactor = createRedactor({env});
	const lines: string[] = [];
	if (result.restored.length === 0 && result.ok) {
		lines.push(text.nothing);
	}

	for (const entry of result.restored) {
		lines.push(text.restored(entry.keys.join(', '), String(entry.id)));
	}

	if (result.restored.length > 0 && result.fileMatches) {
		lines.push(text.fileMatches);
	}

	lines.push(...result.messages.map((message) => renderText(message, catalogTree(options.language))));
	write(`${lines.map((line) => redactor.redact(line)).join('\n')}\n`);
	return result.ok ? 0 : 2;
}

/** `gomod-doctor undo`, from the command line. */
export const undoCommand: CliCommand = async ({flags, language, env, userDirectory, write}) => {
	const options = await resolveCommonOptions(flags, env, userDirectory);
	return runUndo(createLazySystem(), {dir: options.dir, language}, env, write);
};
