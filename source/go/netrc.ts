/**
The `.netrc` file as go reads it (cmd/go/internal/auth/netrc.go), and the one edit gomod-doctor makes to it:
a `machine HOST login USER password TOKEN` line added or replaced. Pure: reading and writing the file is the
caller's business. Passwords are returned to callers that need them (to write the file back) and must never be
printed: {@link describeNetrcEntry} is the only text form.
*/
import path from 'node:path';
import type {Environment} from '../system/types.js';

/** One complete entry, as go keeps it: a machine with both a login and a password. */
export type NetrcEntry = {
	readonly machine: string;
	readonly login: string;
	/** The secret. Never print it. */
	readonly password: string;
};

/**
Parses `.netrc` text exactly as go does: each line is split into fields and read in `key value` pairs; `machine`
starts a new entry; an entry counts once it has a machine, a login and a password; `macdef` skips the lines up
to the next empty line; a `default` ends the file (go ignores it and everything after it). A key without a
value at the end of a line is dropped (go pairs fields within one line only).
*/
export function parseNetrc(text: string): NetrcEntry[] {
	const entries: NetrcEntry[] = [];
	let machine = '';
	let login = '';
	let password = '';
	let inMacro = false;
	for (const line of text.split('\n')) {
		if (inMacro) {
			if (line === '') {
				inMacro = false;
			}

			continue;
		}

		const fields = line.split(/[ \t\r\v\f]+/).filter((field) => field !== '');
		let index = 0;
		for (; index < fields.length - 1; index += 2) {
			const value = fields[index + 1]!;
			switch (fields[index]) {
				case 'machine': {
					machine = value;
					login = '';
					password = '';
					break;
				}

				case 'login': {
					login = value;
					break;
				}

				case 'password': {
					password = value;
					break;
				}

				case 'macdef': {
					inMacro = true;
					break;
				}

				default:
				// `default` and unknown keys: go's switch does nothing with them here.
			}

			if (machine !== '' && login !== '' && password !== '') {
				entries.push({machine, login, password});
				machine = '';
				login = '';
				password = '';
			}
		}

		if (index < fields.length && fields[index] === 'default') {
			break;
		}
	}

	return entries;
}

/**
The `.netrc` go reads: `$NETRC` when set and not empty, else `$HOME/.netrc`. Undefined when neither is known
(no HOME).
*/
export function netrcPath(env: Environment): string | undefined {
	const fromEnv = env['NETRC'];
	if (fromEnv !== undefined && fromEnv !== '') {
		return fromEnv;
	}

	const home = env['HOME'];
	return home === undefined || home === '' ? undefined : path.join(home, '.netrc');
}

/**
The entry go uses for a request to `hostPort/urlPath` (go 1.24 and later: the credentials are stored by machine
name and looked up by the URL without its scheme, one path element shorter at a time, so `machine` must be the
host as it appears in the URL, with its port when the URL has one). When the file names a machine twice, the
first entry wins (go reads the file backwards and keeps the earlier one). Go 1.23 and older compared the machine
with the host name alone: `legacyHost` finds such an entry too, reported as `portIgnored`.
*/
export function findNetrcEntry(
	entries: readonly NetrcEntry[],
	hostPort: string,
): {readonly entry: NetrcEntry; readonly portIgnored: boolean} | undefined {
	const exact = entries.find((entry) => entry.machine === hostPort);
	if (exact !== undefined) {
		return {entry: exact, portIgnored: false};
	}

	const host = hostOnly(hostPort);
	if (host !== hostPort) {
		const legacy = entries.find((entry) => entry.machine === host);
		if (legacy !== undefined) {
			return {entry: legacy, portIgnored: true};
		}
	}

	return undefined;
}

/** What may be shown of an entry: machine and login, never the password. */
export function describeNetrcEntry(entry: NetrcEntry): string {
	return `machine ${entry.machine} login ${entry.login} password ***`;
}

/** Why `value` cannot be a `.netrc` field (machine, login or password), or undefined when it can. */
export function checkNetrcField(value: string): string | undefined {
	if (value === '') {
		return 'it is empty';
	}

	if (/[\s\p{Cc}]/u.test(value)) {
		return 'it contains white space or a control character, which .netrc cannot hold (go splits lines at spaces)';
	}

	if (value.length > 4096) {
		return 'it is longer than 4096 characters';
	}

	return undefined;
}

/**
The `.netrc` text with exactly one entry for `machine`: the lines of every earlier entry for it are removed and a
one-line `machine M login L password P` is put where the first was (or, when there was none, before a `default`
line, which ends what go reads, else at the end). Everything else (other machines, comments, macros) is kept as
it was. Throws when a field cannot be written (see {@link checkNetrcField}).
*/
export function upsertNetrcEntry(text: string, entry: NetrcEntry): string {
	for (const [name, value] of [
		['machine', entry.machine],
		['login', entry.login],
		['password', entry.password],
	] as const) {
		const problem = checkNetrcField(value);
		if (problem !== undefined) {
			throw new Error(`the ${name} cannot be written to .netrc: ${problem}`);
		}
	}

	const newLine = `machine ${entry.machine} login ${entry.login} password ${entry.password}`;
	const lines = text === '' ? [] : text.split('\n');
	// A final newline leaves an empty last element: keep it aside so that the result ends the same way.
	const endsWithNewline = lines.length > 0 && lines.at(-1) === '';
	if (endsWithNewline) {
		lines.pop();
	}

	const kept: string[] = [];
	let insertAt: number | undefined;
	let defaultAt: number | undefined;
	let inMacro = false;
	let removing = false;
	for (const line of lines) {
		if (inMacro) {
			kept.push(line);
			if (line === '') {
				inMacro = false;
			}

			continue;
		}

		const fields = line.split(/[ \t\r\v\f]+/).filter((field) => field !== '');
		const machineAt = fields.indexOf('machine');
		const startsOther = fields.includes('default') || (machineAt !== -1 && fields[machineAt + 1] !== entry.machine);
		const startsOurs = machineAt !== -1 && fields[machineAt + 1] === entry.machine && machineAt + 1 < fields.length;
		if (startsOurs && machineAt === 0) {
			removing = true;
			insertAt ??= kept.length;
			continue;
		}

		if (startsOther) {
			removing = false;
		}

		if (
			removing &&
			!fields.includes('macdef') &&
			fields.every((field, index) => index % 2 === 1 || ['login', 'password', 'account', 'port'].includes(field))
		) {
			// A continuation line of our entry (`login x`, `password y` on lines of their own).
			continue;
		}

		removing = false;
		if (fields.includes('macdef')) {
			inMacro = true;
		}

		if (defaultAt === undefined && fields[0] === 'default') {
			defaultAt = kept.length;
		}

		kept.push(line);
	}

	const at = insertAt ?? defaultAt ?? kept.length;
	kept.splice(at, 0, newLine);
	return `${kept.join('\n')}\n`;
}

function hostOnly(hostPort: string): string {
	if (hostPort.startsWith('[')) {
		const end = hostPort.indexOf(']');
		return end === -1 ? hostPort : hostPort.slice(1, end);
	}

	const colon = hostPort.lastIndexOf(':');
	return colon !== -1 && hostPort.indexOf(':') === colon && /^\d+$/.test(hostPort.slice(colon + 1)) ? hostPort.slice(0, colon) : hostPort;
}
