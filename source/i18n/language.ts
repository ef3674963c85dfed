import type {Environment} from '../system/types.js';

/** The languages gomod-doctor speaks. */
export const languages = ['en', 'zh'] as const;
export type Language = (typeof languages)[number];

/** `--lang` as typed, or undefined when it names no language we have. */
export function parseLanguage(value: string): Language | undefined {
	const lowered = value.trim().toLowerCase();
	return (languages as readonly string[]).includes(lowered) ? (lowered as Language) : undefined;
}

/**
The language the locale asks for, as gettext reads it: the first of LC_ALL, LC_MESSAGES and LANG that is set
and not empty. Simplified Chinese locales (zh, zh_CN, zh_SG, zh_Hans…) give `zh`; anything else gives `en`.
*/
export function languageFromEnv(env: Environment): Language {
	const locale = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((value) => value !== undefined && value !== '');
	if (locale === undefined) {
		return 'en';
	}

	// `zh_CN.UTF-8`, `zh-Hans-CN`, `zh_SG@pinyin`: the language, then the region or script.
	const [language = '', ...rest] = locale.split(/[.@]/)[0]!.split(/[-_]/);
	if (language.toLowerCase() !== 'zh') {
		return 'en';
	}

	const qualifier = rest.map((part) => part.toLowerCase());
	if (qualifier.length === 0 || qualifier.includes('hans') || qualifier.includes('cn') || qualifier.includes('sg')) {
		return qualifier.includes('hant') ? 'en' : 'zh';
	}

	return 'en';
}

/**
The language a command line asks for: `--lang` (when it names a language we have), else the locale (LC_ALL,
LC_MESSAGES, LANG). Chosen once, before anything is written, and passed to whatever writes: there is no
process-wide language.
*/
export function chosenLanguage(argv: readonly string[], env: Environment): Language {
	const requested = languageArgument(argv);
	return (requested === undefined ? undefined : parseLanguage(requested)) ?? languageFromEnv(env);
}

/**
The value of `--lang` in raw command-line arguments (`--lang zh` or `--lang=zh`), read before the arguments are
parsed, because the help text is written in the language it chooses; undefined when it is not given (an empty
string when it is given without a value). Arguments after `--` are not options.
*/
export function languageArgument(argv: readonly string[]): string | undefined {
	for (const [index, argument] of argv.entries()) {
		if (argument === '--') {
			return undefined;
		}

		if (argument === '--lang') {
			return argv[index + 1] ?? '';
		}

		if (argument.startsWith('--lang=')) {
			return argument.slice('--lang='.length);
		}
	}

	return undefined;
}
