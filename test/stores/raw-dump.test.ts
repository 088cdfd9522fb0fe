import { describe, expect, it } from 'vitest';
import { rawDump, rawDumpFile } from '../../src/stores/raw-dump';
import { FakeStorageArea } from './fake-storage';

describe('the raw stored data a failed page part offers', () => {
  it('holds every key of this site exactly as stored, unreadable text included, and nothing else', () => {
    const storage = new FakeStorageArea().tab();
    storage.setItem('accountplan:plan:p1', '{"schemaVersion":1,"id":"p1"');
    storage.setItem('accountplan:index', '{"version":1}');
    storage.setItem('accountplan:versies:p1', '[{"id":"v1","createdAt":"garbage"}]');
    storage.setItem('ander-programma', 'niet van ons');
    expect(rawDump(() => storage)).toEqual({
      'accountplan:index': '{"version":1}',
      'accountplan:plan:p1': '{"schemaVersion":1,"id":"p1"',
      'accountplan:versies:p1': '[{"id":"v1","createdAt":"garbage"}]',
    });
  });

  it('is empty where storage is blocked', () => {
    expect(
      rawDump(() => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      }),
    ).toEqual({});
    expect(rawDump(() => null)).toEqual({});
  });

  it('is a JSON file named after the day', () => {
    const storage = new FakeStorageArea().tab();
    storage.setItem('accountplan:plan:p1', 'x');
    const file = rawDumpFile(() => storage, new Date(2027, 2, 12, 10));
    expect(file.fileName).toBe('accountplan-opslag-2027-03-12.json');
    expect(JSON.parse(file.text)).toEqual({ 'accountplan:plan:p1': 'x' });
  });
});
