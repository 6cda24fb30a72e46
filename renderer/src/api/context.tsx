import { QueryClient, QueryClientProvider, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract';
import type { Api } from './client';
import { createJobStore, type JobState, type JobStore } from './job-store';

interface ApiContextValue {
  api: Api;
  jobs: JobStore;
}

const ApiContext = createContext<ApiContextValue | null>(null);

/** Provides the API, the job store and the query cache; push events refresh what is shown. */
export function ApiProvider({ api, children }: { api: Api; children: ReactNode }) {
  const [value] = useState<ApiContextValue>(() => ({ api, jobs: createJobStore() }));
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 } } }),
  );
  useEffect(
    () =>
      api.transport.onEvent((event) => {
        value.jobs.apply(event);
        if (event.type === 'data.changed') {
          void queryClient.invalidateQueries({ predicate: (query) => String(query.queryKey[0]).startsWith(event.entity) });
        }
      }),
    [api, value, queryClient],
  );
  return (
    <ApiContext.Provider value={value}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </ApiContext.Provider>
  );
}

function useApiContext(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error('ApiProvider is missing');
  return value;
}

export function useApi(): Api {
  return useApiContext().api;
}

/** Reads a query method through the cache; the key is the method name and its input. */
export function useMethodQuery<M extends MethodName>(method: M, input: MethodInput<M>): UseQueryResult<MethodOutput<M>> {
  const api = useApi();
  return useQuery({ queryKey: [method, input], queryFn: () => api.call(method, input) });
}

/** The live state of one job, or undefined before its first event. */
export function useJobState(jobId: string | null): JobState | undefined {
  const { jobs } = useApiContext();
  return useSyncExternalStore(jobs.subscribe, () => (jobId ? jobs.get(jobId) : undefined));
}
