import {formatArgv} from '../model/format.js';
import type {Fix} from '../model/report.js';
import {categoryTitles} from '../model/taxonomy.js';
import type {ClassifiedItem, ClassifyResult} from './classify-go-error.js';

/** Wraps a paragraph at `width` columns, each line prefixed by `indent`. */
function wrap(text: string, indent: string, width = 100): string[] {
	const lines: string[] = [];
	let current = '';
	for (const word of text.split(/\s+/)) {
		if (word === '') {
			continue;
		}

		if (current !== '' && indent.length + current.length + 1 + word.length > width) {
			lines.push(`${indent}${current}`);
			current = word;
		} else {
			current = current === '' ? word : `${current} ${word}`;
		}
	}

	if (current !== '') {
		lines.push(`${indent}${current}`);
	}

	return lines;
}


function renderFix(fix: Fix, indent: string): string[] {
	const warning = fix.weakensSecurity ? ' [weakens security]' : '';
	const lines = [`${indent}- ${fix.title}${warning}`];
	switch (fix.kind) {
		case 'go-env': {
			if (fix.argv !== undefined) {
				lines.push(`${indent}    $ ${formatArgv(fix.argv)}`);
			}

			break;
		}

		case 'shell': {
			for (const line of fix.shell ?? []) {
				lines.push(`${indent}    $ ${line}`);
			}

			break;
		}

		case 'info': {
			break;
		}
	}

	if (fix.detail !== undefined) {
		lines.push(...wrap(fix.detail, `${indent}    `));
	}

	return lines;
}

function renderItem(item: ClassifiedItem, index: number, primary: boolean): string[] {
	const lines = [`${index + 1}. ${item.category}: ${categoryTitles[item.category]}${primary ? ' (primary)' : ''}`];
	const field = (name: string, value: string | undefined) => {
		if (value !== undefined) {
			lines.push(`   ${`${name}:`.padEnd(9)}${value}`);
		}
	};

	field('module', item.module);
	field('version', item.version);
	field('host', item.host);
	field('status', item.status === undefined ? undefined : String(item.status));
	field('cause', item.cause);
	field('line', item.line);
	lines.push('', ...wrap(item.explanation, '   '));
	if (item.fixes.length > 0) {
		lines.push('', '   Fixes to try:');
		for (const fix of item.fixes) {
			lines.push(...renderFix(fix, '   '));
		}
	}

	return lines;
}

function formatBytes(bytes: number): string {
	if (bytes < 1024) {
		return `${bytes} bytes`;
	}

	return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The human form of `gomod-doctor classify`: what went wrong, for which module and host, and what to try. Not redacted: pass it through a redactor. */
export function renderClassifyText(result: ClassifyResult): string {
	const lines: string[] = [];
	const cut = result.truncated ? ' (the input was too long: only its last part was read)' : '';
	switch (result.kind) {
		case 'empty': {
			lines.push(
				'No input to classify: it was empty.',
				'Pass go\'s error output as a file or on standard input, e.g.: go mod download 2>&1 | gomod-doctor classify',
			);
			break;
		}

		case 'binary': {
			lines.push(
				`The input (${formatBytes(result.inputBytes)}) looks like binary data, not go's error output; nothing was classified${cut}.`,
				'Save the output of the failing go command as text (go mod download 2>&1 > go.log) and classify that.',
			);
			break;
		}

		case 'no-error': {
			lines.push(
				`No go error found in the input (${formatBytes(result.inputBytes)})${cut}.`,
				'If go failed, make sure its standard error was captured (2>&1). If it hung with no output, run gomod-doctor diagnose: it measures each GOPROXY entry.',
			);
			break;
		}

		case 'classified': {
			const count = result.items.length;
			lines.push(
				`${count === 1 ? 'One problem' : `${count} problems`} found${result.primary === undefined ? '' : `; the root cause is most likely ${result.primary.category}${result.primary.module === undefined ? '' : ` (${result.primary.module})`}`}${cut}.`,
			);
			for (const [index, item] of result.items.entries()) {
				lines.push('', ...renderItem(item, index, item === result.primary && count > 1));
			}

			lines.push('', 'gomod-doctor diagnose runs the real checks (DNS, TCP, TLS, each GOPROXY entry) and can apply a fix with undo.');
			break;
		}
	}

	return `${lines.join('\n')}\n`;
}
