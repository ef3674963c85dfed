import {Box, Text} from 'ink';
import type {Text as TextValue} from '../i18n/index.js';
import type {Fix} from '../model/report.js';
import {useText} from './text-context.js';
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
	/** What is typed so far (the wizard's reducer keeps it: see `wizard-keys.ts`). */
	readonly value: string;
	/** Why Enter did not accept the value. */
	readonly problem?: TextValue;
};

/**
A one-line text field. In `hidden` mode the characters never reach the screen: the field shows how many were
typed and nothing else, so no frame (and no terminal scrollback) holds the secret. It draws only: every key is
text there but Enter (submit), Esc (back), Backspace and Ctrl-C, and the reducer takes them.
*/
export function SecretInput({label, hint, mode = 'hidden', value, problem}: SecretInputProps) {
	const {catalog, text: textOf} = useText();
	const text = catalog.private;
	return (
		<Box flexDirection="column">
			<Text>
				<Text bold>{label}</Text>
				{mode === 'visible' ? <Text>{value}</Text> : <Text>{`(${text.typedCount([...value].length)})`}</Text>}
			</Text>
			{problem === undefined ? null : <Text color="red">{text.fieldInvalid(textOf(problem))}</Text>}
			{hint === undefined ? null : <Text>{hint}</Text>}
		</Box>
	);
}

/** Props of {@link NetrcCredentialsPrompt}. */
export type NetrcCredentialsPromptProps = {
	readonly fix: Fix;
	/** The login, once it was typed: the token is asked for then. */
	readonly login?: string;
	/** What the field being asked holds, and why Enter refused it. */
	readonly value: string;
	readonly problem?: TextValue;
};

/** Asks for the login (shown) and then the token (hidden) of a `netrc` fix. */
export function NetrcCredentialsPrompt({fix, login, value, problem}: NetrcCredentialsPromptProps) {
	const {redact} = useUi();
	const {catalog, text: textOf} = useText();
	const text = catalog.private;
	const machine = fix.netrc?.machine ?? '';
	const field = problem === undefined ? {value} : {value, problem};
	return (
		<Box flexDirection="column">
			<Text bold>{redact(text.netrcHeading(machine, fix.netrc?.file ?? '~/.netrc'))}</Text>
			{fix.detail === undefined ? null : <Text>{redact(textOf(fix.detail))}</Text>}
			{login === undefined ? (
				<SecretInput label={text.loginPrompt} hint={text.loginHint} mode="visible" {...field} />
			) : (
				<>
					<Text>{`${text.loginPrompt}${login}`}</Text>
					<SecretInput label={text.tokenPrompt} hint={text.tokenHint} mode="hidden" {...field} />
				</>
			)}
		</Box>
	);
}
