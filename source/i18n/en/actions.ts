/** What the session's actions call the commands they run (the transcript's command titles) and what they report. */
export const actions = {
	reproduce: 'Reproduce the failure',
	verify: 'Verify',
	verifyAgain: 'Verify: run go again (an empty module cache)',
	verifyShellLines: (lines: string) => `Verify with the shell lines applied to this run only (an empty module cache): ${lines}`,
	verifyShellLine: 'Verify with the shell line applied to this run (an empty module cache)',
	apply: (title: string) => `Apply: ${title}`,
	reproduceVerificationOff: (variables: string) =>
		`Reproduce with verification off (${variables}, outside the project, an empty module cache)`,
	adviceOnly: 'This remediation is advice only: there is nothing gomod-doctor can apply for it.',
	readBack: (values: string) => `Read back: ${values}`,
	nothingToUndo: 'Nothing to undo: this session changed nothing (gomod-doctor undo restores changes from earlier runs).',
	alreadyUndone: 'Nothing to undo: the changes of this session are already undone.',
	restored: (keys: string, fileMatches: boolean) =>
		`Restored ${keys}${fileMatches ? '; the file it changed is byte for byte as before' : ''}.`,
	undoIncomplete: (messages: string) => `Undo did not complete: ${messages}`,
	goEnvFailed: (output: string) => `go env -w failed; nothing was changed. go said: ${output || '(nothing)'}`,
	shadowed: (keys: string, ok: boolean, headline: string) =>
		`${keys} is set in your environment, which overrides go env -w: the GOENV file was left as it is (go would not use it). Change the variable where your shell sets it.${
			ok
				? ' With that change go downloads (checked by running go with it and an empty module cache).'
				: ` Even with that change go still fails: ${headline}`
		}`,
	readBackDiffers: (key: string, value: string) => `go env reports ${key}=${value} after the change, not the value written.`,
	nowSucceeds: (command: string, took: string) =>
		`${command} now succeeds with an empty module cache (${took}), so nothing came from earlier downloads.`,
	stillFails: (headline: string) => `go still fails: ${headline}`,
};
