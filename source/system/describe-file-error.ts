import {t} from '../i18n/index.js';

/**
A file operation's error in the user's words (`the file system is read-only (EROFS: /path)`), instead of Node's
`ENOENT: no such file or directory, mkdir …`, which names neither the cause nor which directory.
*/
export function describeFileError(error: unknown): string {
	const {code, path} = (error ?? {}) as NodeJS.ErrnoException;
	if (code === undefined) {
		return error instanceof Error ? error.message : String(error);
	}

	return t().common.fileError(code, path);
}
