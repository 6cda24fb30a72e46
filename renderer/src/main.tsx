import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import 'dayjs/locale/vi';
import '@fontsource/arimo/400.css';
import '@fontsource/arimo/400-italic.css';
import '@fontsource/arimo/600.css';
import '@fontsource/arimo/700.css';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import { applyVietnameseValidationMessages } from '../../shared/schemas/zod-locale';
import { chooseTransport } from './api/bridge-transport';
import { createApi } from './api/client';
import { ApiProvider } from './api/context';
import { App } from './app/App';
import { AuthGate } from './features/auth/AuthGate';
import { SessionProvider } from './features/auth/session-context';
import { theme } from './app/theme';

applyVietnameseValidationMessages();
const api = createApi(chooseTransport());
const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <DatesProvider settings={{ locale: 'vi', firstDayOfWeek: 1 }}>
      <Notifications position="top-right" />
      <ApiProvider api={api}>
        <SessionProvider>
          <AuthGate>
            <HashRouter>
              <App />
            </HashRouter>
          </AuthGate>
        </SessionProvider>
      </ApiProvider>
      </DatesProvider>
    </MantineProvider>
  </StrictMode>,
);
