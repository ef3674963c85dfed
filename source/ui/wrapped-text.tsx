import {Box, Text, useStdout} from 'ink';
import {useSyncExternalStore} from 'react';
import {sanitizeText} from '../model/sanitize-text.js';
import {wrapSegments, type Segment} from '../model/wrap-tokens.js';

/** The width assumed when the output is not a terminal that reports one. */
const fallbackColumns = 80;

type Output = NodeJS.WriteStream;

/** One `resize` listener per output, however many components draw on it. */
const watchers = new WeakMap<Output, {readonly subscribe: (onChange: () => void) => () => void}>();

function watcherOf(stdout: Output) {
	let watcher = watchers.get(stdout);
	if (watcher === undefined) {
		const listeners = new Set<() => void>();
		const onResize = () => {
			for (const listener of listeners) {
				listener();
			}
		};

		watcher = {
			subscribe(onChange) {
				if (listeners.size === 0) {
					stdout.on('resize', onResize);
				}

				listeners.add(onChange);
				return () => {
					listeners.delete(onChange);
					if (listeners.size === 0) {
						stdout.off('resize', onResize);
					}
				};
			},
		};
		watchers.set(stdout, watcher);
	}

	return watcher;
}

/**
The terminal's width in columns, kept current: a component that uses it draws again when the terminal is
resized (Ink itself only lays the old lines out again).
*/
export function useColumns(): number {
	const {stdout} = useStdout();
	const read = () => (stdout.columns > 0 ? stdout.columns : fallbackColumns);
	return useSyncExternalStore(watcherOf(stdout).subscribe, read, read);
}

/** Props of {@link WrappedText}. */
export type WrappedTextProps = {
	/**
	The columns left of this text on its line (padding, margins, a symbol): the text is wrapped to the terminal's
	width minus these.
	*/
	readonly indent: number;
	/** The text, in one style (the props below). */
	readonly children?: string;
	/** Or the text in pieces of different styles, wrapped as one. */
	readonly parts?: readonly Segment[];
	readonly color?: string;
	/** @default false */
	readonly dimColor?: boolean;
	/** @default false */
	readonly bold?: boolean;
};

/**
Text that breaks between tokens (`wrapTokens`): a long command, URL or path breaks after `/`, `,`, `|`, `=`…
instead of at whatever column it reaches, and no continuation line starts with a space.
*/
export function WrappedText({indent, children, parts, color, dimColor = false, bold = false}: WrappedTextProps) {
	const columns = useColumns();
	// The text component of everything untrusted the wizard draws: no control character reaches a frame.
	const pieces: readonly Segment[] = (parts ?? [{text: children ?? '', ...(color === undefined ? {} : {color}), dimColor, bold}]).map(
		(piece) => ({...piece, text: sanitizeText(piece.text)}),
	);
	const lines = wrapSegments(pieces, columns - indent);
	return (
		<Box flexDirection="column">
			{lines.map((line, index) => (
				<Text key={index}>
					{line.length === 0
						? ' '
						: line.map((piece, pieceIndex) => (
								<Text key={pieceIndex} color={piece.color} dimColor={piece.dimColor ?? false} bold={piece.bold ?? false}>
									{piece.text}
								</Text>
							))}
				</Text>
			))}
		</Box>
	);
}
