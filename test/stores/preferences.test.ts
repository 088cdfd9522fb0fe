// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KEYS } from '../../src/stores/keys';

const load = async () => (await import('../../src/stores/preferences')).$preferences;

describe('the display preferences', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.resetModules();
  });
  afterEach(() => localStorage.clear());

  it('start from the defaults, read what is stored, and leave a value they do not know', async () => {
    localStorage.setItem(`${KEYS.preferencesPrefix}pdfOrder`, 'exam');
    localStorage.setItem(`${KEYS.preferencesPrefix}pdfEmptyFields`, 'misschien');
    expect((await load()).get()).toEqual({ pdfEmptyFields: 'hide', pdfOrder: 'exam', pdfFeedback: 'leave' });
  });

  it('store a choice under its own key, and read it back on the next page', async () => {
    (await load()).setKey('pdfFeedback', 'include');
    expect(localStorage.getItem(`${KEYS.preferencesPrefix}pdfFeedback`)).toBe('include');
    vi.resetModules();
    expect((await load()).get().pdfFeedback).toBe('include');
  });

  it('follow a choice made in another tab while someone listens', async () => {
    const $preferences = await load();
    const seen: string[] = [];
    const stop = $preferences.listen((p) => seen.push(p.pdfOrder));
    localStorage.setItem(`${KEYS.preferencesPrefix}pdfOrder`, 'exam');
    window.dispatchEvent(new StorageEvent('storage', { key: `${KEYS.preferencesPrefix}pdfOrder`, newValue: 'exam' }));
    expect(seen).toEqual(['exam']);
    stop();
  });

  it('keep a choice for the page when storage is blocked', async () => {
    const $preferences = await load();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    $preferences.setKey('pdfOrder', 'exam');
    expect($preferences.get().pdfOrder).toBe('exam');
    setItem.mockRestore();
  });
});
