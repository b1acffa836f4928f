import { act } from 'react';
import { describe, expect, it } from 'vitest';
import type { MidadApi } from '../../../shared/api/midad';
import { defaultSettings, type Settings } from '../../../shared/model/settings';
import { useAppRendering } from '../testing/renderInApp';
import { useSettings } from './AppContext';

const { render } = useAppRendering();

function UserName() {
  return <output>{useSettings().userName}</output>;
}

/** A settings API whose `get` answers when the test says so and whose events the test sends. */
function controllableSettings() {
  const listeners = new Set<(settings: Settings) => void>();
  let answer: (settings: Settings) => void = () => {};
  const settings = {
    get: () => new Promise<Settings>((resolve) => (answer = resolve)),
    onDidChange: (listener: (settings: Settings) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    midad: { settings } as unknown as MidadApi,
    answerGet: (settings: Settings) => act(async () => answer(settings)),
    emit: (settings: Settings) => act(() => listeners.forEach((listener) => listener(settings))),
  };
}

describe('the live settings', () => {
  it('picks up a change saved after the startup read but before anything listened for its event', async () => {
    const api = controllableSettings();
    const page = render(<UserName />, api.midad);
    expect(page.textContent).toBe('');
    await api.answerGet({ ...defaultSettings, userName: 'سارة' });
    expect(page.textContent).toBe('سارة');
  });

  it('keeps a change it heard of over the answer of a read that was already on its way', async () => {
    const api = controllableSettings();
    const page = render(<UserName />, api.midad);
    api.emit({ ...defaultSettings, userName: 'كريم' });
    await api.answerGet({ ...defaultSettings, userName: 'سارة' });
    expect(page.textContent).toBe('كريم');
  });
});
