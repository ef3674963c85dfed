import path from 'node:path';
import {candidatesFrom, defaultTimeoutMs} from '../diagnose/run-diagnosis.js';
import {checkModulePath} from '../go/escape-module-path.js';
import {validateModuleQuery} from '../go/reproduce-download.js';
import {say} from '../i18n/index.js';
import {fileErrorText} from '../system/describe-file-error.js';
import {nodeFileSystem} from '../system/file-system.js';
import type {Environment} from '../system/types.js';
import {toolVersion} from '../version.js';
import {UsageError} from './usage-error.js';

export {UsageError} from './usage-error.js';

/** The flags every diagnosing command shares, as typed. */
export type RawFlags = {
	readonly dir?: string;
	readonly module?: string;
	readonly timeout?: string;
	readonly candidates?: string;
	/** `--canary MOD`: the module §2.2 asks a broken proxy for (else GOMOD_DOCTOR_CANARY, else golang.org/x/mod). */
	readonly canary?: string;
	readonly transcriptDir?: string;
	/** `--traceroute`: trace the route to hosts that cannot be reached. */
	readonly traceroute?: boolean;
	/** `--strict`: warnings count for the exit status. */
	readonly strict?: boolean;
};

/** The flags, checked. */
export type CommonOptions = {
	readonly dir: string;
	readonly module?: string;
	readonly timeoutMs: number;
	readonly candidates: readonly string[];
	/** `--canary MOD`, checked. */
	readonly canary?: string;
	readonly transcriptDir?: string;
	readonly traceroute?: boolean;
	readonly strict?: boolean;
};

/**
Checks the shared flags; throws `UsageError` with a sentence a user can act on. Runs before any System is made,
so the directory is checked on the machine's own file system.
*/
export async function resolveCommonOptions(flags: RawFlags, env: Environment, cwd: string): Promise<CommonOptions> {
	const fs = nodeFileSystem;
	const dir = path.resolve(cwd, flags.dir ?? '.');
	const info = await fs.stat(dir).catch(() => undefined);
	if (info === undefined) {
		throw new UsageError(say.options.noDir(flags.dir ?? dir));
	}

	if (!info.isDirectory()) {
		throw new UsageError(say.options.notDir(flags.dir ?? dir));
	}

	// Go cannot even start in a directory it may not enter (`spawn go EACCES`), which would read as a broken go.
	const denied = await fs.access(dir, {read: true, execute: true}).then(
		() => undefined,
		(error: unknown) => error,
	);
	if (denied !== undefined) {
		throw new UsageError(say.options.dirUnreadable(flags.dir ?? dir, fileErrorText((denied as NodeJS.ErrnoException).code)));
	}

	let module: string | undefined;
	if (flags.module !== undefined) {
		const query = validateModuleQuery(flags.module);
		if (!query.ok) {
			throw new UsageError(say.options.badModule(flags.module, query.reason));
		}

		module = query.argument;
	}

	if (flags.canary !== undefined && (flags.canary.startsWith('-') || checkModulePath(flags.canary) !== undefined)) {
		throw new UsageError(say.options.badCanary(flags.canary));
	}

	return {
		dir,
		...(module === undefined ? {} : {module}),
		...(flags.canary === undefined ? {} : {canary: flags.canary}),
		timeoutMs: parseTimeout(flags.timeout),
		candidates: candidatesFrom(flags.candidates, env),
		...(flags.transcriptDir === undefined ? {} : {transcriptDir: path.resolve(cwd, flags.transcriptDir)}),
		...(flags.traceroute === true ? {traceroute: true} : {}),
		...(flags.strict === true ? {strict: true} : {}),
	};
}

/** `--timeout SECONDS`: a number from 0.5 to 600. */
export function parseTimeout(value: string | undefined): number {
	if (value === undefined) {
		return defaultTimeoutMs;
	}

	// Plain decimal seconds only: Number() would also take `0x10`, `1e2` and `  5  `.
	const seconds = /^(?:\d+(?:\.\d*)?|\.\d+)$/.test(value) ? Number(value) : Number.NaN;
	if (!Number.isFinite(seconds) || seconds < 0.5 || seconds > 600) {
		throw new UsageError(say.options.badTimeout(value, defaultTimeoutMs / 1000));
	}

	return Math.round(seconds * 1000);
}

/**
The checked flags as a session's options (the diagnosis, the wizard's actions): one translation for every
command that diagnoses.
*/
export function sessionOptions(options: CommonOptions, env: Environment) {
	return {
		dir: options.dir,
		// The canary reaches §2.2's checks as GOMOD_DOCTOR_CANARY (go ignores the variable).
		env: options.canary === undefined ? env : {...env, GOMOD_DOCTOR_CANARY: options.canary},
		...(options.module === undefined ? {} : {module: options.module}),
		timeoutMs: options.timeoutMs,
		candidates: options.candidates,
		toolVersion,
		...(options.transcriptDir === undefined ? {} : {transcriptDir: options.transcriptDir}),
		...(options.traceroute === true ? {traceroute: true} : {}),
		...(options.strict === true ? {strict: true} : {}),
	};
}
