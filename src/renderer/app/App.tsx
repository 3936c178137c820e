import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { ToastProvider } from '../components/Toast';
import { LocaleProvider } from '../i18n/LocaleProvider';
import { DevelopmentModeBanner } from './DevelopmentModeBanner';
import { createQueryClient } from './query-client';
import { VaultGate } from './VaultGate';
import './app.css';

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <LocaleProvider>
        <ToastProvider>
          <VaultGate />
          <DevelopmentModeBanner />
        </ToastProvider>
      </LocaleProvider>
    </QueryClientProvider>
  );
}
