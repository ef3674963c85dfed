import {Box, Text, useInput} from 'ink';
import {useState} from 'react';
import {checkNetrcField} from '../go/netrc.js';
import {t} from '../i18n/index.js';
import type {Fix} from '../model/report.js';
import {useUi} from './ui-context.js';

/** Props of {@link SecretInput}. */
export type SecretInputProps = {
	readonly label: string;
	/** A line under the field. */
	readonly hint?: string;
	/**
	`hidden`: nothing of what is typed is drawn, not even a mask (only a count); `visible`: the text as typed (a login).
	@default 'hidden'
	*/
	readonly mode?: 'hidden' | 'visible';
	/** Why the value is not accepted, or undefined; checked on Enter. */
	readonly validate?: (value: string) => string | undefined;
	readonly initialValue?: string;
	readonly onSubmit: (value: string) => void;
	readonly onCancel: () => void;
	/** @default true */
	readonly isFocused?: boolean;
};

/**
A one-line text field that owns the keyboard. In `hidden` mode the characters never reach the screen: the field
shows how many were typed and nothing else, so no frame (and no terminal scrollback) holds the secret. Enter
submits, Esc cancels, Backspace deletes.
*/
export function SecretInput({label, hint, mode = 'hidden', validate, initialValue = '', onSubmit, onCancel, isFocused = true}: SecretInputProps) {
	const [value, setValue] = useState(initialValue);
	const [problem, setProblem] = useState<string | undefined>();
	useInput(
		(input, key) => {
			if (key.escape) {
				onCancel();
				return;
			}

			if (key.return) {
				const why = validate?.(value);
				if (why === undefined) {
					onSubmit(value);
				} else {
					setProblem(why);
				}

				return;
			}

			if (key.backspace || key.delete) {
				setValue((current) => current.slice(0, -1));
				return;
			}

			if (key.ctrl || key.meta || key.tab || key.upArrow || key.downArrow || key.leftArrow || key.rightArrow) {
				return;
			}

			// A paste arrives as one string; line breaks in it are not part of a token.
			const typed = input.replaceAll(/[\r\n]/g, '');
			if (typed !== '') {
				setValue((current) => current + typed);
				setProblem(undefined);
			}
		},
		{isActive: isFocused},
	);
	const text = t().private;
	return (
		<Box flexDirection="column">
			<Text>
				<Text bold>{label}</Text>
				{mode === 'visible' ? <Text>{value}</Text> : <Text dimColor>{`(${text.typedCount([...value].length)})`}</Text>}
			</Text>
			{problem === undefined ? null : <Text color="red">{text.fieldInvalid(problem)}</Text>}
			{hint === undefined ? null : <Text dimColor>{hint}</Text>}
		</Box>
	);
}

/** Props of {@link NetrcCredentialsPrompt}. */
export type NetrcCredentialsPromptProps = {
	readonly fix: Fix;
	readonly onDone: (login: string, secret: string) => void;
	readonly onCancel: () => void;
};

/** Asks for the login (shown) and then the token (hidden) of a `netrc` fix. */
export function NetrcCredentialsPrompt({fix, onDone, onCancel}: NetrcCredentialsPromptProps) {
	const {redact} = useUi();
	const [login, setLogin] = useState<string | undefined>();
	const text = t().private;
	const machine = fix.netrc?.machine ?? '';
	return (
		<Box flexDirection="column">
			<Text bold>{redact(text.netrcHeading(machine, fix.netrc?.file ?? '~/.netrc'))}</Text>
			{fix.detail === undefined ? null : <Text dimColor>{redact(fix.detail)}</Text>}
			{login === undefined ? (
				<SecretInput
					key="login"
					label={text.loginPrompt}
					hint={text.loginHint}
					mode="visible"
					initialValue={fix.netrc?.login ?? ''}
					validate={checkNetrcField}
					onSubmit={setLogin}
					onCancel={onCancel}
				/>
			) : (
				<SecretInput
					key="token"
					label={text.tokenPrompt}
					hint={text.tokenHint}
					mode="hidden"
					validate={checkNetrcField}
					onSubmit={(secret) => {
						onDone(login, secret);
					}}
					onCancel={onCancel}
				/>
			)}
		</Box>
	);
}
