/**
What gomod-doctor says about private modules, VCS fetches and module paths: the fixes' titles and details, and
the wizard's `.netrc` entry. Functions take values that are already safe to show (never a token).
*/
export const private_ = {
	goprivateTitle: (pattern: string) => `Mark ${pattern} as private (GOPRIVATE)`,
	goprivateDetail: (pattern: string, module: string) =>
		`go then fetches ${module} (and everything under ${pattern}) directly from its host and never asks the public proxy or the checksum database about it. Your existing patterns are kept.`,
	goprivateShadowed: (detail: string, keys: string) =>
		`${detail} ${keys} is set in your shell's environment, which overrides go env -w: change it there.`,
	netrcTitle: (machine: string) => `Add credentials for ${machine} to .netrc`,
	netrcReplaceTitle: (machine: string) => `Replace the credentials for ${machine} in .netrc`,
	netrcDetail: (machine: string, file: string) =>
		`You type the login and an access token (hidden: nothing is shown, recorded or written anywhere else); gomod-doctor writes one "machine ${machine}" line to ${file} with mode 0600, keeps a private copy of the file for undo, and runs go again.`,
	insteadOfTitle: (host: string) => `Fetch ${host} over SSH (git insteadOf)`,
	insteadOfDetail: (host: string, undo: string) =>
		`git then fetches https://${host}/… as git@${host}:… with your SSH key instead of asking for a password (go disables git's prompts). Needs a key ${host} knows. Undo: ${undo}`,
	/** The wizard's .netrc entry. */
	netrcHeading: (machine: string, file: string) => `Credentials for ${machine} (written to ${file})`,
	loginPrompt: 'Login (user name): ',
	tokenPrompt: 'Access token or password (hidden): ',
	tokenHint: 'Nothing is shown while you type. Enter to save it, Esc to go back to the login.',
	loginHint: 'Enter to continue, Esc to go back to the menu.',
	typedCount: (count: number) => (count === 0 ? 'nothing typed yet' : `${count} character${count === 1 ? '' : 's'} typed`),
	fieldInvalid: (problem: string) => `Not accepted: ${problem}.`,
	netrcCanceled: 'Canceled: .netrc was not changed.',
	netrcWritten: (file: string, machine: string, replaced: boolean) =>
		`${replaced ? 'Replaced' : 'Added'} the entry for ${machine} in ${file} (mode 0600).`,
	netrcFailed: (message: string) => `.netrc could not be written; nothing was changed: ${message}`,
	netrcFixed: (command: string, duration: string) =>
		`${command} now succeeds with the new credentials and an empty module cache (${duration}).`,
	netrcNotFixed: (headline: string) => `The credentials are written, but go still fails: ${headline}`,
	netrcUndone: (file: string, existed: boolean) =>
		existed ? `Restored ${file} as it was before.` : `Removed ${file}, which did not exist before.`,
	netrcUndoFailed: (message: string) => `.netrc could not be restored: ${message}`,
	netrcBackup: (file: string) => `A private copy of the previous file is at ${file}.`,
	noSecret: 'No token was given: nothing was changed.',
	/** A `git config --global` fix (the insteadOf rule): the confirm screen, the result, undo. */
	gitConfigWrites: (file: string) => `This writes your global git config, ${file} (git config --global).`,
	gitConfigWritesUnknown:
		'This writes your global git config (git config --global: $GIT_CONFIG_GLOBAL, else ~/.gitconfig, or $XDG_CONFIG_HOME/git/config when only that exists).',
	gitConfigConfirmUndo: (key: string) =>
		`This can be undone: the values ${key} has now are recorded in the journal first; “Undo this change” (or gomod-doctor undo) puts them back exactly.`,
	gitConfigBeforeUnset: 'it was unset before',
	gitConfigBeforeValues: (values: string) => `before: ${values}`,
	gitConfigWritten: (key: string, value: string, file: string, before: string) => `Wrote ${key} = ${value} to ${file} (${before}).`,
	gitConfigCanUndo: (key: string, file: string) => `“Undo this change” (or gomod-doctor undo) puts ${key} back in ${file} as it was.`,
	gitConfigUnreadable: (message: string) => `the current value could not be read, so nothing was run: ${message}`,
	gitConfigNoFile: 'no global git config file can be named (HOME is not set), so the command was not run',
	gitConfigSecret: (key: string) =>
		`${key} holds a URL with credentials in it; gomod-doctor never copies credentials into its journal, so it could not undo this change: the command was not run`,
	gitConfigUnusableValue: (key: string, problem: string) =>
		`${key} holds a value gomod-doctor could not put back (${problem}), so the command was not run`,
	gitConfigJournalFailed: (message: string) => `the journal could not be written, so the command was not run: ${message}`,
	gitConfigRestored: (key: string, file: string, values: string) => `${key} in ${file} is as it was before: ${values}.`,
	gitConfigRestoredUnset: (key: string, file: string) => `${key} in ${file} is unset again, as it was before.`,
	gitConfigChangedSince: (key: string, file: string, values: string) =>
		`${key} in ${file} was changed after gomod-doctor wrote it: it now holds ${values}, which neither gomod-doctor nor the earlier state wrote. Not undone; change it by hand (git config --global --unset-all, then --add each value you want) or leave it.`,
	gitConfigUndoFailed: (command: string, message: string) => `${command} failed: ${message}`,
	gitConfigUndoMismatch: (key: string, values: string, expected: string) => `after the undo ${key} holds ${values}, not ${expected}`,
	gitConfigNotUsable: (id: string, problem: string) => `journal entry ${id} is not usable: ${problem}`,
	gitConfigFileRemoved: (file: string) => `Removed ${file}: it did not exist before and is empty now.`,
	gitConfigFileDiffers: (file: string) =>
		`The values are restored; the text of ${file} is not byte for byte as before (git rewrites the lines it changes, or other settings changed since).`,
	gitConfigUnset: '(unset)',
	/** The fix's detail: how it is undone. */
	gitConfigDetailUndo: '“Undo this change” (or gomod-doctor undo) puts back the values the key had before',
};
