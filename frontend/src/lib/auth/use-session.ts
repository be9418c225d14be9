import { useSyncExternalStore } from 'react';
import { session } from './session';
import type { SessionState } from './session-store';

export function useSession(): SessionState {
  return useSyncExternalStore(session.subscribe, session.getState);
}
