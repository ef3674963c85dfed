import {open} from 'node:fs/promises';
import {classifyGoOutput, renderClassifyText} from '../classify/classify-go-error.js';
import {t} from '../i18n/index.js';
import type {Environment} from '../system/types.js';
import {createRedactor} from '../transcript/redact.js';
import {UsageError} from './options.js';

/** More than any real log; the rest is not read (the classifier says the input was cut). */
export const maxClassifyBytes = 32 * 1024 * 1024;

/**
`gomod-doctor classify [FILE | -] [--json]`: reads go's error output and says what went wrong, running nothing.
Exit status: 0 no error found, 1 a failure was classified.
*/
export async function runClassify(
	source: {file?: string; stdin: NodeJS.ReadableStream & {isTTY?: boolean}},
	options: {json: boolean},
	env: Environment,
	write: (text: string) => void,
): Promise<number> {
	let bytes: Uint8Array;
	if (source.file === undefined || source.file === '-') {
		if (source.file === undefined && source.stdin.isTTY === true) {
			throw new UsageError(t().cli.classify.needsInput);
		}

		bytes = await readStream(source.stdin, maxClassifyBytes);
	} else {
		bytes = await readFileBounded(source.file, maxClassifyBytes);
	}

	const result = classifyGoOutput(bytes);
	const redactor = createRedactor({env});
	write(
		options.json
			? `${JSON.stringify(redactor.redactDeep({schemaVersion: 1, ...result}), undefined, 2)}\n`
			: redactor.redact(renderClassifyText(result)),
	);
	return result.kind === 'classified' ? 1 : 0;
}

async function readFileBounded(file: string, limit: number): Promise<Uint8Array> {
	let handle;
	try {
		handle = await open(file, 'r');
	} catch (error) {
		throw new UsageError(t().cli.classify.cannotRead(file, (error as NodeJS.ErrnoException).code ?? String(error)));
	}

	try {
		const info = await handle.stat();
		if (info.isDirectory()) {
			throw new UsageError(t().cli.classify.isDirectory(file));
		}

		const buffer = Buffer.alloc(Math.min(limit, info.size > 0 ? info.size : limit));
		let filled = 0;
		while (filled < buffer.length) {
			// eslint-disable-next-line no-await-in-loop -- sequential reads into one buffer
			const {bytesRead} = await handle.read(buffer, filled, buffer.length - filled, filled);
			if (bytesRead === 0) {
				break;
			}

			filled += bytesRead;
		}

		return buffer.subarray(0, filled);
	} finally {
		await handle.close();
	}
}

async function readStream(stream: NodeJS.ReadableStream, limit: number): Promise<Uint8Array> {
	const chunks: Buffer[] = [];
	let total = 0;
	for await (const chunk of stream) {
		const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
		chunks.push(buffer.subarray(0, Math.max(0, limit - total)));
		total += buffer.length;
		if (total >= limit) {
			break;
		}
	}

	return Buffer.concat(chunks);
}
