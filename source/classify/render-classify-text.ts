import {renderList, renderText, say, type Text, type TextTree} from '../i18n/index.js';
import {displayWidth, maxDisplayWidth, padEndDisplay} from '../i18n/text-width.js';
import {formatArgv} from '../model/format.js';
import type {Fix} from '../model/report.js';
import type {ClassifiedItem, ClassifyResult} from './classify-go-error.js';

/**
The units a line may break between: words separated by spaces, and each 汉字 (or full-width mark) on its own,
since Chinese has no spaces. `space` says whether a space goes before the unit when it joins a line.
*/
function breakUnits(text: string): Array<{text: string; space: boolean}> {
	const units: Array<{text: string; space: boolean}> = [];
	for (const [index, word] of text
		.split(/\s+/)
		.filter((item) => item !== '')
		.entries()) {
		// A run of wide characters splits between them; the first keeps the space before the word.
		const parts = word.match(
			/[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF][\u3000-\u303F\uFF00-\uFFEF]*|[^\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF]+/gu,
		) ?? [word];
		for (const [partIndex, part] of parts.entries()) {
			units.push({text: part, space: partIndex === 0 && index > 0});
		}
	}

	return units;
}

/** Wraps a paragraph at `width` columns (汉字 count two), each line prefixed by `indent`. */
function wrap(text: string, indent: string, width = 100): string[] {
	const lines: string[] = [];
	let current = '';
	for (const unit of breakUnits(text)) {
		const joined = current === '' ? unit.text : `${current}${unit.space ? ' ' : ''}${unit.text}`;
		if (current !== '' && displayWidth(indent) + displayWidth(joined) > width) {
			lines.push(`${indent}${current}`);
			current = unit.text;
		} else {
			current = joined;
		}
	}

	if (current !== '') {
		lines.push(`${indent}${current}`);
	}

	return lines;
}

function renderFix(fix: Fix, indent: string, tree: TextTree): string[] {
	const warning = fix.weakensSecurity ? ` ${renderText(say.classify.weakensSecurity, tree)}` : '';
	const lines = [`${indent}- ${renderText(fix.title, tree)}${warning}`];
	switch (fix.kind) {
		case 'go-env':
		case 'command': {
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

		// Classify offers no netrc fix; the title and detail say all there is.
		case 'netrc':
		case 'info': {
			break;
		}
	}

	if (fix.detail !== undefined) {
		lines.push(...wrap(renderText(fix.detail, tree), `${indent}    `));
	}

	return lines;
}

function renderItem(item: ClassifiedItem, index: number, primary: boolean, tree: TextTree): string[] {
	const words = say.classify;
	const said = (text: Text) => renderText(text, tree);
	const lines = [`${index + 1}. ${item.category}: ${said(say.categories[item.category])}${primary ? said(words.primary) : ''}`];
	// The labels share one column, as wide as the widest label in this language plus a space.
	const labelWidth = maxDisplayWidth(Object.values(words.fields).map((label) => said(label))) + 1;
	const field = (label: Text, value: string | undefined) => {
		if (value !== undefined) {
			lines.push(`   ${padEndDisplay(said(label), labelWidth)}${value}`);
		}
	};

	field(words.fields.module, item.module);
	field(words.fields.version, item.version);
	field(words.fields.host, item.host);
	field(words.fields.status, item.status === undefined ? undefined : String(item.status));
	field(words.fields.cause, item.cause);
	field(words.fields.line, item.line);
	lines.push('', ...wrap(said(item.explanation), '   '));
	if (item.ambiguity !== undefined) {
		lines.push('', ...wrap(said(item.ambiguity), '   '));
	}

	if (item.alternatives.length > 0) {
		lines.push('', `   ${said(words.alternatives.heading)}`);
		for (const alternative of item.alternatives) {
			lines.push(
				`   - ${alternative.category}: ${said(say.categories[alternative.category])}`,
				...wrap(said(alternative.check), '       '),
				`       $ ${alternative.command}`,
			);
		}
	}

	if (item.fixes.length > 0) {
		lines.push('', `   ${said(words.fixesToTry)}`);
		for (const fix of item.fixes) {
			lines.push(...renderFix(fix, '   ', tree));
		}
	}

	return lines;
}

function formatBytes(bytes: number, tree: TextTree): string {
	if (bytes < 1024) {
		return renderText(say.classify.bytes(bytes), tree);
	}

	return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
The human form of `gomod-doctor classify`: what went wrong, for which module and host, and what to try, in `tree`'s
words. Not redacted: pass it through a redactor.
*/
export function renderClassifyText(result: ClassifyResult, tree: TextTree): string {
	const words = say.classify;
	const lines: string[] = [];
	const cut = result.truncated ? words.truncated : '';
	switch (result.kind) {
		case 'empty': {
			lines.push(...renderList(words.empty, tree));
			break;
		}

		case 'binary': {
			lines.push(...renderList(words.binary(formatBytes(result.inputBytes, tree), cut), tree));
			break;
		}

		case 'no-error': {
			lines.push(...renderList(words.noError(formatBytes(result.inputBytes, tree), cut), tree));
			break;
		}

		case 'classified': {
			const count = result.items.length;
			lines.push(renderText(words.found(count, result.primary?.category, result.primary?.module, cut), tree));
			for (const [index, item] of result.items.entries()) {
				lines.push('', ...renderItem(item, index, item === result.primary && count > 1, tree));
			}

			lines.push('', renderText(words.diagnoseHint, tree));
			break;
		}
	}

	return `${lines.join('\n')}\n`;
}
