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
    TextInput: { defaultProps: { size: 'md' } },
    Button: { defaultProps: { size: 'md' } },
  },
});
