import {Box, Text} from 'ink';
import type {GoSnapshot} from '../go/read-go-settings.js';
import type {Text as TextValue} from '../i18n/index.js';
import type {Setting} from '../model/report.js';
import {maxDisplayWidth} from '../i18n/text-width.js';
import {symbols} from './messages.js';
import {useText} from './text-context.js';
import {useUi} from './ui-context.js';
import {WrappedText} from './wrapped-text.js';

/** Props of {@link SettingsPanel}. */
export type SettingsPanelProps = {
	readonly snapshot: GoSnapshot;
};

/**
Go's version and the effective settings that matter, each with where its value comes from; a GOENV value that
the environment shadows is called out under it.
*/
export function SettingsPanel({snapshot}: SettingsPanelProps) {
	const {redact} = useUi();
	const {catalog} = useText();
	const nameWidth = Math.max(maxDisplayWidth(snapshot.settings.map((setting) => setting.name)), 8) + 2;
	const notes = new Map(snapshot.proxyVariables.map((variable) => [variable.name as string, variable.note]));
	return (
		<Box flexDirection="column">
			<WrappedText indent={0}>{catalog.wizard.goVersion(redact(snapshot.goVersion))}</WrappedText>
			<WrappedText dimColor indent={0}>
				{snapshot.goenvFile === 'off' ? catalog.wizard.goenvOff : catalog.wizard.goenvFile(redact(snapshot.goenvFile))}
			</WrappedText>
			{snapshot.toolchainSwitchError === undefined ? null : (
				<WrappedText bold indent={0}>
					{`${symbols.warning} ${catalog.wizard.toolchainSwitch(redact(snapshot.toolchainSwitchError))}`}
				</WrappedText>
			)}
			<Text bold>{catalog.wizard.settingsTitle}</Text>
			{snapshot.settings.map((setting) => (
				<SettingRow key={setting.name} setting={setting} nameWidth={nameWidth} note={notes.get(setting.name)} />
			))}
		</Box>
	);
}

function SettingRow({
	setting,
	nameWidth,
	note,
}: {
	readonly setting: Setting;
	readonly nameWidth: number;
	readonly note: TextValue | undefined;
}) {
	const {redact} = useUi();
	const {catalog, text} = useText();
	return (
		<Box flexDirection="column" paddingLeft={2}>
			<Box>
				<Box width={nameWidth} flexShrink={0}>
					<Text>{setting.name}</Text>
				</Box>
				<Box flexGrow={1} flexShrink={1}>
					<WrappedText
						indent={2 + nameWidth}
						parts={[
							setting.value === '' ? {text: catalog.wizard.unset, dimColor: true} : {text: redact(setting.value)},
							{text: `  ${catalog.wizard.sources[setting.source]}`, dimColor: true},
						]}
					/>
				</Box>
			</Box>
			{setting.shadowed === undefined ? null : (
				<Box paddingLeft={nameWidth}>
					<WrappedText bold indent={2 + nameWidth}>
						{`${symbols.warning} ${catalog.wizard.shadowed(catalog.wizard.sources[setting.shadowed.source], redact(setting.shadowed.value))}`}
					</WrappedText>
				</Box>
			)}
			{note === undefined ? null : (
				<Box paddingLeft={nameWidth}>
					<WrappedText dimColor indent={2 + nameWidth}>
						{redact(text(note))}
					</WrappedText>
				</Box>
			)}
		</Box>
	);
}
