import { createContext, useContext } from 'react';

/**
 * Whether the island around a component is hydrated and has read the plans. Fields show their
 * empty value until then, so the server render and the first client render agree.
 */
export const ReadyContext = createContext(false);

export const useIsReady = () => useContext(ReadyContext);
