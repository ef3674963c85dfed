import {Box, Text} from 'ink';
import {withCredentialPlaceholders} from '../redact/redact.js';
import {assertNever} from '../model/assert-never.js';
import type {Fix} from '../model/report.js';
import type {FixOutcome, UndoOutcome} from '../session/session-actions.js';
import type {Catalog} from '../i18n/index.js';
import {CommandLine} from './command-line.js';
import {DiffView} from './diff-view.js';
import {symbols, warningColour} from './messages.js';
import {useText} from './text-context.js';
import {useUi} from './ui-context.js';
import {WrappedText} from './wrapped-text.js';

/** Props of {@link FixResult}. */
export type FixResultProps = {
	readonly fix: Fix;
	readonly outcome: FixOutcome;
};

/**
How applying a fix ended, honestly: "fixed" only when go really downloads now; a shadowed change shows the
shell lines to change instead; a change that did not help or failed says so.
*/
export function FixResult({fix, outcome}: FixResultProps) {
	const {redact} = useUi();
	const {catalog, text: textOf} = useText();
	const {symbol, colour, text} = describe(outcome.status, outcome.verifiedOnly === true, catalog);
	const summary = redact(textOf(outcome.summary));
	return (
		<Box flexDirection="column">
			<Text dimColor>{catalog.wizard.resultOf(redact(textOf(fix.title)))}</Text>
			<Box>
				<Box flexShrink={0} marginRight={1}>
					<Text bold color={colour}>
						{symbol}
					</Text>
				</Box>
				<Text bold color={colour}>
					{text}
				</Text>
			</Box>
			{summary === '' ? null : (
				<Box paddingLeft={2}>
					<WrappedText indent={2}>{summary}</WrappedText>
				</Box>
			)}
			{outcome.diffs === undefined ? null : <DiffView diffs={outcome.diffs} />}
			{(outcome.status === 'shadowed' || outcome.verifiedOnly === true) && (outcome.shellLines?.length ?? fix.shell?.length ?? 0) > 0 ? (
				<Box flexDirection="column" paddingLeft={2}>
					<Text>{outcome.verifiedOnly === true ? catalog.net.shellLinesTitle : catalog.wizard.shellLinesTitle}</Text>
					<ShellLines lines={outcome.shellLines ?? fix.shell ?? []} />
				</Box>
			) : null}
		</Box>
	);
}

/** Props of {@link UndoResult}. */
export type UndoResultProps = {
	readonly outcome: UndoOutcome;
};

/** How an undo ended. */
export function UndoResult({outcome}: UndoResultProps) {
	const {redact} = useUi();
	const {catalog, text} = useText();
	const summary = redact(text(outcome.summary));
	if (outcome.nothingToUndo) {
		return <Text>{catalog.wizard.undoNothing(summary)}</Text>;
	}

	return (
		<Box>
			<Box flexShrink={0} marginRight={1}>
				<Text color={outcome.ok ? 'green' : 'red'}>{outcome.ok ? symbols.restored : symbols.broken}</Text>
			</Box>
			<WrappedText indent={2} color={outcome.ok ? undefined : 'red'}>
				{outcome.ok ? catalog.wizard.undoOk(summary) : catalog.wizard.undoFailed(summary)}
			</WrappedText>
		</Box>
	);
}

/**
`checkedOnly`: shell lines checked by a re-run and written nowhere, so neither "Fixed" nor "Applied". In `catalog`'s
words.
*/
function describe(
	status: FixOutcome['status'],
	checkedOnly: boolean,
	catalog: Catalog,
): {symbol: string; colour: 'green' | 'red' | undefined; text: string} {
	switch (status) {
		case 'fixed': {
			return {symbol: symbols.ok, colour: 'green', text: checkedOnly ? catalog.wizard.outcome.checkedWorks : catalog.wizard.outcome.fixed};
		}

		case 'not-fixed': {
			return {
				symbol: symbols.broken,
				colour: 'red',
				text: checkedOnly ? catalog.wizard.outcome.checkedFails : catalog.wizard.outcome.notFixed,
			};
		}

		case 'shadowed': {
			return {symbol: symbols.warning, colour: warningColour, text: catalog.wizard.outcome.shadowed};
		}

		case 'failed': {
			return {symbol: symbols.broken, colour: 'red', text: catalog.wizard.outcome.failed};
		}

		default: {
			return assertNever(status);
		}
	}
}

/** Shell lines for the user to run in their own shell: one to a row, indented, after `$`, secrets redacted. */
export function ShellLines({lines}: {readonly lines: readonly string[]}) {
	const {redact} = useUi();
	return (
		<>
			{lines.map((line, index) => (
				<Box key={`${index}:${line}`} paddingLeft={2}>
					<CommandLine text={`${symbols.prompt} ${withCredentialPlaceholders(redact(line))}`} indent={4} />
				</Box>
			))}
		</>
	);
}
