/**
Writes the `.netrc` entry of a `netrc` fix: the file copied first (a private backup, for undo), then the new text
written with mode 0600 (a private temporary file renamed over it), then read back. The token is a parameter and
goes nowhere but the file: no message, result or log here contains it.
*/
import {randomBytes} from 'node:crypto';
import {chmod, copyFile, mkdir, readFile, rename, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {checkNetrcField, findNetrcEntry, parseNetrc, upsertNetrcEntry} from '../go/netrc.js';

export type ApplyNetrcInput = {
	/** The `.netrc` file ($NETRC or ~/.netrc). */
	readonly file: string;
	readonly machine: string;
	readonly login: string;
	/** The token or password. Written to the file, never returned or printed. */
	readonly token: string;
	/** Where the private copy of the previous file goes (created 0700). */
	readonly backupDir: string;
};

/** What a write did; never holds the token. */
export type NetrcChange = {
	readonly file: string;
	readonly machine: string;
	/** The file existed before. */
	readonly existed: boolean;
	/** The private copy of the previous file (when it existed). */
	readonly backup?: string;
	/** An entry for the machine was replaced. */
	readonly replaced: boolean;
};

export type ApplyNetrcResult = {readonly ok: true; readonly change: NetrcChange} | {readonly ok: false; readonly message: string};

/** Adds or replaces the machine's entry. Never throws; a failure leaves the file as it was. */
export async function applyNetrc(input: ApplyNetrcInput): Promise<ApplyNetrcResult> {
	for (const [name, value] of [
		['machine', input.machine],
		['login', input.login],
		['token', input.token],
	] as const) {
		const problem = checkNetrcField(value);
		if (problem !== undefined) {
			return {ok: false, message: `the ${name} cannot be written: ${problem}`};
		}
	}

	let before = '';
	let existed = true;
	try {
		before = await readFile(input.file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
			return {ok: false, message: `${input.file} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`};
		}

		existed = false;
	}

	const replaced = findNetrcEntry(parseNetrc(before), input.machine)?.portIgnored === false;
	let backup: string | undefined;
	const temporary = `${input.file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
	try {
		if (existed) {
			await mkdir(input.backupDir, {recursive: true, mode: 0o700});
			await chmod(input.backupDir, 0o700);
			backup = path.join(input.backupDir, `netrc-${new Date().toISOString().replaceAll(/[-:.]/g, '')}-${randomBytes(3).toString('hex')}`);
			await copyFile(input.file, backup);
			await chmod(backup, 0o600);
		}

		const after = upsertNetrcEntry(before, {machine: input.machine, login: input.login, password: input.token});
		await mkdir(path.dirname(input.file), {recursive: true});
		await writeFile(temporary, after, {mode: 0o600, flush: true});
		await rename(temporary, input.file);
		await chmod(input.file, 0o600);
		const readBack = findNetrcEntry(parseNetrc(await readFile(input.file, 'utf8')), input.machine);
		if (readBack?.portIgnored !== false || readBack.entry.login !== input.login || readBack.entry.password !== input.token) {
			return {ok: false, message: `${input.file} was written, but reading it back does not give the new entry for ${input.machine}`};
		}
	} catch (error) {
		await rm(temporary, {force: true});
		return {ok: false, message: `${input.file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`};
	}

	return {ok: true, change: {file: input.file, machine: input.machine, existed, replaced, ...(backup === undefined ? {} : {backup})}};
}

/** Puts the file back as it was before `change` (the backup copied back, or the file removed). Never throws. */
export async function restoreNetrc(change: NetrcChange): Promise<{readonly ok: boolean; readonly message?: string}> {
	try {
		if (change.existed && change.backup !== undefined) {
			await copyFile(change.backup, change.file);
			await chmod(change.file, 0o600);
			await rm(change.backup, {force: true});
		} else if (!change.existed) {
			await rm(change.file, {force: true});
		}

		return {ok: true};
	} catch (error) {
		return {ok: false, message: `${change.file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`};
	}
}
