import process from 'node:process';
import path from 'node:path';
import {classifyGoOutput} from '../classify/classify-go-error.js';
import {type InputTail, TailBuffer} from '../classify/read-go-output.js';
import {renderClassifyText} from '../classify/render-classify-text.js';
import {catalogTree, renderDeep, say, type Language} from '../i18n/index.js';
import {nodeFileSystem} from '../system/file-system.js';
import type {Environment, FileSystem} from '../system/types.js';
import {createRedactor} from '../redact/redact.js';
import {UsageError} from './options.js';
import type {CliCommand} from './command-line.js';

/** More than any real log; only the last this many bytes are kept (the classifier says the head was skipped). */
export const maxClassifyBytes = 32 * 1024 * 1024;

/** An endless stream (`yes | gomod-doctor classify`) is read this far, then classified by its last part. */
const maxStreamBytes = 1024 * 1024 * 1024;

/**
`gomod-doctor classify [FILE | -] [--json]`: reads go's error output and says what went wrong, running nothing.
Exit status: 0 no error found, 1 a failure was classified.
*/
export async function runClassify(
	source: {file?: string; stdin: NodeJS.ReadableStream & {isTTY?: boolean}},
	options: {json: boolean; language: Language},
	env: Environment,
	write: (text: string) => void,
): Promise<number> {
	// The END of a long input is read (a failing log has its error last); the head is skipped, and said to be.
	let bytes: InputTail;
	if (source.file === undefined || source.file === '-') {
		if (source.file === undefined && source.stdin.isTTY === true) {
			throw new UsageError(say.cli.classify.needsInput);
		}

		bytes = await readStream(source.stdin, maxClassifyBytes);
	} else {
		bytes = await readFileBounded(nodeFileSystem, source.file, maxClassifyBytes);
	}

	const result = classifyGoOutput(bytes);
	const redactor = createRedactor({env});
	write(
		options.json
			? `${JSON.stringify(redactor.redactDeep({schemaVersion: 1, ...renderDeep(result, catalogTree('en'))}), undefined, 2)}\n`
			: redactor.redact(renderClassifyText(result, catalogTree(options.language))),
	);
	return result.kind === 'classified' ? 1 : 0;
}

async function readFileBounded(fs: FileSystem, file: string, limit: number): Promise<InputTail> {
	let handle;
	try {
		handle = await fs.open(file, 'r');
	} catch (error) {
		throw new UsageError(say.cli.classify.cannotRead(file, (error as NodeJS.ErrnoException).code ?? String(error)));
	}

	try {
		const info = await handle.stat();
		if (info.isDirectory()) {
			throw new UsageError(say.cli.classify.isDirectory(file));
		}

		if (!info.isFile()) {
			// A FIFO or a device has no size to seek from: read it as a stream, keeping its end.
			return await readStream(handle.createReadStream({autoClose: false}), limit);
		}

		const skippedBytes = Math.max(0, info.size - limit);
		const buffer = Buffer.alloc(Math.min(limit, info.size));
		let filled = 0;
		while (filled < buffer.length) {
			// eslint-disable-next-line no-await-in-loop -- sequential reads into one buffer
			const {bytesRead} = await handle.read(buffer, filled, buffer.length - filled, skippedBytes + filled);
			if (bytesRead === 0) {
				break;
			}

			filled += bytesRead;
		}

		return {tail: buffer.subarray(0, filled), skippedBytes};
	} finally {
		await handle.close();
	}
}

async function readStream(stream: AsyncIterable<string | Uint8Array>, limit: number): Promise<InputTail> {
	const tail = new TailBuffer(limit);
	let total = 0;
	for await (const chunk of stream) {
		const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
		tail.push(buffer);
		total += buffer.length;
		// The end is what matters, but an endless stream has none: stop after this much, with what came last.
		if (total >= maxStreamBytes) {
			break;
		}
	}

	return tail.result();
}

/** `gomod-doctor classify [FILE | -]`, from the command line. */
export const classifyCommand: CliCommand = async ({operand, flags, language, env, userDirectory, write}) => {
	const file = operand === undefined || operand === '-' ? operand : path.resolve(userDirectory, operand);
	return runClassify({file, stdin: process.stdin}, {json: flags.json, language}, env, write);
};
