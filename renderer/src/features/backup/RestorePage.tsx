import { Alert, Button, Group, SimpleGrid, Stack, Stepper, Text } from '@mantine/core';
import { IconFileSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useMethodQuery } from '../../api/context';
import { BackupHeaderCard } from './BackupHeaderCard';
import { RestoreActions } from './RestoreActions';
import { backupText } from './strings';
import { useChosenBackup } from './use-chosen-backup';

const text = backupText.restore;

/** Sao lưu → Khôi phục: choose a file, read its header, give the passphrase, test or restore. */
export function RestorePage() {
  const remembered = useMethodQuery('backup.overview', {}).data?.passphrase.remembered ?? false;
  const { chosen, failure, pick } = useChosenBackup();
  const [confirmOther, setConfirmOther] = useState(false);
  const [started, setStarted] = useState(false);
  const header = chosen?.header ?? null;
  const active = !header ? 0 : started ? 3 : header.encrypted ? 2 : 3;
  return (
    <Stack maw={1080}>
      <Text c="dimmed">{text.intro}</Text>
      <Stepper active={active} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label={text.steps.file} />
        <Stepper.Step label={text.steps.header} />
        <Stepper.Step label={text.steps.passphrase} />
        <Stepper.Step label={text.steps.run} />
      </Stepper>
      <SimpleGrid cols={header ? 2 : 1} spacing="lg">
        <Stack>
          <Group>
            <Button variant={header ? 'default' : 'filled'} leftSection={<IconFileSearch size={18} aria-hidden />} onClick={() => void pick()}>
              {header ? text.chooseAnother : text.choose}
            </Button>
          </Group>
          {failure ? <Alert color="red" role="alert">{failure}</Alert> : null}
          {header ? <BackupHeaderCard header={header} confirmOther={confirmOther} onConfirmOther={setConfirmOther} /> : null}
        </Stack>
        {chosen ? (
          <RestoreActions key={JSON.stringify(chosen.source)} source={chosen.source} header={chosen.header} remembered={remembered} confirmOther={confirmOther} onStarted={setStarted} />
        ) : null}
      </SimpleGrid>
    </Stack>
  );
}
