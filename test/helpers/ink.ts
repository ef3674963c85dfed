/**
Helpers for driving Ink components frame by frame: a `render` with a terminal width and cleanup, key presses,
polling for a frame, and deferred promises for resolving fake work by hand.
*/
import {EventEmitter} from 'node:events';
import type {TestContext} from 'node:test';
import {setTimeout as sleep} from 'node:timers/promises';
import {stripVTControlCharacters} from 'node:util';
import {render as inkRender} from 'ink';
import {render as renderWithTestingLibrary} from 'ink-testing-library';
import {createElement, type ReactElement} from 'react';
import {textTree} from '../../source/flowcharts/texts.js';
import type {Language} from '../../source/i18n/index.js';
import {TextProvider} from '../../source/ui/text-context.js';

/** The bytes a terminal sends for the keys the wizard uses. */
export const keys = {
	enter: '\r',
	escape: '\u001B',
	arrowDown: '\u001B[B',
	arrowUp: '\u001B[A',
	ctrlC: '\u0003',
} as const;

/** A terminal's output of a set width: every frame Ink wrote. */
class FakeStdout extends EventEmitter {
	readonly frames: string[] = [];
	readonly columns: number;
	constructor(columns: number) {
		super();
		this.columns = columns;
	}

	write = (frame: string): boolean => {
		this.frames.push(frame);
		return true;
	};
}

/** A terminal's input in raw mode, as ink-testing-library fakes it. */
export class FakeStdin extends EventEmitter {
	isTTY = true;
	private data: string | null = null;

	write = (data: string): void => {
		this.data = data;
		this.emit('readable');
		this.emit('data', data);
	};

	read = (): string | null => {
		const {data} = this;
		this.data = null;
		return data;
	};

	setEncoding(): void {}
	setRawMode(): void {}
	resume(): void {}
	pause(): void {}
	ref(): void {}
	unref(): void {}
}

/** A rendered tree. */
export type Rendered = {
	/** Every frame so far, in order, ANSI stripped. In debug mode each frame holds the whole screen, `<Static>` included. */
	readonly frames: readonly string[];
	readonly lastFrame: () => string;
	readonly stdin: FakeStdin;
	readonly columns: number;
	readonly unmount: () => void;
	/** Resolves with what the app passed to `exit(value)`. */
	readonly waitUntilExit: () => Promise<unknown>;
};

/** The width of ink-testing-library's terminal. */
export const testingLibraryColumns = 100;

/**
Renders `element` and unmounts it when the test ends. At the default width this is ink-testing-library's
`render` (a terminal 100 columns wide); it has no way to set another width, so for the layout tests at 80 and
40 columns the same fake terminal is built here with that width. Debug mode either way: every render writes
the full frame, `<Static>` included, and nothing is throttled (also under CI=true). The components say their
words in `language` (English unless given); the whole `App` is given its own text tree and says them in that.
*/
export function render(t: TestContext, element: ReactElement, options: {columns?: number; language?: Language} = {}): Rendered {
	const columns = options.columns ?? testingLibraryColumns;
	const tree = createElement(TextProvider, {tree: textTree(options.language ?? 'en')}, element);
	let exitValue: Promise<unknown>;
	let frames: string[];
	let stdin: FakeStdin;
	let unmountInstance: () => void;
	if (columns === testingLibraryColumns) {
		const rendered = renderWithTestingLibrary(tree);
		frames = rendered.frames;
		stdin = rendered.stdin as unknown as FakeStdin;
		unmountInstance = () => {
			rendered.unmount();
			rendered.cleanup();
		};

		// Ink-testing-library does not hand out Ink's instance; observe the app's exit through its onExit there.
		exitValue = Promise.reject(new Error("waitUntilExit needs a render with a set width (ink-testing-library hides Ink's instance)"));
		exitValue.catch(() => undefined);
	} else {
		const stdout = new FakeStdout(columns);
		stdin = new FakeStdin();
		const instance = inkRender(tree, {
			stdout: stdout as unknown as NodeJS.WriteStream,
			stderr: new FakeStdout(columns) as unknown as NodeJS.WriteStream,
			stdin: stdin as unknown as NodeJS.ReadStream,
			debug: true,
			exitOnCtrlC: false,
			patchConsole: false,
		});
		frames = stdout.frames;
		unmountInstance = () => {
			instance.unmount();
			instance.cleanup();
		};

		// Ink settles the exit promise only if it was asked for before the app exits.
		exitValue = instance.waitUntilExit();
		exitValue.catch(() => undefined);
	}

	let unmounted = false;
	const unmount = () => {
		if (!unmounted) {
			unmounted = true;
			unmountInstance();
		}
	};

	t.after(unmount);
	return {
		get frames() {
			return frames.map((frame) => stripVTControlCharacters(frame));
		},
		lastFrame: () => stripVTControlCharacters(frames.at(-1) ?? ''),
		stdin,
		columns,
		unmount,
		waitUntilExit: async () => exitValue,
	};
}

/**
Waits 25 ms, writes a key, then waits 25 ms. This is the one sanctioned fixed wait: Ink 6.8 re-attaches a changed
`useInput` handler a moment after the frame changes (its effect runs after the render is written), so an arrow
and Enter written back to back can reach the old handler and select the wrong item, and a key written the
instant a new prompt's frame appears (what `waitForFrame` returns on) can reach no handler at all and be lost;
under a full `npm test` on two cores that happened.
*/
export async function press(stdin: FakeStdin, key: string): Promise<void> {
	await sleep(25);
	stdin.write(key);
	await sleep(25);
}

/**
Polls the last frame until `predicate` holds and returns it; after `timeoutMs` it fails with the last frame in
the message, so a failing test shows what the screen said. The default is generous because it only bounds a
failure: a frame that comes is returned at once, and under a full `npm test` (lab servers and go builds on
two cores) a frame can take seconds.
*/
export async function waitForFrame(
	rendered: Pick<Rendered, 'lastFrame'>,
	predicate: (frame: string) => boolean,
	timeoutMs = 10_000,
): Promise<string> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const frame = rendered.lastFrame();
		if (predicate(frame)) {
			return frame;
		}

		if (Date.now() > deadline) {
			throw new Error(`No frame matched within ${timeoutMs} ms. The last frame was:\n${frame}`);
		}

		await sleep(10);
	}
}

/** Polls `condition` (not a frame) until it holds, failing after `timeoutMs` with `what`. */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline) {
			throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
		}

		await sleep(10);
	}
}

/** A promise with its resolve and reject at hand. */
export type Deferred<T> = {
	readonly promise: Promise<T>;
	readonly resolve: (value: T) => void;
	readonly reject: (error: unknown) => void;
};

export function deferred<T = void>(): Deferred<T> {
	let resolve!: (value: T) => void;
	let reject!: (error: unknown) => void;
	const promise = new Promise<T>((resolvePromise, rejectPromise) => {
		resolve = resolvePromise;
		reject = rejectPromise;
	});
	return {promise, resolve, reject};
}
