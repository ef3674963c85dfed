/**
The credentials a run knows beyond its environment's secret-named variables, in every form a server may echo
them back in: the passwords of the .netrc go reads, the userinfo of proxy and GOPROXY URLs (the environment's and
the GOENV file's), and the arguments of a GOAUTH command. Each password also as base64 of `login:password` (what
an `Authorization: Basic` header carries; the URL-encoded forms are added by the redactor). Reads the two files
(at most 256 KB each, synchronously: the redactor is made before anything else runs); a missing or unreadable
file gives nothing.
*/
import {netrcPath, parseNetrc} from '../go/netrc.js';
import {goenvFilePath, parseGoEnvFile} from '../go/parse-goenv-file.js';
import {readSmallFileSync} from '../system/read-small-file.js';
import type {Environment} from '../system/types.js';

const maxFileBytes = 256 * 1024;

function readSmall(file: string | undefined): string | undefined {
	return file === undefined ? undefined : readSmallFileSync(file, maxFileBytes);
}

/** `login:password` as an `Authorization: Basic` header carries it. */
function basic(login: string, password: string): string {
	return Buffer.from(`${login}:${password}`, 'utf8').toString('base64');
}

function decode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/** The `user:password` of every URL (any scheme) in `value`, decoded, with their Basic forms. */
function userinfoSecrets(value: string): string[] {
	const secrets: string[] = [];
	for (const match of value.slice(0, 65_536).matchAll(/[A-Za-z][A-Za-z\d+.-]{0,31}:\/\/([^\s/@:]{1,512}):([^\s/@]{1,512})@/g)) {
		const user = decode(match[1]!);
		const password = decode(match[2]!);
		secrets.push(password, basic(user, password));
	}

	return secrets;
}

/**
The arguments of each `command` in a GOAUTH value (`command /usr/bin/helper --token abc; netrc`): a helper's
arguments are where a token would be passed. The program itself is not a secret.
*/
function goauthSecrets(value: string): string[] {
	return value.split(';').flatMap((part) => {
		const [method, _program, ...args] = part.trim().split(/\s+/);
		return method === 'command'
			? args.filter((argument) => !argument.startsWith('-') || argument.includes('=')).map((argument) => argument.replace(/^[^=]*=/, ''))
			: [];
	});
}

/** Every credential the run knows, in the forms listed above (duplicates and short values are the caller's to drop). */
export function knownSecrets(env: Environment): string[] {
	const secrets: string[] = [];
	for (const entry of parseNetrc(readSmall(netrcPath(env)) ?? '')) {
		secrets.push(entry.password, basic(entry.login, entry.password));
	}

	const goenvFile = parseGoEnvFile(readSmall(goenvFilePath(env)) ?? '').values;
	for (const values of [env, goenvFile]) {
		for (const [name, value] of Object.entries(values)) {
			if (value === undefined || value === '') {
				continue;
			}

			secrets.push(...userinfoSecrets(value));
			if (name === 'GOAUTH') {
				secrets.push(...goauthSecrets(value));
			}
		}
	}

	return secrets;
}
