import {readFileSync, statSync} from 'node:fs';

/**
A small regular file's text, read synchronously, cut at `maxChars`; undefined when it is missing, unreadable or
not a regular file (a FIFO, as GOENV or NETRC may name, would block this process forever). For what must be known
before anything else runs and where no System exists yet: the secrets a redactor hides (see known-secrets.ts).
*/
export function readSmallFileSync(file: string, maxChars: number): string | undefined {
	try {
		if (!statSync(file).isFile()) {
			return undefined;
		}

		const text = readFileSync(file, 'utf8');
		return text.length > maxChars ? text.slice(0, maxChars) : text;
	} catch {
		return undefined;
	}
}
