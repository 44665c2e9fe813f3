/**
 * The slice of the WebExtension storage API PostPause uses. Everything under extension/storage is written
 * against this interface so it can be tested in Node with a fake; browser-storage.ts binds it to the
 * real `browser.storage` (and is the only file that imports it).
 */
export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

export type StorageChangeListener = (changes: Record<string, StorageChange>, areaName: string) => void;

export interface StorageApi {
  managed: { get(): Promise<Record<string, unknown>> };
  local: {
    get(key: string): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
  };
  /**
   * storage.session: kept while the browser runs, cleared when it closes. Absent where the browser has no
   * such area (or does not let content scripts read it).
   */
  session?: {
    get(key: string): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
  };
  onChanged: {
    addListener(listener: StorageChangeListener): void;
    removeListener(listener: StorageChangeListener): void;
  };
}
