/**
`gomod-doctor` without a command: the wizard. Its first line is written before Ink, React and the diagnosis
load (run-wizard.tsx and create-lazy-system.ts are imported after it).
*/
import path from 'node:path';
import process from 'node:process';
import {t, type Language} from '../i18n/index.js';
import {sanitizeText} from '../model/sanitize-text.js';
import {nodeFileSystem} from '../system/file-system.js';
import {toolVersion} from '../version.js';
import type {CliCommand} from './command-line.js';

export const wizardCommand: CliCommand = async ({flags, language, env, userDirectory}) => {
	const {createRedactor} = await import('../redact/redact.js');
	const eraseHeader = await provisionalHeader(path.resolve(userDirectory, flags.dir ?? '.'), createRedactor({env}).redact, {env, language});
	let loaded;
	try {
		const [{createLazySystem}, {runWizard}, {resolveCommonOptions}] = await Promise.all([
			import('../system/create-lazy-system.js'),
			import('./run-wizard.js'),
			import('./options.js'),
		]);
		loaded = {createLazySystem, runWizard, options: await resolveCommonOptions(flags, env, userDirectory)};
	} finally {
		eraseHeader();
	}

	const {createLazySystem, runWizard, options} = loaded;
	return runWizard(
		createLazySystem(),
		{...options, language, answers: {...(flags.fix === undefined ? {} : {fix: flags.fix}), yes: flags.yes}},
		env,
		process,
	);
};

/**
The wizard's first line (its header), written as soon as the flags are read: Ink, React and the diagnosis
take a few hundred milliseconds more to load on a slow machine, and the user should see at once that the
tool runs. The line has no line break; the returned function erases it just before Ink renders, and Ink's
first frame draws the same header in its place. Only where Ink draws frames as they come (a terminal that
is not dumb, not CI mode, as Ink's is-in-ci reads it), for a directory that exists, when the line fits.
*/
async function provisionalHeader(
	dir: string,
	redact: (text: string) => string,
	{env, language}: {readonly env: NodeJS.ProcessEnv; readonly language: Language},
): Promise<() => void> {
	const {stdin, stdout} = process;
	const inCi = ['CI', 'CONTINUOUS_INTEGRATION'].some((key) => env[key] !== undefined && env[key] !== '0' && env[key] !== 'false');
	const text = t(language).wizard.header(toolVersion, redact(dir));
	// Wide characters count twice: a line that wraps could not be erased with one erase-line.
	const width = [...text].reduce((sum, character) => sum + (character.codePointAt(0)! < 0x7f ? 1 : 2), 0);
	const isDirectory = (await nodeFileSystem.stat(dir).catch(() => undefined))?.isDirectory() === true;
	if (!stdin.isTTY || !stdout.isTTY || env['TERM'] === 'dumb' || inCi || !isDirectory || width >= stdout.columns) {
		return () => undefined;
	}

	stdout.write(sanitizeText(text));
	let erased = false;
	return () => {
		if (!erased) {
			erased = true;
			stdout.write('\r\u001B[2K');
		}
	};
}
