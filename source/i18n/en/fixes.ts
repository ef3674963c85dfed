/** Why applying a fix stopped before it changed anything, or what went wrong while it did (go env -w, .netrc). */
export const fixes = {
	notApplied: (why: string) => `not applied: ${why}`,
	/** Every key of a go env fix is set in the OS environment: nothing was written. */
	shadowedNotWritten: (keys: string) =>
		`not written: ${keys} is set in the OS environment, which wins over the GOENV file; the change belongs in the shell`,
	goenvUnreadable: (file: string, message: string) => `cannot read the GOENV file ${file}: ${message}`,
	journalUnwritable: (file: string, message: string) => `cannot write the journal ${file}: ${message}`,
	journalUnreadable: (file: string, message: string) => `cannot read the journal ${file}: ${message}`,
	/** A command fix whose file copies could not be recorded first: it was not run. */
	commandNotRun: (message: string) => `the journal could not be written, so the command was not run: ${message}`,
	netrc: {
		fieldUnwritable: (field: 'machine' | 'login' | 'token', problem: string) => `the ${field} cannot be written: ${problem}`,
		unreadable: (file: string, code: string) => `${file} cannot be read (${code})`,
		journalUnwritable: (journalFile: string, file: string) =>
			`the change journal ${journalFile} could not be written, so ${file} was not changed`,
		readBackFailed: (file: string, machine: string) =>
			`${file} was written, but reading it back does not give the new entry for ${machine}`,
		noEntry: (id: string) => `no journal entry ${id}`,
		journalNotUpdated: (message: string) => `the file was restored, but the journal could not be updated: ${message}`,
	},
};
