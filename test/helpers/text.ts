import {textTree} from '../../source/flowcharts/texts.js';
import {renderText, type Text} from '../../source/i18n/index.js';

/** A text as an English reader sees it (what the tests read messages as); nothing (`''`) for no text. */
export function english(text: Text | undefined): string {
	return text === undefined ? '' : renderText(text, textTree('en'));
}

/** A text as a Chinese reader sees it; nothing (`''`) for no text. */
export function chinese(text: Text | undefined): string {
	return text === undefined ? '' : renderText(text, textTree('zh'));
}
