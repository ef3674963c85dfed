import {renderText, type Text} from '../../source/i18n/index.js';
import {textTree} from '../../source/flowcharts/texts.js';

/** A text as an English reader sees it (what the tests read messages as). */
export function english(text: Text): string {
	return renderText(text, textTree('en'));
}

/** A text as a Chinese reader sees it. */
export function chinese(text: Text): string {
	return renderText(text, textTree('zh'));
}
