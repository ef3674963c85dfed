/** The command line's flags, as meow reads them, and the check that every option given is one of them. */
import {say} from '../i18n/index.js';
import {UsageError} from './usage-error.js';

/** Every flag of every command (the help text says which command reads which). */
export const flagSpecs = {
	dir: {type: 'string'},
	module: {type: 'string'},
	timeout: {type: 'string'},
	candidates: {type: 'string'},
	traceroute: {type: 'boolean', default: false},
	strict: {type: 'boolean', default: false},
	canary: {type: 'string'},
	json: {type: 'boolean', default: false},
	markdown: {type: 'boolean', default: false},
	transcriptDir: {type: 'string'},
	fix: {type: 'string'},
	yes: {type: 'boolean', default: false},
	list: {type: 'boolean', default: false},
	keep: {type: 'boolean', default: false},
	lang: {type: 'string'},
} as const;

/** The flags as read: a string flag may be missing, a boolean one defaults to false. */
export type CliFlags = {
	readonly [Name in keyof typeof flagSpecs]: (typeof flagSpecs)[Name]['type'] extends 'boolean' ? boolean : string | undefined;
};

/**
Every option before `--` must be one of `flags` (or --help, --version), spelt whole. meow's own check lets a
known flag's name followed by more through (`--yes-please` becomes `yesPlease` and is ignored, `--yes=please`
sets nothing): a typo must not silently do something else, so it is a usage error.
*/
export function checkFlags(
	argv: readonly string[],
	flags: Readonly<Record<string, {readonly type: 'string' | 'boolean'}>> = flagSpecs,
): void {
	const kebab = (name: string) => name.replaceAll(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
	const types = new Map(Object.entries(flags).map(([name, {type}]) => [kebab(name), type]));
	types.set('help', 'boolean');
	types.set('version', 'boolean');
	const seen = new Set<string>();
	for (let index = 0; index < argv.length; index++) {
		const argument = argv[index]!;
		if (argument === '--') {
			return;
		}

		if (!argument.startsWith('-') || argument === '-') {
			continue;
		}

		// `[\s\S]`, not `.`: a value may hold a line break (`--module=$'a\nb'`), which the command then refuses.
		const match = /^--(no-)?([a-z][a-z-]*)(=[\s\S]*)?$/.exec(argument);
		const name = match?.[2];
		const type = name === undefined ? undefined : types.get(name);
		const negated = match?.[1] !== undefined;
		const value = match?.[3]?.slice(1);
		const valid = type === 'boolean' ? value === undefined || value === 'true' || value === 'false' : type === 'string' && !negated;
		if (!valid) {
			// A known flag with a wrong value is shown whole; an unknown one without its value (which could be a secret).
			throw new UsageError(say.robust.unknownFlag(type === undefined ? argument.split('=')[0]! : argument));
		}

		// Meow refuses a string flag given twice with an error of its own, which would read as an internal error.
		if (type === 'string' && name !== undefined) {
			if (seen.has(name)) {
				throw new UsageError(say.robust.flagTwice(`--${name}`));
			}

			seen.add(name);
		}

		if (type === 'string' && value === undefined) {
			// Its value is the next argument, whatever it looks like.
			index++;
		}
	}
}
