import {formatDuration} from '../../model/format.js';
import type {SettingSource} from '../../model/report.js';

/**
Every string the wizard draws. Functions take values that are already redacted; they never redact.
*/
export const wizard = {
	header: (toolVersion: string, dir: string) => `gomod-doctor ${toolVersion} · ${dir}`,
	goVersion: (goVersion: string) => `go: ${goVersion}`,
	readingSettings: 'Reading go’s settings (go version, go env -json)…',
	settingsTitle: 'Settings that matter',
	goenvFile: (file: string) => `GOENV file: ${file}`,
	goenvOff: 'GOENV file: off (GOENV=off)',
	unset: '(unset)',
	noCommand: '(nothing to run)',
	/** A check's command, then the tool that really ran it when that is not the command's own program. */
	ranBy: (command: string, tool: string) => `${command}  (via ${tool})`,
	sources: {
		environment: 'environment',
		'goenv-file': 'GOENV file',
		'goroot-env': 'GOROOT go.env',
		default: 'default',
	} satisfies Record<SettingSource, string> as Record<SettingSource, string>,
	shadowed: (source: string, value: string) =>
		`shadows the ${source} value ${value === '' ? '(empty)' : value}: go env -w cannot change what go sees`,
	toolchainSwitch: (message: string) => `go could not switch toolchains; settings were read with the local one: ${message}`,

	reproducing: (command: string) => `Reproducing: ${command}`,
	reproductionTitle: (command: string) => `Reproduce: ${command}`,
	duration: (ms: number) => formatDuration(ms),

	/** A walk's heading: which GOPROXY entry (1-based) or candidate, and the HTTP(S) proxy go goes through. */
	walkTitle: (role: 'goproxy' | 'candidate', entryIndex: number | undefined, label: string, proxy?: {url: string; variable: string}) =>
		`${role === 'goproxy' ? `GOPROXY entry ${entryIndex === undefined ? '' : `${entryIndex + 1} `}· ${label}` : `Candidate · ${label}`}${proxy === undefined ? '' : ` (through ${proxy.url}, from ${proxy.variable})`}`,
	/** The heading of another flowchart's walk: the flowchart's title and what it is about. */
	checkTitle: (flow: string, label: string) => `${flow} · ${label}`,
	walkStopped: (question: string) => `stopped at: ${question}`,
	moreRunning: (count: number) => `  … and ${count} more check${count === 1 ? '' : 's'} running`,
	branch: (branch: string, next: string) => `${branch} → ${next}`,
	verdict: (verdict: string, summary: string) => `${verdict}: ${summary}`,
	concluding: 'Concluding…',

	conclusionTitle: 'Conclusion',
	finding: (category: string, subject: string) => `${category} · ${subject}`,
	measuredTitle: 'Measured proxies (version list of the module)',
	roles: {goproxy: 'GOPROXY', candidate: 'candidate'},
	noMeasurements: 'No proxy was measured.',
	diagnosisFailed: (message: string) => `The diagnosis stopped: ${message}`,
	diagnosisIncomplete: 'The diagnosis ended without a conclusion.',

	pickTitle: (count: number) => `What now? (1–${Math.min(count, 9)}, or ↑/↓ and Enter)`,
	afterFixTitle: 'What next?',
	/** After a fix's title, with what separates them (a space in English). */
	weakensSecurity: ' (weakens security)',
	choices: {
		evidence: 'Show the evidence',
		export: 'Export the transcript',
		quit: 'Quit',
		undo: 'Undo this change',
		another: 'Try another fix',
	},
	numbered: (index: number, label: string) => (index < 9 ? `${index + 1}. ${label}` : `   ${label}`),

	confirmTitle: (title: string) => `Apply “${title}”?`,
	confirmWrites: (file: string) => `This writes your GOENV file (${file}); “Undo this change” puts it back.`,
	confirmQuestion: 'Run it? [y/N]',
	/** The two rows under a y/N question; the cursor starts on the second (no). */
	confirmRows: {yes: 'Yes, apply it', no: 'No, go back'},
	undoTitle: (title: string) => `Undo “${title}”?`,
	undoExplain: 'This puts back what the change wrote, from the copy recorded before it.',
	undoQuestion: 'Undo it? [y/N]',
	undoRows: {yes: 'Yes, undo it', no: 'No, keep the change'},
	yes: 'yes',
	no: 'no',
	yesByFlag: 'yes (--yes)',
	applying: (command: string) => `Applying: ${command}`,
	declined: (title: string) => `Not applied: ${title}. Nothing was changed.`,
	declinedDetail: 'Declined at the confirmation; nothing was changed.',

	outcome: {
		fixed: 'Fixed',
		notFixed: 'Applied, but not fixed',
		/** Shell lines checked by a re-run of go, not written anywhere (`verifiedOnly`). */
		checkedWorks: 'These lines work (checked; not yet in your shell profile)',
		checkedFails: 'These lines do not help (checked; your settings are unchanged)',
		shadowed: 'Written, but not in effect: the environment overrides it',
		failed: 'Not applied',
	},
	resultOf: (title: string) => `Result of “${title}”:`,
	shellLinesTitle: 'Change these lines in your shell profile instead:',
	crashed: (message: string) => `It stopped with an error: ${message}`,

	instructionsTitle: (title: string) => `To do by hand: ${title}`,
	/** `export`/`unset` lines belong in the shell profile; anything else is a command to run once. */
	shellLinesIntro: (profile: boolean) => (profile ? 'Add these lines to your shell profile:' : 'Run these commands:'),

	undoing: 'Undoing the change…',
	undoOk: (summary: string) => `Undone: ${summary}`,
	undoNothing: (summary: string) => `Nothing to undo: ${summary}`,
	undoFailed: (summary: string) => `Undo failed: ${summary}`,

	exporting: 'Exporting the transcript…',
	exportedTitle: 'Transcript exported:',
	/** The labels before the two paths; they are padded to one width, so they may differ in length. */
	exportedMarkdown: 'Markdown:',
	exportedJson: 'JSON:',
	exportFailed: (message: string) => `Export failed: ${message}`,

	evidenceTitle: 'Evidence',
	/** The heading of a finding's checks: what it is about (the category id is in the JSON). */
	evidenceFor: (_category: string, subject: string) => subject,
	evidenceResult: (outcome: string, exitCode: number | undefined, ms: number) =>
		`${outcome}${exitCode === undefined ? '' : ` · exit ${exitCode}`} · ${Math.round(ms)} ms`,
	moreLines: (count: number) => `… ${count} more line${count === 1 ? '' : 's'} in the transcript`,
	noEvidence: 'No checks ran for this finding.',

	command: (title: string, command: string) => `${title}: ${command}`,
	commandResult: (exitCode: number | undefined, timedOut: boolean, ms: number) =>
		`${timedOut ? 'timed out' : exitCode === undefined ? 'did not finish' : `exit ${exitCode}`} · ${Math.round(ms)} ms`,

	unknownFix: (id: string, offered: string) =>
		`--fix ${id} is not among the fixes offered${offered === '' ? '' : ` (${offered})`}; choose one.`,
	questions: {
		remediation: 'Which remediation?',
		confirm: (command: string) => `Run ${command}?`,
		next: 'What next?',
		undo: 'Undo this change?',
	},
	byFlag: (answer: string) => `${answer} (--fix)`,

	helpTitle: 'Keys',
	/** What the keys do in each place, for the footer and the `?` help: [key, what it does]. */
	placeKeys: {
		menu: (count: number) =>
			[
				['↑/↓', 'move'],
				['Enter', 'choose'],
				[`1–${Math.min(count, 9)}`, 'pick'],
			] as ReadonlyArray<readonly [string, string]>,
		confirm: [
			['y', 'yes'],
			['n/Esc', 'no'],
			['↑/↓ Enter', 'choose'],
		] as ReadonlyArray<readonly [string, string]>,
		field: [
			['Enter', 'next'],
			['Esc', 'back'],
		] as ReadonlyArray<readonly [string, string]>,
	},
	/** Said in a text field's footer: the keys that act elsewhere are typed as text here. */
	fieldTyping: 'other keys are typed',
	keys: {
		export: 'export',
		help: 'help',
		quit: 'quit',
		interrupt: 'quit',
		closeHelp: 'close help',
	},
	keySeparator: ' · ',
};
