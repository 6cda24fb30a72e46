import { createTheme } from '@mantine/core';

/** Segoe UI on Windows first, then Arimo (bundled, complete Vietnamese) — ui.md. */
const FONT_STACK = '"Segoe UI", Arimo, "Noto Sans", "DejaVu Sans", sans-serif';

export const theme = createTheme({
  fontFamily: FONT_STACK,
  headings: { fontFamily: FONT_STACK, fontWeight: '600' },
  primaryColor: 'blue',
  defaultRadius: 'sm',
  fontSizes: { xs: '13px', sm: '14px', md: '15px', lg: '17px', xl: '19px' },
  components: {
    // One height for every field of a form: text, choice, password, number and long text alike.
    TextInput: { defaultProps: { size: 'md' } },
    Select: { defaultProps: { size: 'md' } },
    PasswordInput: { defaultProps: { size: 'md' } },
    NumberInput: { defaultProps: { size: 'md' } },
    Textarea: { defaultProps: { size: 'md' } },
    Button: { defaultProps: { size: 'md' } },
  },
});
