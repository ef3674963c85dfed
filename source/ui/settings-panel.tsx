import {Box, Text} from 'ink';
import type {GoSnapshot} from '../go/read-go-settings.js';
import type {Setting} from '../model/report.js';
import {t} from '../i18n/index.js';
import {maxDisplayWidth} from '../i18n/text-width.js';
import {useUi} from './ui-context.js';

/** Props of {@link SettingsPanel}. */
export type SettingsPanelProps = {
	readonly snapshot: GoSnapshot;
};

/**
go's version and the effective settings that matter, each with where its value comes from; a GOENV value that
the environment shadows is called out under it.
*/
export function SettingsPanel({snapshot}: SettingsPanelProps) {
	const {redact} = useUi();
	const nameWidth = Math.max(maxDisplayWidth(snapshot.settings.map((setting) => setting.name)), 8) + 2;
	const notes = new Map(snapshot.proxyVariables.map((variable) => [variable.name as string, variable.note]));
	return (
		<Box flexDirection="column">
			<Text>{t().wizard.goVersion(redact(snapshot.goVersion))}</Text>
			<Text dimColor>{snapshot.goenvFile === 'off' ? t().wizard.goenvOff : t().wizard.goenvFile(redact(snapshot.goenvFile))}</Text>
			{snapshot.toolchainSwitchError === undefined ? null : (
				<Text color="yellow">{t().wizard.toolchainSwitch(redact(snapshot.toolchainSwitchError))}</Text>
			)}
			<Text bold>{t().wizard.settingsTitle}</Text>
			{snapshot.settings.map((setting) => (
				<SettingRow key={setting.name} setting={setting} nameWidth={nameWidth} note={notes.get(setting.name)} />
			))}
		</Box>
	);
}

function SettingRow({setting, nameWidth, note}: {readonly setting: Setting; readonly nameWidth: number; readonly note: string | undefined}) {
	const {redact} = useUi();
	return (
		<Box flexDirection="column" paddingLeft={2}>
			<Box>
				<Box width={nameWidth} flexShrink={0}>
					<Text>{setting.name}</Text>
				</Box>
				<Box flexGrow={1} flexShrink={1}>
					<Text>
						{setting.value === '' ? <Text dimColor>{t().wizard.unset}</Text> : redact(setting.value)}
						<Text dimColor>{`  ${t().wizard.sources[setting.source]}`}</Text>
					</Text>
				</Box>
			</Box>
			{setting.shadowed === undefined ? null : (
				<Box paddingLeft={nameWidth}>
					<Text color="yellow">{t().wizard.shadowed(t().wizard.sources[setting.shadowed.source], redact(setting.shadowed.value))}</Text>
				</Box>
			)}
			{note === undefined ? null : (
				<Box paddingLeft={nameWidth}>
					<Text dimColor>{redact(note)}</Text>
				</Box>
			)}
		</Box>
	);
}
