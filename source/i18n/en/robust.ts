/**
What gomod-doctor says about changes it made earlier and did not finish or undo (the journal), and about being
interrupted. Functions take values that are already redacted.
*/
export const robust = {
	/** The heading of the notice at the start of the wizard and in `diagnose`'s text. */
	earlierTitle: (count: number) =>
		count === 1
			? 'gomod-doctor changed a go setting earlier that is not undone'
			: `gomod-doctor changed go settings earlier that are not undone (${count} changes)`,
	/** One change: the process ended between recording it and finishing it (Ctrl-C, kill -9, a crash). */
	earlierInterrupted: (keys: string, when: string, file: string) =>
		`${keys} (${when}): interrupted while it was being applied; ${file} may or may not have the new value`,
	/** One change that completed and is still in place. */
	earlierInPlace: (keys: string, when: string, file: string) => `${keys} (${when}): still in place in ${file}`,
	/** How to undo them, after the list. */
	earlierHowToUndo: 'Choose “Undo the earlier changes” below, or run gomod-doctor undo: it restores each file it changed byte for byte.',
	earlierHowToUndoCli: 'gomod-doctor undo restores each file it changed byte for byte.',
	/** The journal could not be read: the notice says so instead of listing. */
	journalUnreadable: (message: string) => `The change journal could not be read: ${message}`,
	/** Under `journalUnreadable`: what it means and what to do. */
	journalUnreadableHint:
		'Changes earlier runs made cannot be listed or undone from it (gomod-doctor undo cannot read it either), and no fix is applied while it cannot be read, because every change is recorded there before go env -w runs. Move the file away (or fix its permissions) to start a new one.',
	/** The menu item. */
	undoEarlierChoice: 'Undo the earlier changes',
	undoingEarlier: 'Undoing the earlier changes (go env -w / go env -u)…',
	undoEarlierDone: (keys: string, exact: boolean) =>
		`Restored ${keys} as they were before the earlier changes${exact ? '; the files are byte for byte as before' : ''}.`,
	undoEarlierFailed: (messages: string) => `The earlier changes could not all be undone: ${messages}`,
	/** After the wizard ends: what this session left changed. */
	stillChanged: (keys: string) => `Still changed by this session: ${keys}. gomod-doctor undo restores it.`,
	/** The wizard was quit while a fix was being applied. */
	quitWhileApplying: (title: string) =>
		`Quit while “${title}” was being applied: the change was allowed to finish or fail (go env -w is never cut off halfway); it was not checked.`,
	/** Text in the transcript when the user quits mid-step. */
	interrupted: (step: string) => `Interrupted by the user during: ${step}.`,
	/** The steps `interrupted` names. */
	/** An option gomod-doctor does not have (or a known one spelt with more after it). */
	unknownFlag: (flag: string) => `Unknown flag ${flag}: gomod-doctor --help lists the flags.`,
	flagTwice: (flag: string) => `${flag} is given twice: give it once.`,
	steps: {diagnosis: 'the diagnosis', undo: 'the undo'},
};
