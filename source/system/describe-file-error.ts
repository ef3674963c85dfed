import {say, type Text} from '../i18n/index.js';

/** Why the machine refused a file operation, in the user's words, with the code (and the path when known). */
export function fileErrorText(code: string | undefined, path?: string): Text {
	const words = say.common.fileErrors;
	const reason =
		code === 'ENOSPC' || code === 'EDQUOT'
			? words.noSpace
			: code === 'EROFS'
				? words.readOnly
				: code === 'EACCES' || code === 'EPERM'
					? words.denied
					: code === 'ENOENT' || code === 'ENOTDIR'
						? words.missingDirectory
						: words.other;
	return words.said(reason, code ?? 'error', path);
}

/**
A file operation's error in the user's words (`the file system is read-only (EROFS: /path)`), instead of Node's
`ENOENT: no such file or directory, mkdir …`, which names neither the cause nor which directory. An error without
a code keeps its own message (said the same in every language).
*/
export function describeFileError(error: unknown): Text {
	const {code, path} = (error ?? {}) as NodeJS.ErrnoException;
	if (code === undefined) {
		return error instanceof Error ? error.message : String(error);
	}

	return fileErrorText(code, path);
}
