import { ActionIcon, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ChangeEvent } from 'react';
import { EMPTY_SIGNER, type ProfileFormState } from './profile-form-values';
import { settingsText } from './strings';

const text = settingsText.profile;

interface FieldProps {
  name: string;
  readOnly: boolean;
  value: string;
  error: string | undefined;
  onChange(event: ChangeEvent<HTMLInputElement>): void;
  onBlur(): void;
}

interface Props {
  signers: ProfileFormState['signers'];
  field(path: string): FieldProps;
  readOnly: boolean;
  setSigners(next: ProfileFormState['signers']): void;
}

/** The leaders who sign documents: signing mark, title and name, one row each. */
export function SignersFields({ signers, field, readOnly, setSigners }: Props) {
  return (
    <Stack gap="sm">
      {signers.length === 0 ? <Text size="sm" c="dimmed">{text.noSigners}</Text> : null}
      {signers.map((signer, index) => (
        <Paper key={index} withBorder p="sm" bg="gray.0">
          <Group align="flex-start" wrap="nowrap">
            <SimpleGrid cols={{ base: 1, md: 3 }} style={{ flex: 1 }}>
              <TextInput label={text.fields.signerAuthority} placeholder={text.placeholders.authority} {...field(`signers.${index}.authority`)} />
              <TextInput label={text.fields.signerTitle} placeholder={text.placeholders.title} withAsterisk {...field(`signers.${index}.title`)} />
              <TextInput label={text.fields.signerName} withAsterisk {...field(`signers.${index}.fullName`)} />
            </SimpleGrid>
            {readOnly ? null : <ActionIcon
              mt={30}
              variant="subtle"
              color="red"
              aria-label={text.removeSigner(signer.fullName)}
              onClick={() => setSigners(signers.filter((_, i) => i !== index))}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>}
          </Group>
        </Paper>
      ))}
      <Group display={readOnly ? 'none' : undefined}>
        <Button variant="subtle" leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setSigners([...signers, { ...EMPTY_SIGNER }])}>
          {text.addSigner}
        </Button>
      </Group>
    </Stack>
  );
}
