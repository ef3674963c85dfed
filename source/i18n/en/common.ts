/** Words used across areas. */
export const common = {
	language: 'English',
	yes: 'yes',
	no: 'no',
	/** A file operation the machine refused, in words, with the code and the path it concerned. */
	fileError: (code: string | undefined, path: string | undefined) => {
		const reason =
			code === 'ENOSPC' || code === 'EDQUOT'
				? 'no space left on the device'
				: code === 'EROFS'
					? 'the file system is read-only'
					: code === 'EACCES' || code === 'EPERM'
						? 'permission denied'
						: code === 'ENOENT' || code === 'ENOTDIR'
							? 'a directory on the way does not exist or is not a directory'
							: 'the file cannot be written';
		return `${reason} (${code ?? 'error'}${path === undefined ? '' : `: ${path}`})`;
	},
};
