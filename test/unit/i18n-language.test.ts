import assert from 'node:assert/strict';
import {test} from 'node:test';
import {
	catalogTree,
	chosenLanguage,
	languageArgument,
	languageFromEnv,
	parseLanguage,
	renderText,
	say,
	t,
} from '../../source/i18n/index.js';

test('Simplified Chinese locales give zh: zh_CN, zh_SG, zh_Hans, with or without an encoding or modifier', () => {
	for (const locale of [
		'zh_CN',
		'zh_CN.UTF-8',
		'zh_CN.GB18030',
		'zh_SG',
		'zh_SG.UTF-8',
		'zh_Hans',
		'zh-Hans',
		'zh_Hans_CN.UTF-8',
		'zh-Hans-SG',
		'zh_CN@pinyin',
		'zh',
	]) {
		assert.equal(languageFromEnv({LANG: locale}), 'zh', locale);
	}
});

test('anything else gives en: Traditional Chinese, other languages, C, POSIX, nothing', () => {
	for (const locale of [
		'zh_TW',
		'zh_TW.UTF-8',
		'zh_HK',
		'zh_MO',
		'zh_Hant',
		'zh-Hant-CN',
		'en_US.UTF-8',
		'ja_JP.UTF-8',
		'C',
		'C.UTF-8',
		'POSIX',
		'chinese',
		'zhx_CN',
		'',
	]) {
		assert.equal(languageFromEnv({LANG: locale}), 'en', JSON.stringify(locale));
	}

	assert.equal(languageFromEnv({}), 'en');
});

test('LC_ALL wins over LC_MESSAGES, which wins over LANG; an empty variable counts as unset', () => {
	assert.equal(languageFromEnv({LC_ALL: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'zh_CN.UTF-8'}), 'en');
	assert.equal(languageFromEnv({LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8'}), 'zh');
	assert.equal(languageFromEnv({LC_MESSAGES: 'zh_SG.UTF-8', LANG: 'en_US.UTF-8'}), 'zh');
	assert.equal(languageFromEnv({LC_MESSAGES: 'C', LANG: 'zh_CN.UTF-8'}), 'en');
	assert.equal(languageFromEnv({LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_CN.UTF-8'}), 'zh');
	// LC_CTYPE says how to read bytes, not which language to speak.
	assert.equal(languageFromEnv({LC_CTYPE: 'zh_CN.UTF-8'}), 'en');
});

test('--lang takes zh or en, in any case, and nothing else', () => {
	assert.equal(parseLanguage('zh'), 'zh');
	assert.equal(parseLanguage('EN'), 'en');
	assert.equal(parseLanguage(' zh '), 'zh');
	for (const value of ['', 'cn', 'zh_CN', 'chinese', 'fr', 'zh-Hant']) {
		assert.equal(parseLanguage(value), undefined, value);
	}
});

test('t(language) is that language’s catalog; a message is said in the language of the tree it is rendered with', () => {
	assert.equal(t('en').common.yes, 'yes');
	assert.equal(t('zh').common.yes, '是');
	const message = say.common.yes;
	assert.deepEqual(message, {i18n: ['common', 'yes']});
	assert.equal(renderText(message, catalogTree('en')), 'yes');
	assert.equal(renderText(message, catalogTree('zh')), '是');
});

test('the language a command line asks for: --lang when it names one we have, else the locale', () => {
	assert.equal(chosenLanguage(['--lang', 'zh'], {LANG: 'en_US.UTF-8'}), 'zh');
	assert.equal(chosenLanguage(['--lang=en'], {LANG: 'zh_CN.UTF-8'}), 'en');
	assert.equal(chosenLanguage(['--lang', 'fr'], {LANG: 'zh_CN.UTF-8'}), 'zh');
	assert.equal(chosenLanguage([], {LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8'}), 'zh');
	assert.equal(chosenLanguage([], {}), 'en');
});

test('--lang is found in the raw arguments, in either form, before them being parsed', () => {
	assert.equal(languageArgument(['--lang', 'zh', 'lab', 'proxy-down']), 'zh');
	assert.equal(languageArgument(['diagnose', '--lang=en']), 'en');
	assert.equal(languageArgument(['diagnose', '--lang']), '');
	assert.equal(languageArgument(['classify', '--', '--lang', 'zh']), undefined);
	assert.equal(languageArgument(['diagnose', '--json']), undefined);
});
